/** The CLI's text output: the plan first, in the order to act, then the findings, then the verdict line. */
import { renderText } from '../../src/render/text.js';
import { fleet12Outcome } from './fleet-12.js';

describe('the CLI text output', () => {
  it('prints the plan first: trust material, then dev, staging, prod and no environment, then the code; the findings after', async () => {
    const text = renderText(await fleet12Outcome(), { environmentTag: 'Environment' });
    const lines = text.split('\n');
    const at = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));
    const order = [
      'Plan, in the order to act:',
      '1. Trust material to change first (1 file):',
      '2. Databases to rotate (10), one environment at a time:',
      '  - environment dev:',
      '  - environment staging:',
      '  - environment prod:',
      '  - environment no environment:',
      '3. Infrastructure code to change (1 place):',
      'Findings, worst first:',
    ].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain(
      '  - environment dev: 3 databases; rotate with mode: rotate, environment: dev, dry-run: false, allow-restart: true',
    );
    expect(text).toContain('    - eu-west-1/orders-dev  rds-ca-2019 -> rds-ca-rsa2048-g1 (restart)  overdue since 2024-08-22');
    expect(text).toMatch(/AWS rotates on 2027-02-15, with a restart/);
    // The verdict stays the last line, and no line starts as a workflow command could.
    expect(lines.filter(Boolean).at(-1)).toMatch(/^FAIL: 13 error\(s\)/);
    expect(lines.some((l) => l.trimStart().startsWith('::'))).toBe(false);
  });

  it('prints only the findings without plan options (library callers), as before', async () => {
    expect(renderText(await fleet12Outcome())).not.toContain('Plan, in the order to act:');
  });
});
