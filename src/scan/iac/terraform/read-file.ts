import { parseHcl } from './hcl-reader.js';
import { parseJson } from './json-reader.js';
import type { ParsedFile } from './syntax-model.js';

/** Reads one Terraform-family file into the model; a parser's complaint is kept as `problem`, with what parsed around it. */
export async function readTerraformFile(file: string, text: string): Promise<ParsedFile> {
  try {
    if (file.endsWith('.tfvars.json')) return await parseJson(file, text, false);
    if (file.endsWith('.json')) return await parseJson(file, text, true);
    return await parseHcl(file, text);
  } catch (error) {
    // A reader that fails on one file (a parser out of stack on input deeper than MAX_NESTING
    // guards against) loses that file only: the project's other files are still judged.
    const parser = file.endsWith('.json') ? 'JSON' : 'HCL';
    const message =
      error instanceof RangeError
        ? 'it nests too deeply to read (the reader ran out of stack): it is not judged'
        : `the reader failed (${(error as Error).message ?? String(error)}): it is not judged`;
    return {
      file,
      syntax: file.endsWith('.json') ? 'json' : 'hcl',
      body: { attrs: new Map(), blocks: [] },
      problems: [{ file, line: 1, parser, message }],
    };
  }
}
