import { pendingCaRotation } from '../../src/rules/pending-ca-rotation.js';
import { awsFacts, database, declaration, pendingRotationOf, regionInventory } from '../helpers/builders.js';
import { factsFrom } from '../helpers/facts.js';

describe('pending-ca-rotation', () => {
  it('notes a pending rotation with the date AWS applies it, at the declaring code, and the command to apply it first', async () => {
    const db = database();
    const inventory = regionInventory({
      databases: [db, database({ id: 'billing' })],
      pending: pendingRotationOf(db, {
        autoAppliedAfter: '2027-03-01T00:00:00Z',
        currentApply: '2027-02-10T00:00:00Z',
        optInStatus: 'next-maintenance',
      }),
    });
    const found = pendingCaRotation.check(await factsFrom({}, { declarations: [declaration()], aws: awsFacts([inventory]) }));
    expect(found).toEqual([
      expect.objectContaining({
        rule: 'pending-ca-rotation',
        severity: 'notice',
        resource: db.arn,
        file: 'infra/main.tf',
        line: 12,
        message: 'orders (eu-west-1) has a pending ca-certificate-rotation that AWS applies on 2027-02-10 (opt-in: next-maintenance).',
      }),
    ]);
    expect(found[0].remediation).toContain(
      `aws rds apply-pending-maintenance-action --resource-identifier ${db.arn} --apply-action ca-certificate-rotation --opt-in-type immediate --region eu-west-1`,
    );
  });

  it('says no date when AWS gives none', async () => {
    const db = database();
    const [f] = pendingCaRotation.check(await factsFrom({}, { aws: awsFacts([regionInventory({ pending: pendingRotationOf(db) })]) }));
    expect(f.message).toBe('orders (eu-west-1) has a pending ca-certificate-rotation.');
  });

  it('stays silent when nothing is pending', async () => {
    expect(pendingCaRotation.check(await factsFrom({}, { aws: awsFacts([regionInventory({ pending: {} })]) }))).toEqual([]);
    expect(pendingCaRotation.check(await factsFrom({}, { aws: awsFacts() }))).toEqual([]);
  });
});
