import { defaultCaNotApproved } from '../../src/rules/default-ca-not-approved.js';
import { awsFacts, regionInventory } from '../helpers/builders.js';
import { factsFrom } from '../helpers/facts.js';

const check = async (...defaults: Array<[string, string | undefined]>) =>
  defaultCaNotApproved.check(
    await factsFrom({}, { aws: awsFacts(defaults.map(([region, defaultCa]) => regionInventory({ region, defaultCa }))) }),
  );

describe('default-ca-not-approved', () => {
  it('warns for each region whose new databases get an unapproved CA, with the command that sets the override', async () => {
    const found = await check(['eu-west-1', 'rds-ca-2019'], ['us-east-1', 'rds-ca-rsa2048-g1']);
    expect(found).toEqual([
      {
        rule: 'default-ca-not-approved',
        severity: 'warning',
        account: '123456789012',
        resource: 'eu-west-1',
        message: 'New databases in eu-west-1 get rds-ca-2019, which is not in approved-ca.',
        remediation:
          '`aws rds modify-certificates --certificate-identifier rds-ca-rsa2048-g1 --region eu-west-1` (in Terraform: aws_rds_certificate with certificate_identifier = "rds-ca-rsa2048-g1").',
      },
    ]);
  });

  it('names the account of the region in a multi-account run', async () => {
    const inventories = ['111111111111', '222222222222'].map((account) => regionInventory({ account, defaultCa: 'rds-ca-2019' }));
    const found = defaultCaNotApproved.check(await factsFrom({}, { aws: awsFacts(inventories) }));
    expect(found.map((f) => [f.account, f.message])).toEqual([
      ['111111111111', 'New databases in eu-west-1 of account 111111111111 get rds-ca-2019, which is not in approved-ca.'],
      ['222222222222', 'New databases in eu-west-1 of account 222222222222 get rds-ca-2019, which is not in approved-ca.'],
    ]);
  });

  it('stays silent when the default is approved, or unknown', async () => {
    expect(await check(['eu-west-1', 'rds-ca-ecc384-g1'], ['us-east-1', undefined])).toEqual([]);
  });
});
