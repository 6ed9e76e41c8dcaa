/**
 * CA pins in AWS CLI calls written as shell: `aws rds|docdb <operation> … --ca-certificate-identifier X`
 * (also `--ca-certificate-identifier=X`, quoted, across line continuations) and
 * `aws rds modify-certificates --certificate-identifier X` (the account's default for new
 * databases). The shell is parsed by tree-sitter bash; `$VAR` / `${VAR}` is followed to the last
 * assignment before the call in the same script, the values of an enclosing `for VAR in …`, the
 * environment a CI file or Makefile gives, or `${VAR:-default}`; anything else is decided at run time.
 * A call that creates an instance without the option gets AWS's default CA.
 *
 * This module finds the calls (through wrappers such as `sudo` and `env`) and hands each to its
 * reader: aws-cli-call.ts for rds and docdb, shell-settings.ts for the values set for Terraform
 * and CloudFormation.
 */
import { rdsCallFacts } from './aws-cli-call.js';
import { mergeIacFacts, type IacFacts, type IacProblem } from '../../model/iac.js';
import type { ShellFacts, ShellFragment } from './shell-fragment.js';
import { cloudformationParameterOptions, exportedTerraformVariables, terraformVariableOptions } from './shell-settings.js';
import { ShellWords, wordText } from './shell-words.js';
import { parse, type Node } from './syntax.js';

const SERVICES = new Set(['rds', 'docdb']);
/** Global options that take a value (`aws --region x rds …`). */
const GLOBAL_WITH_VALUE = new Set([
  '--region',
  '--profile',
  '--output',
  '--endpoint-url',
  '--query',
  '--cli-read-timeout',
  '--cli-connect-timeout',
  '--color',
  '--ca-bundle',
  '--cli-binary-format',
]);
const WRAPPERS = new Set(['sudo', 'env', 'time', 'exec', 'command', 'nohup']);
const NOT_ARGUMENTS = new Set([
  'command_name',
  'variable_assignment',
  'file_redirect',
  'heredoc_redirect',
  'herestring_redirect',
  'comment',
]);
const TERRAFORM = new Set(['terraform', 'tofu']);
const CLOUDFORMATION_PARAMETERS: Record<string, string[]> = {
  deploy: ['--parameter-overrides'],
  'create-stack': ['--parameters'],
  'update-stack': ['--parameters'],
  'create-change-set': ['--parameters'],
};

/** Whether shell text may hold a call this reader judges (cheap, before parsing). */
export function mayCallAws(text: string): boolean {
  return (
    (text.includes('aws') &&
      (text.includes('-certificate-identifier') ||
        text.includes('create-db-') ||
        text.includes('restore-db-') ||
        text.includes('--cli-input-'))) ||
    setsValues(text)
  );
}

/** Whether shell text may set a Terraform variable or a CloudFormation parameter. */
export function setsValues(text: string): boolean {
  return text.includes('TF_VAR_') || text.includes('-var') || text.includes('--parameter-overrides') || text.includes('--parameters');
}

/** What one command gives: read for the program it runs (past wrappers such as `sudo` and `env`). */
function commandFacts(words: ShellWords, command: Node, facts: ShellFacts): void {
  let args = command.namedChildren.filter((c): c is Node => c !== null && !NOT_ARGUMENTS.has(c.type));
  let name = wordText(command.childForFieldName('name')?.firstNamedChild ?? undefined);
  while (name !== undefined && WRAPPERS.has(name) && args.length) {
    while (args.length && (wordText(args[0])?.startsWith('-') || wordText(args[0])?.includes('='))) args = args.slice(1);
    name = wordText(args[0]);
    args = args.slice(1);
  }
  const program = name?.split('/').pop();
  if (program && TERRAFORM.has(program)) {
    facts.terraformVariables.push(...terraformVariableOptions(words, command, args));
    return;
  }
  if (program === 'sam' && wordText(args.find((a) => !wordText(a)?.startsWith('-'))) === 'deploy') {
    facts.parameters.push(...cloudformationParameterOptions(words, command, args, ['--parameter-overrides']));
    return;
  }
  if (name === undefined || program !== 'aws') return;
  let i = 0;
  while (i < args.length && wordText(args[i])?.startsWith('--')) i += GLOBAL_WITH_VALUE.has(wordText(args[i])!) ? 2 : 1;
  const service = wordText(args[i]);
  const operation = wordText(args[i + 1]);
  if (service === 'cloudformation' && operation && CLOUDFORMATION_PARAMETERS[operation]) {
    facts.parameters.push(...cloudformationParameterOptions(words, command, args.slice(i + 2), CLOUDFORMATION_PARAMETERS[operation]));
    return;
  }
  if (!service || !SERVICES.has(service) || !operation) return;
  const call = rdsCallFacts(words, command, service, operation, args.slice(i + 2));
  facts.pins.push(...call.pins);
  facts.declarations.push(...call.declarations);
}

/** Pins, declarations, the parse problem (when the shell holds a CA option) and the values set for Terraform and CloudFormation of one fragment. */
export async function awsCliFacts(fragment: ShellFragment): Promise<ShellFacts> {
  return parse('bash', fragment.text, (root, error) => {
    const words = new ShellWords(fragment, root);
    const problems: IacProblem[] =
      error && fragment.text.includes('-certificate-identifier')
        ? [{ file: fragment.file, line: fragment.line(error.line - 1), parser: 'Bash', message: error.message }]
        : [];
    const facts: ShellFacts = { pins: [], declarations: [], problems, terraformVariables: [], parameters: [] };
    for (const command of root.descendantsOfType('command')) if (command) commandFacts(words, command, facts);
    facts.terraformVariables.push(...exportedTerraformVariables(words, root));
    return facts;
  });
}

/** The facts of several fragments, without the CloudFormation parameters (a reader of one file's shell). */
export async function fragmentsFacts(fragments: readonly ShellFragment[]): Promise<IacFacts> {
  const parts: IacFacts[] = [];
  for (const fragment of fragments) {
    const { pins, declarations, problems, terraformVariables } = await awsCliFacts(fragment);
    parts.push({ pins, declarations, problems, terraformVariables });
  }
  return mergeIacFacts(parts);
}
