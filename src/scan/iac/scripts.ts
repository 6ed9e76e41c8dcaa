/**
 * CA settings in shell: `aws rds modify-db-instance --ca-certificate-identifier …` in .sh/.bash
 * and `#!` scripts, Makefile recipe lines (make variables resolved from the Makefile's own
 * assignments) and Dockerfile RUN instructions (ARG/ENV defaults before them). Each piece of
 * shell is parsed by tree-sitter bash (aws-cli.ts); lines map back to the file's.
 *
 * Make and Dockerfile have no parser here: their line structure (a recipe line starts with a
 * tab; an instruction is the first word of a line, continued by a trailing backslash) is the
 * syntax itself, and the shell inside is still parsed. A Jenkinsfile (Groovy) and PowerShell
 * (`.ps1`, `Edit-RDSDBInstance -CACertificateIdentifier …`) are not parsed: each line with a CA
 * option is reported as not checked (`unsupported`) rather than silently passed. `.zsh` scripts
 * are read by the bash grammar (the commands that set a CA are written alike).
 *
 * Besides pins, scripts report the Terraform variables they set (`export TF_VAR_x=…`,
 * `terraform apply -var x=…`), which the Terraform reader judges.
 */
import { fragmentsFacts, mayCallAws } from './aws-cli.js';
import { isDockerfile, isJenkinsfile, isMakefile, isPowerShell } from './file-kinds.js';
import type { ShellFragment } from './shell-fragment.js';
import { mergeIacFacts, noIacFacts, type IacFacts, type IacProblem, type TerraformVariableSetting } from '../../model/iac.js';
import type { Candidate, Workspace } from './yaml-tree.js';
import { unquoted } from '../../base/shell-quote.js';

type Variables = Map<string, { value: string; line: number; via: string }>;

function lookup(variables: Variables): (name: string) => Candidate[] | undefined {
  return (name) => {
    const found = variables.get(name);
    return found ? [{ value: { kind: 'literal', ca: found.value }, line: found.line, via: [found.via] }] : undefined;
  };
}

function unquote(text: string): string {
  return unquoted(text) ?? text;
}

/** Recipe lines (each its own shell, continuation lines joined) with make's `$$` unescaped; `export TF_VAR_x = …` lines are Terraform variables. */
function makefileFragments(file: string, text: string, settings: TerraformVariableSetting[]): ShellFragment[] {
  const lines = text.split('\n');
  const variables: Variables = new Map();
  const fragments: ShellFragment[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.startsWith('\t')) {
      const assignment = /^(export\s+|override\s+)?([A-Za-z_][\w.-]*)\s*(?:\?=|:::=|::=|:=|=)\s*(.*?)\s*$/.exec(line);
      if (assignment && !assignment[3].includes('$')) {
        variables.set(assignment[2], { value: assignment[3], line: i + 1, via: `${assignment[2]} (${file}:${i + 1})` });
        const tfVar = /^TF_VAR_(\w+)$/.exec(assignment[2]);
        if (tfVar && assignment[1]?.startsWith('export'))
          settings.push({ file, line: i + 1, name: tfVar[1], value: unquote(assignment[3]), how: assignment[2] });
      }
      continue;
    }
    const start = i;
    const body = [line.slice(1).replace(/^[@+-]+/, '')];
    while (lines[i].endsWith('\\') && i + 1 < lines.length) body.push(lines[++i].replace(/^\t/, ''));
    fragments.push({
      file,
      text: body.join('\n').replaceAll('$$', '$'),
      line: (row) => start + row + 1,
      outer: lookup(new Map(variables)),
      make: true,
    });
  }
  return fragments;
}

