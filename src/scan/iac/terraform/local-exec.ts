/**
 * AWS CLI calls in Terraform provisioners: `provisioner "local-exec" { command = "aws rds
 * modify-db-instance … --ca-certificate-identifier rds-ca-2019" }` (quoted or heredoc, on any
 * resource: `null_resource`, `terraform_data`, the database itself). The command is rendered
 * from its literal text; each interpolation becomes a shell variable whose values are the
 * interpolation's candidates (a local, a tfvars value, where each is written) or, when the
 * repository does not decide it, an expression saying what is missing. The AWS CLI reader
 * (../aws-cli.ts) judges the shell, with each row mapped to its line in the `.tf` file.
 */
import { awsCliFacts, mayCallAws } from '../aws-cli.js';
import type { CaPin, Declaration, IacProblem } from '../../../model/iac.js';
import type { Candidate } from '../yaml-tree.js';
import type { Project } from './project.js';
import type { Block, Expr } from './syntax-model.js';
import type { Outcome, Scope } from './values.js';

function candidates(outcomes: Outcome[], text: string): Candidate[] {
  return outcomes.map((o): Candidate => {
    if (o.v.k === 'str') return { value: { kind: 'literal', ca: o.v.s }, line: o.at.line, file: o.at.file, via: o.via };
    const missing =
      o.v.k === 'unknown' ? o.v.missing : o.v.k === 'null' ? 'the value is null' : `the value is a ${o.v.k === 'obj' ? 'map' : 'list'}`;
    return { value: { kind: 'expression', text, missing }, line: o.at.line, file: o.at.file, via: o.via };
  });
}

/** Pins, declarations and shell problems of the `local-exec` provisioners of one resource. */
export async function localExecFacts(
  project: Project,
  resource: Block,
  name: string,
  scope: Scope,
  text: string | undefined,
): Promise<{ pins: CaPin[]; declarations: Declaration[]; problems: IacProblem[] }> {
  const out = { pins: [] as CaPin[], declarations: [] as Declaration[], problems: [] as IacProblem[] };
  const lines = (text ?? '').split('\n');
  for (const provisioner of resource.blocks) {
    if (provisioner.type !== 'provisioner' || provisioner.labels[0] !== 'local-exec') continue;
    const command = provisioner.attrs.get('command');
    if (!command) continue;
    // The shell text: literal parts as written, each interpolation a variable the outer lookup answers.
    const outer = new Map<string, Candidate[]>();
    const environment = provisioner.attrs.get('environment')?.value;
    if (environment?.k === 'object') {
      for (const entry of environment.entries) {
        if (entry.key)
          outer.set(
            entry.key,
            candidates(await project.evalExpr(entry.value, scope), entry.value.text).map((c) => ({
              ...c,
              via: [...c.via, `environment.${entry.key} (${provisioner.file}:${entry.line})`],
            })),
          );
      }
    }
    let shell = '';
    const parts: Expr[] = command.value.k === 'template' ? command.value.parts : [command.value];
    for (const part of parts) {
      if (part.k === 'str') {
        shell += part.value;
        continue;
      }
      const found = await project.evalExpr(part, scope);
      if (found.length === 1 && found[0].v.k === 'str' && !found[0].via.length) {
        shell += found[0].v.s;
        continue;
      }
      let variable = `TF_${part.text.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '')}`.slice(0, 60);
      while (outer.has(variable)) variable += '_';
      outer.set(variable, candidates(found, part.text));
      shell += `\${${variable}}`;
    }
    if (!mayCallAws(shell)) continue;
    // A heredoc starts on the line after `<<EOT`; a quoted command is on the attribute's line.
    const heredoc = /=\s*<<-?\s*["']?[A-Za-z_]/.test(lines[command.line - 1] ?? '');
    const base = heredoc ? command.line + 1 : command.line;
    const last = Math.max(provisioner.endLine, base);
    const line = (row: number, token?: string): number => {
      if (!heredoc) return command.line;
      const guess = Math.min(base + row, last);
      const first = token?.trim();
      if (!first || (lines[guess - 1] ?? '').includes(first)) return guess;
      for (let l = base; l <= last; l++) if ((lines[l - 1] ?? '').includes(first)) return l;
      return guess;
    };
    const facts = await awsCliFacts({ file: command.file, text: shell, line, outer: (n) => outer.get(n) });
    const step = `provisioner "local-exec" of ${name} (${provisioner.file}:${provisioner.line})`;
    out.pins.push(...facts.pins.map((p) => ({ ...p, via: [...(p.via ?? []), step] })));
    out.declarations.push(...facts.declarations);
    out.problems.push(...facts.problems);
  }
  return out;
}
