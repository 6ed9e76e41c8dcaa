/**
 * Which reader judges which file of infrastructure code, and the one call the repository scan
 * makes. Terraform is read as a project (values travel between files and modules); every
 * other tool one file at a time.
 */
import { codeFacts } from './code.js';
import { documentFacts } from './documents.js';
import { byCodePoint, mergeIacFacts, noIacFacts, type IacFacts } from '../../model/iac.js';
import { scriptFacts } from './scripts.js';
import { terraformFacts } from './terraform.js';
import { CODE_DEPENDENCIES, DEPENDENCIES, iacReaderOf } from './file-kinds.js';

export { iacReaderOf } from './file-kinds.js';

export interface IacInput {
  /** Files the prefilter selected (they hold an IaC marker), with their text. */
  candidates: ReadonlyMap<string, string>;
  /** Every file in scope: Terraform follows values into files that hold no marker (tfvars, locals, modules). */
  files: readonly string[];
  /** Reads a file in scope that is not a candidate; undefined when it could not be read (the scan records why). */
  read: (path: string) => string | undefined;
  /** The files among `paths` holding `needle`, found without reading them in node (grep); undefined when it could not look. */
  containing?: (paths: readonly string[], needles: readonly string[]) => Promise<ReadonlySet<string> | undefined>;
}

/** What a reader that failed on one file says about it: the file is not judged, the others are. */
function failed(file: string, parser: string, error: unknown): IacFacts {
  const message =
    error instanceof RangeError
      ? 'it nests too deeply to read (the reader ran out of stack)'
      : `the reader failed (${(error as Error).message ?? String(error)})`;
  return { ...noIacFacts(), problems: [{ file, line: 1, parser, message, unsupported: true }] };
}

async function guarded(file: string, parser: string, read: () => Promise<IacFacts>): Promise<IacFacts> {
  try {
    return await read();
  } catch (error) {
    return failed(file, parser, error);
  }
}

/** Reads each file once: the candidates' texts are at hand, the others are read on first need and kept. */
function memoised(input: IacInput): IacInput {
  const texts = new Map<string, string | undefined>(input.candidates);
  return {
    ...input,
    read: (path) => {
      if (!texts.has(path)) texts.set(path, input.read(path));
      return texts.get(path);
    },
  };
}

export async function iacFacts(given: IacInput): Promise<IacFacts> {
  const input = memoised(given);
  const parts: IacFacts[] = [];
  const terraform: string[] = [];
  for (const [path, text] of [...input.candidates].sort(([a], [b]) => byCodePoint(a, b))) {
    if (DEPENDENCIES.test(path)) continue;
    const reader = iacReaderOf(path, text);
    if (reader === 'terraform') terraform.push(path);
    else if (reader === 'code' && !CODE_DEPENDENCIES.test(path)) parts.push(await guarded(path, 'code', () => codeFacts(path, text)));
    else if (reader === 'document') parts.push(await guarded(path, 'YAML', () => documentFacts(path, text, input)));
    else if (reader === 'script') parts.push(await guarded(path, 'shell', () => scriptFacts(path, text, input)));
  }
  // Terraform last: scripts and CI steps may set its variables (TF_VAR_x, -var x=…).
  const variables = parts.flatMap((p) => p.terraformVariables ?? []);
  if (terraform.length || variables.length) {
    parts.push(
      await guarded(terraform[0] ?? variables[0].file, 'HCL', () => terraformFacts({ ...input, candidates: terraform, variables })),
    );
  }
  const merged = mergeIacFacts(parts);
  const order = (a: { file: string; line: number }, b: { file: string; line: number }): number =>
    byCodePoint(a.file, b.file) || a.line - b.line;
  merged.pins.sort(order);
  merged.declarations.sort(order);
  merged.problems.sort(order);
  merged.proxies?.sort(order);
  return merged;
}
