import { truststoreIntegrityUnverified } from '../../src/rules/truststore-integrity-unverified.js';
import { factsFrom } from '../helpers/facts.js';
import { bundle, truststoreOf } from '../helpers/workspace.js';

describe('truststore-integrity-unverified', () => {
  it('notes a JKS read without its password (none given verifies its checksum), and to add the password', async () => {
    const store = truststoreOf(bundle('us-east-1-bundle.pem'), 'JKS', 'not-changeit');
    const [f, ...rest] = truststoreIntegrityUnverified.check(await factsFrom({ 'app/src/main/resources/truststore.jks': store }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'truststore-integrity-unverified', severity: 'notice', file: 'app/src/main/resources/truststore.jks' });
    expect(f.message).toMatch(/^app\/src\/main\/resources\/truststore\.jks: its trusted certificates were read without the store password/);
    expect(f.remediation).toContain('truststore-passwords');
  });

  it('stays silent when a given password verifies the store', async () => {
    const store = truststoreOf(bundle('us-east-1-bundle.pem'), 'JKS', 'changeit');
    expect(truststoreIntegrityUnverified.check(await factsFrom({ 'truststore.jks': store }))).toEqual([]);
  });
});
