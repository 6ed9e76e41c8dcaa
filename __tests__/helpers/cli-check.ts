/** The built CLI's offline gate on a directory, as a user runs it (`node dist/cli.js check --offline`), read back from its JSON report. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, tempDir } from './workspace.js';

export interface CliFinding {
  rule: string;
  severity: string;
  file?: string;
  message: string;
  remediation: string;
}

export function checkOffline(dir: string, regions = 'us-east-1'): { rc: number; findings: CliFinding[] } {
  const report = join(tempDir('cli-check-'), 'report.json');
  const run = spawnSync('node', [join(REPO, 'dist', 'cli.js'), 'check', '--offline', dir, '--regions', regions, '--report-file', report], {
    encoding: 'utf8',
  });
  return { rc: run.status ?? -1, findings: (JSON.parse(readFileSync(report, 'utf8')) as { findings: CliFinding[] }).findings };
}

export const proxyFindings = (r: { findings: CliFinding[] }) => r.findings.filter((f) => f.rule === 'proxy-trust-missing');

/** A Terraform RDS Proxy with TLS required. */
export const PROXY_TF =
  'resource "aws_db_proxy" "main" {\n  name          = "app"\n  engine_family = "POSTGRESQL"\n  require_tls   = true\n}\n';
