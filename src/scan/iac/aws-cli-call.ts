/**
 * One `aws rds|docdb <operation>` call: the CA it sets (`--ca-certificate-identifier X`, also
 * `--ca-certificate-identifier=X`, or in its `--cli-input-json`), the account default
 * `modify-certificates --certificate-identifier X` sets for new databases, and the database a
 * create or restore call declares (an instance created without the option gets AWS's default CA).
 */
import { absent, pinsOf } from './candidates.js';
import { cliInput, inputCaKey } from './aws-cli-input.js';
import type { CaPin, Declaration } from '../../model/iac.js';
import { wordText, type ShellWords } from './shell-words.js';
import type { Node } from './syntax.js';
import type { Candidate } from './yaml-tree.js';

const CA_OPTION = '--ca-certificate-identifier';
const ACCOUNT_DEFAULT = { operation: 'modify-certificates', option: '--certificate-identifier' };
const CREATES_INSTANCE = new Set([
  'create-db-instance',
  'create-db-instance-read-replica',
  'restore-db-instance-from-db-snapshot',
  'restore-db-instance-from-s3',
  'restore-db-instance-to-point-in-time',
]);
const CREATES_CLUSTER = new Set([
  'create-db-cluster',
  'restore-db-cluster-from-snapshot',
  'restore-db-cluster-from-s3',
  'restore-db-cluster-to-point-in-time',
]);
const IDENTIFIER_OPTIONS = ['--db-instance-identifier', '--target-db-instance-identifier', '--db-cluster-identifier'];

type Found = { node: Node; candidates: Candidate[] };

/** The first option a call gives, and what `find` made of it: each option looked up once. */
function firstFound<T>(options: readonly string[], find: (option: string) => T | undefined): [string | undefined, T | undefined] {
  for (const option of options) {
    const found = find(option);
    if (found) return [option, found];
  }
  return [undefined, undefined];
}

/** The value an option is given (`--option value` or `--option=value`) in the call's options. */
function optionValue(words: ShellWords, command: Node, options: Node[], option: string): Found | undefined {
  for (const [j, arg] of options.entries()) {
    const text = wordText(arg);
    if (text === option && options[j + 1]) return { node: options[j + 1], candidates: words.value(options[j + 1], command) };
    if (arg.text.startsWith(`${option}=`)) {
      const prefix = `${option}=`;
      return {
        node: arg,
        candidates: words
          .value(arg, command)
          .map((c) =>
            c.value.kind === 'literal'
              ? { ...c, value: { kind: 'literal' as const, ca: c.value.ca.slice(prefix.length) } }
              : c.value.kind === 'expression'
                ? { ...c, value: { ...c.value, text: c.value.text.slice(prefix.length) } }
                : c,
          ),
      };
    }
  }
  return undefined;
}

/** The pins and declaration of `aws <service> <operation> <options…>` (service rds or docdb). */
export function rdsCallFacts(
  words: ShellWords,
  command: Node,
  service: string,
  operation: string,
  options: Node[],
): { pins: CaPin[]; declarations: Declaration[] } {
  const pins: CaPin[] = [];
  const declarations: Declaration[] = [];
  const file = words.fragment.file;
  const find = (option: string): Found | undefined => optionValue(words, command, options, option);
  const [inputName, inputOption] = firstFound(['--cli-input-json', '--cli-input-yaml'], find);
  const input = inputName && inputOption ? cliInput(words, command, inputName, inputOption.node, operation) : undefined;
  const [idOption, id] = firstFound(IDENTIFIER_OPTIONS, find);
  const named = id ? ` ${idOption} ${id.node.text}` : input?.identifier ? ` (input ${input.identifier})` : '';
  const resource = `aws ${service} ${operation}${named}`;
  const line = words.lineOf(command);
  const creates = CREATES_INSTANCE.has(operation) ? 'instance' : CREATES_CLUSTER.has(operation) ? 'cluster' : undefined;
  const attribute = service === 'rds' && operation === ACCOUNT_DEFAULT.operation ? ACCOUNT_DEFAULT.option : CA_OPTION;
  const found = find(attribute);
  const target = { file, resource, attribute, tool: 'aws-cli' as const, syntax: 'shell' as const, declaredAt: { file, line } };
  if (found) pins.push(...pinsOf(target, found.candidates));
  else if (inputOption) {
    // The CA is in the input: judged here, or where the input file is judged on its own.
    if (input?.candidates.length) pins.push(...pinsOf({ ...target, attribute: inputCaKey(operation), syntax: 'json' }, input.candidates));
    else if (!input && creates === 'instance') {
      const missing = 'the call takes its options from an input that was not read';
      pins.push(...pinsOf(target, [{ value: { kind: 'expression', text: inputOption.node.text, missing }, line, via: [] }]));
    } else if (input && !input.elsewhere && creates === 'instance') pins.push(...pinsOf(target, [absent(line)]));
  } else if (creates === 'instance') pins.push(...pinsOf(target, [absent(line)]));
  if (creates) {
    const declaration: Declaration = {
      file,
      line,
      tool: 'aws-cli',
      syntax: 'shell',
      resource,
      kind: creates,
      attribute: CA_OPTION,
    };
    const literal = id?.candidates.length === 1 && id.candidates[0].value.kind === 'literal' ? id.candidates[0].value.ca : undefined;
    if (literal !== undefined) declaration.identifier = literal;
    declarations.push(declaration);
  }
  return { pins, declarations };
}
