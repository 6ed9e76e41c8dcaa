/**
 * Validation against the OASIS SARIF 2.1.0 JSON schema (__tests__/fixtures/sarif/, a draft-04
 * schema) with ajv 6 (a dev dependency; eslint uses the same). Returns the errors, [] when valid.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPO } from './workspace.js';

const require = createRequire(import.meta.url);

interface AjvError {
  dataPath: string;
  message?: string;
}
interface AjvValidate {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

let validate: AjvValidate | undefined;

export function validSarif(log: unknown): string[] {
  if (!validate) {
    const Ajv = require('ajv') as new (options: object) => { addMetaSchema(schema: object): void; compile(schema: object): AjvValidate };
    const ajv = new Ajv({ schemaId: 'id', allErrors: true, logger: false });
    ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json') as object);
    validate = ajv.compile(JSON.parse(readFileSync(join(REPO, '__tests__/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as object);
  }
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.dataPath}: ${e.message}`);
}
