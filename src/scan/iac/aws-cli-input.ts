/**
 * An AWS CLI call's input: `--cli-input-json '{…}'` written in the call, or `file://…` read from
 * the repository (unless that file is a document the document reader judges on its own, which it
 * does as an API input).
 */
import { dirname, posix } from 'node:path';
import { isDocument } from './file-kinds.js';
import type { ShellWords } from './shell-words.js';
import type { Node } from './syntax.js';
import { parseSource } from './yaml-parse.js';
import { get, lineAt, str, type Candidate } from './yaml-tree.js';

/** The CA key of an API call's input (`--cli-input-json`), by operation. */
const INPUT_CA_KEYS: Record<string, string> = { 'modify-certificates': 'CertificateIdentifier' };
const INPUT_CA_KEY = 'CACertificateIdentifier';
const INPUT_IDENTIFIERS = ['DBInstanceIdentifier', 'TargetDBInstanceIdentifier', 'DBClusterIdentifier'];

/** The key an operation's input gives its CA under. */
export function inputCaKey(operation: string): string {
  return INPUT_CA_KEYS[operation] ?? INPUT_CA_KEY;
}

export interface CliInput {
  candidates: Candidate[];
  /** The database the input names. */
  identifier?: string;
  /** The input is a file the document reader judges on its own. */
  elsewhere?: true;
}

/** The CA (and database) of the input `node` gives to `option`; undefined when the input could not be read. */
export function cliInput(words: ShellWords, command: Node, option: string, node: Node, operation: string): CliInput | undefined {
  const fragment = words.fragment;
  const key = inputCaKey(operation);
  for (const v of words.literals(node, command)) {
    let file = fragment.file;
    let text = v.text;
    let first = v.line;
    let via: string[] = [];
    const url = /^file:\/\/(.+)$/.exec(v.text.trim());
    if (url) {
      const workspace = fragment.workspace;
      if (!workspace || url[1].startsWith('/')) return undefined;
      const path = [posix.normalize(posix.join(dirname(fragment.file), url[1])), posix.normalize(url[1])].find((p) =>
        workspace.files.includes(p),
      );
      const read = path === undefined ? undefined : workspace.read(path);
      if (path === undefined || read === undefined) return undefined;
      if (isDocument(path) && read.includes(key)) return { candidates: [], elsewhere: true };
      file = path;
      text = read;
      first = 1;
      via = [`${option} ${v.text} (${fragment.file}:${v.line})`];
    }
    const { src, docs } = parseSource(file, text);
    const [doc] = docs;
    if (!doc || doc.errors.length) continue;
    const pair = get(doc.contents, key);
    const identifier = INPUT_IDENTIFIERS.map((k) => str(get(doc.contents, k))).find((x) => x !== undefined);
    const ca = str(pair);
    if (ca === undefined) return { candidates: [], identifier };
    const row = lineAt(src, pair) - 1;
    const line = url ? row + 1 : row ? fragment.line(node.startPosition.row + row, key) : first;
    return { candidates: [{ value: { kind: 'literal', ca }, line, ...(url ? { file } : {}), via }], identifier };
  }
  return undefined;
}
