/** Writes the report and SARIF files; shared by the action and the CLI. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CheckOutcome } from './check.js';
import type { Config } from './inputs.js';
import { jsonReport } from './report/json.js';
import { sarifLog } from './report/sarif.js';

function write(path: string, value: object): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

export function writeReportFiles(outcome: CheckOutcome, config: Config, extra: object = {}): void {
  write(config.reportFile, { ...jsonReport(outcome, config), ...extra });
  if (config.sarifFile) write(config.sarifFile, sarifLog(outcome.findings));
}