/** RUN instructions (shell form, exec form with `sh -c`, heredocs), with the ARG/ENV values set before each. */
function dockerfileFragments(file: string, text: string): ShellFragment[] {
  const lines = text.split('\n');
  const variables: Variables = new Map();
  const fragments: ShellFragment[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = /^\s*([A-Za-z]+)\s+(.*)$/.exec(lines[i]);
    if (!match || lines[i].trimStart().startsWith('#')) continue;
    const instruction = match[1].toUpperCase();
    const start = i;
    const body = [match[2]];
    while (lines[i].endsWith('\\') && i + 1 < lines.length) body.push(lines[++i]);
    if (instruction === 'ARG' || instruction === 'ENV') {
      const words = body.join(' ').replace(/\\$/gm, '').trim();
      const pairs = words.includes('=') ? words.split(/\s+(?=[A-Za-z_][\w]*=)/) : [words.replace(/\s+/, '=')];
      for (const pair of pairs) {
        const eq = pair.indexOf('=');
        if (eq > 0 && !pair.slice(eq + 1).includes('$'))
          variables.set(pair.slice(0, eq), {
            value: unquote(pair.slice(eq + 1).trim()),
            line: start + 1,
            via: `${instruction} ${pair.slice(0, eq)} (${file}:${start + 1})`,
          });
      }
      continue;
    }
    if (instruction !== 'RUN') continue;
    let shell = body.join('\n');
    // Flags before the command: --mount=…, --network=…, --security=….
    while (/^--\S+\s/.test(shell)) shell = shell.replace(/^--\S+\s+/, '');
    if (shell.startsWith('[')) {
      try {
        const argv = JSON.parse(shell.replace(/\\\n/g, '')) as unknown;
        if (Array.isArray(argv) && argv.every((a) => typeof a === 'string')) {
          const c = argv.indexOf('-c');
          shell = c >= 0 && argv[c + 1] !== undefined ? String(argv[c + 1]) : argv.join(' ');
        }
      } catch {
        // Not JSON: the shell form, as Docker would take it.
      }
    } else if (/^<<-?\s*['"]?(\w+)/.test(shell)) {
      const marker = /^<<-?\s*['"]?(\w+)/.exec(shell)![1];
      const heredoc: string[] = [];
      while (i + 1 < lines.length && lines[i + 1].trim() !== marker) heredoc.push(lines[++i]);
      fragments.push({ file, text: heredoc.join('\n'), line: (row) => start + row + 2, outer: lookup(new Map(variables)) });
      continue;
    }
    fragments.push({ file, text: shell, line: (row) => start + row + 1, outer: lookup(new Map(variables)) });
  }
  return fragments;
}

/** The shell of a script, Makefile (recipes) or Dockerfile (RUN), each piece with its lines in the file. */
export function scriptFragments(file: string, text: string, settings: TerraformVariableSetting[] = []): ShellFragment[] {
  if (isMakefile(file)) return makefileFragments(file, text, settings);
  if (isDockerfile(file)) return dockerfileFragments(file, text);
  return [{ file, text, line: (row: number) => row + 1 }];
}

/** Lines that set a CA in a file no parser here reads: each is reported, so that it is not a silent pass. */
function unchecked(file: string, text: string, parser: string, why: string, option: RegExp): IacProblem[] {
  return text
    .split('\n')
    .flatMap((line, i) =>
      option.test(line) && !/^\s*(?:#|\/\/)/.test(line)
        ? [{ file, line: i + 1, parser, message: `${why}: the CA option at line ${i + 1} was not checked`, unsupported: true as const }]
        : [],
    );
}

/** A CA option in any spelling a CLI, cmdlet or SDK call takes. */
const CA_OPTION = /certificate-identifier|CACertificateIdentifier|CaCertificateIdentifier/i;

/**
 * `workspace` lets a call's `--cli-input-json file://…` be read (a file the document reader does
 * not judge on its own); without it that input is reported as not read.
 */
export async function scriptFacts(file: string, text: string, workspace?: Workspace): Promise<IacFacts> {
  if (isPowerShell(file)) {
    // PowerShell (Edit-RDSDBInstance -CACertificateIdentifier …, or the aws CLI): no parser here.
    return { ...noIacFacts(), problems: unchecked(file, text, 'PowerShell', 'no PowerShell parser here', CA_OPTION) };
  }
  if (isJenkinsfile(file)) {
    return { ...noIacFacts(), problems: unchecked(file, text, 'Groovy', 'no Groovy parser here', CA_OPTION) };
  }
  if (!mayCallAws(text)) return noIacFacts();
  const settings: TerraformVariableSetting[] = [];
  const fragments = scriptFragments(file, text, settings);
  for (const fragment of fragments) fragment.workspace = workspace;
  const shell = await fragmentsFacts(fragments.filter((fragment) => mayCallAws(fragment.text)));
  const facts = mergeIacFacts([{ ...noIacFacts(), terraformVariables: settings }, shell]);
  const order = (a: { line: number }, b: { line: number }): number => a.line - b.line;
  facts.pins.sort(order);
  facts.declarations.sort(order);
  facts.problems.sort(order);
  facts.terraformVariables!.sort(order);
  return facts;
}
