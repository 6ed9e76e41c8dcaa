/**
 * CA settings in shell: `aws rds modify-db-instance --ca-certificate-identifier …` in .sh/.bash
 * and `#!` scripts, Makefile recipe lines (make variables resolved from the Makefile's own
 * assignments) and Dockerfile RUN instructions (ARG/ENV defaults before them). Each piece of
 * shell is parsed by tree-sitter bash (aws-cli.ts); lines map back to the file's.
 *
 * Make and Dockerfile have no parser here: their line structure (a recipe line starts with a
 * tab; an instruction is the first word of a line, continued by a trailing backslash) is the
 * syntax itself, and the shell inside is still parsed. A Jenkinsfile is Groovy, which is not
 * parsed: a CA option in it is reported as not judged rather than silently skipped.
 */
import { basename } from 'node:path';
import { awsCliFacts, mayCallAws, type ShellFragment } from './aws-cli.js';
import { mergeIacFacts, noIacFacts, type IacFacts } from './pin.js';
import type { Candidate } from './yaml-tree.js';

type Variables = Map<string, { value: string; line: number; via: string }>;

function lookup(variables: Variables): (name: string) => Candidate[] | undefined {
  return (name) => {
    const found = variables.get(name);
    return found ? [{ value: { kind: 'literal', ca: found.value }, line: found.line, via: [found.via] }] : undefined;
  };
}

function unquote(text: string): string {
  return text.length >= 2 && (text[0] === '"' || text[0] === "'") && text.at(-1) === text[0] ? text.slice(1, -1) : text;
}

/** Recipe lines (each its own shell, continuation lines joined) with make's `$$` unescaped. */
function makefileFragments(file: string, text: string): ShellFragment[] {
  const lines = text.split('\n');
  const variables: Variables = new Map();
  const fragments: ShellFragment[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.startsWith('\t')) {
      const assignment = /^(?:export\s+|override\s+)?([A-Za-z_][\w.-]*)\s*(?:\?=|:::=|::=|:=|=)\s*(.*?)\s*$/.exec(line);
      if (assignment && !assignment[2].includes('$')) variables.set(assignment[1], { value: assignment[2], line: i + 1, via: `${assignment[1]} (${file}:${i + 1})` });
      continue;
    }
    const start = i;
    const body = [line.slice(1).replace(/^[@+-]+/, '')];
    while (lines[i].endsWith('\\') && i + 1 < lines.length) body.push(lines[++i].replace(/^\t/, ''));
    fragments.push({ file, text: body.join('\n').replaceAll('$$', '$'), line: (row) => start + row + 1, outer: lookup(new Map(variables)), make: true });
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
        if (eq > 0 && !pair.slice(eq + 1).includes('$')) variables.set(pair.slice(0, eq), { value: unquote(pair.slice(eq + 1).trim()), line: start + 1, via: `${instruction} ${pair.slice(0, eq)} (${file}:${start + 1})` });
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

export async function scriptFacts(file: string, text: string): Promise<IacFacts> {
  const name = basename(file);
  if (!mayCallAws(text)) return noIacFacts();
  if (/^Jenkinsfile(?:\..*)?$/.test(name)) {
    const at = text.indexOf('-certificate-identifier');
    if (at < 0) return noIacFacts();
    const line = text.slice(0, at).split('\n').length;
    return { pins: [], declarations: [], problems: [{ file, line, parser: 'Groovy', message: 'Jenkinsfile steps are not parsed here, so the AWS CLI call with a CA option at this line was not judged' }] };
  }
  const fragments = /^(?:GNU)?[Mm]akefile(?:\..*)?$/.test(name)
    ? makefileFragments(file, text)
    : /^(?:Dockerfile|Containerfile)(?:\..*)?$/.test(name)
      ? dockerfileFragments(file, text)
      : [{ file, text, line: (row: number) => row + 1 }];
  const parts: IacFacts[] = [];
  for (const fragment of fragments) {
    if (mayCallAws(fragment.text)) parts.push(await awsCliFacts(fragment));
  }
  const facts = mergeIacFacts(parts);
  const order = (a: { line: number }, b: { line: number }): number => a.line - b.line;
  facts.pins.sort(order);
  facts.declarations.sort(order);
  facts.problems.sort(order);
  return facts;
}
