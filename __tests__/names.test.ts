import { isCommercialRegion, parseRdsName } from '../src/catalog/names.js';

describe('parseRdsName', () => {
  it.each([
    ['Amazon RDS eu-west-1 Root CA RSA2048 G1', 'same', { caId: 'rds-ca-rsa2048-g1', region: 'eu-west-1', role: 'root' }],
    ['Amazon RDS ap-southeast-5 Root CA ECC384 G1', 'same', { caId: 'rds-ca-ecc384-g1', region: 'ap-southeast-5', role: 'root' }],
    ['Amazon RDS us-east-1 Subordinate CA RSA4096 G1.A.3', 'x', { caId: 'rds-ca-rsa4096-g1', region: 'us-east-1', role: 'intermediate' }],
    ['Amazon RDS Root 2019 CA', 'same', { caId: 'rds-ca-2019', region: null, role: 'root' }],
    ['Amazon RDS eu-west-1 2019 CA', 'Amazon RDS Root 2019 CA', { caId: 'rds-ca-2019', region: 'eu-west-1', role: 'intermediate' }],
    ['Amazon RDS Root CA', 'Amazon RDS Root CA', { caId: 'rds-ca-2015', region: null, role: 'root' }],
    ['Amazon RDS eu-west-1 CA', 'Amazon RDS Root CA', { caId: 'rds-ca-2015', region: 'eu-west-1', role: 'intermediate' }],
    ['Amazon RDS af-south-1 CA', 'Amazon RDS af-south-1 Root CA', { caId: 'rds-ca-2019', region: 'af-south-1', role: 'intermediate' }],
    ['Amazon RDS Beta us-east-1 Root CA RSA2048 G1', 'same', { caId: 'rds-ca-rsa2048-g1', region: 'Beta:us-east-1', role: 'root' }],
  ])('%s', (cn, issuer, expected) => {
    expect(parseRdsName(cn, issuer === 'same' ? cn : issuer)).toEqual(expected);
  });

  it('returns null for names AWS does not use', () => {
    expect(parseRdsName('ISRG Root X1', 'ISRG Root X1')).toBeNull();
    expect(parseRdsName('mydb.abc.us-east-1.rds.amazonaws.com', 'Amazon RDS us-east-1 Subordinate CA RSA2048 G1.A.1')).toBeNull();
  });

  it('tells commercial regions from Beta, GovCloud and China', () => {
    expect(isCommercialRegion('eu-central-2')).toBe(true);
    expect(isCommercialRegion('Beta:us-east-1')).toBe(false);
    expect(isCommercialRegion('us-gov-west-1')).toBe(false);
    expect(isCommercialRegion('cn-north-1')).toBe(false);
  });
});
