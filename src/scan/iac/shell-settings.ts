/**
 * Values shell gives other tools: Terraform variables (`export TF_VAR_x=…`, `terraform apply
 * -var x=…`), which the Terraform reader judges, and CloudFormation parameters
 * (`--parameter-overrides A=x`, `--parameters ParameterKey=A,ParameterValue=x`), which the
 * template reader follows.
 */
import { overrideSettings } from './override-text.js';
import type { ParameterSetting } from './parameters.js';
import type { TerraformVariableSetting } from '../../model/iac.js';
import { wordText, type ShellWords } from './shell-words.js';
import type { Node } from './syntax.js';

const EXPORTS = /^(?:export|declare\s+-\w*x|typeset\s+-\w*x)/;
const TERRAFORM_SETS_VARIABLES = new Set(['plan', 'apply']);

/** `export TF_VAR_x=…`, `TF_VAR_x=… terraform apply`, and `TF_VAR_x=…` when the script exports it (`export TF_VAR_x`, `set -a`). */
export function exportedTerraformVariables(words: ShellWords, root: Node): TerraformVariableSetting[] {
  const out: TerraformVariableSetting[] = [];
  const exported = new Set<string>();
  for (const d of root.descendantsOfType('declaration_command')) {
    if (!d || !EXPORTS.test(d.text)) continue;
    for (const c of d.namedChildren) if (c?.type === 'variable_name') exported.add(c.text);
  }
  const allExported = /(?:^|[\s;])set\s+(?:-a\b|-o\s+allexport\b)/m.test(words.fragment.text);
  for (const assignment of words.assignments) {
    const name = assignment.childForFieldName('name')?.text ?? '';
    const variable = /^TF_VAR_(\w+)$/.exec(name)?.[1];
    if (!variable) continue;
    const parent = assignment.parent;
    const isExported =
      (parent?.type === 'declaration_command' && EXPORTS.test(parent.text)) ||
      parent?.type === 'command' ||
      exported.has(name) ||
      allExported;
    const valueNode = assignment.childForFieldName('value');
    if (!isExported || !valueNode) continue;
    for (const v of words.literals(valueNode, assignment))
      out.push({ file: words.fragment.file, line: v.line, name: variable, value: v.text, how: name });
  }
  return out;
}

/** `terraform plan|apply -var x=…` (also `-var=x=…`, quoted). */
export function terraformVariableOptions(words: ShellWords, command: Node, args: Node[]): TerraformVariableSetting[] {
  const out: TerraformVariableSetting[] = [];
  let i = 0;
  while (i < args.length && wordText(args[i])?.startsWith('-')) i++;
  if (!TERRAFORM_SETS_VARIABLES.has(wordText(args[i]) ?? '')) return out;
  for (let j = i + 1; j < args.length; j++) {
    const text = wordText(args[j]);
    let values: Array<{ text: string; line: number }> = [];
    if (text === '-var' || text === '--var') values = args[j + 1] ? words.literals(args[++j], command) : [];
    else if (/^--?var=/.test(args[j].text))
      values = words.literals(args[j], command).map((v) => ({ ...v, text: v.text.replace(/^--?var=/, '') }));
    for (const v of values) {
      const eq = v.text.indexOf('=');
      if (eq <= 0 || !/^[A-Za-z_][\w-]*$/.test(v.text.slice(0, eq))) continue;
      const name = v.text.slice(0, eq);
      out.push({ file: words.fragment.file, line: v.line, name, value: v.text.slice(eq + 1), how: `-var ${name}=…` });
    }
  }
  return out;
}

/** `aws cloudformation deploy --parameter-overrides A=x B=y`, `sam deploy --parameter-overrides "A=x B=y"`, `create-stack --parameters ParameterKey=A,ParameterValue=x`. */
export function cloudformationParameterOptions(words: ShellWords, command: Node, options: Node[], names: string[]): ParameterSetting[] {
  const out: ParameterSetting[] = [];
  const fragment = words.fragment;
  for (let j = 0; j < options.length; j++) {
    const text = wordText(options[j]);
    if (!text || !names.includes(text)) continue;
    for (let k = j + 1; k < options.length && !wordText(options[k])?.startsWith('--'); k++) {
      const node = options[k];
      for (const v of words.literals(node, command)) {
        if (v.text.startsWith('file://') || v.text.trimStart().startsWith('[')) continue; // a parameter file is read as one (parameters.ts)
        const lines = node.text.split('\n');
        for (const s of overrideSettings(v.text)) {
          const row = lines.findIndex((l) => l.includes(`${s.name}=`));
          const line = row > 0 ? fragment.line(node.startPosition.row + row, lines[row]) : v.line;
          out.push({ file: fragment.file, line, name: s.name, value: s.value, how: `${text} ${s.name}` });
        }
      }
    }
  }
  return out;
}
