/**
 * The environments file (`config`, default .github/rds-ca-guard.yml): per environment, the
 * regions, tag filters, identifiers, role to assume and protection. Validated with a schema;
 * every error names the file, the line and what is accepted.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { isInside } from './base/path-inside.js';
import { ConfigFileError } from './errors.js';
import { environmentName, regionName, roleArn } from './base/validators.js';

const list = z.array(z.string().min(1));

const EnvironmentSchema = z.strictObject({
  regions: z.array(regionName).min(1).optional(),
  tags: z.record(z.string().min(1), z.string()).optional(),
  identifiers: list.optional(),
  'exclude-identifiers': list.optional(),
  'role-to-assume': roleArn.optional(),
  /** `true` adds protection; `false` cannot lift what the workflow's `protected-environments` sets. */
  protected: z.boolean().optional(),
});

const FileSchema = z.strictObject({
  environments: z.record(environmentName, EnvironmentSchema),
});

export type EnvironmentsFile = z.infer<typeof FileSchema>;

/**
 * The parsed file, undefined when it does not exist; throws ConfigFileError with file:line for each problem.
 * A file that resolves (through symbolic links) outside `workspace` is refused unread.
 */
export function readEnvironments(path: string, shownAs: string, workspace?: string): EnvironmentsFile | undefined {
  let text: string;
  try {
    if (workspace && !isInside(realpathSync(workspace), realpathSync(path))) {
      throw new ConfigFileError(
        `Input \`config\` is "${shownAs}", which resolves outside the workspace; accepted: a file inside the workspace, e.g. .github/rds-ca-guard.yml. It was not read.`,
      );
    }
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof ConfigFileError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigFileError(`${shownAs}: cannot be read (${(error as Error).message}).`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    throw new ConfigFileError(
      doc.errors.map((e) => `${shownAs}:${lineCounter.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`).join('\n'),
    );
  }
  const parsed = FileSchema.safeParse(doc.toJS());
  if (parsed.success) {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const name of Object.keys(parsed.data.environments)) {
      const other = seen.get(name.toLowerCase());
      if (other)
        clashes.push(
          `${shownAs}: environments "${other}" and "${name}" are one environment (GitHub environment names are case-insensitive); keep one.`,
        );
      seen.set(name.toLowerCase(), name);
    }
    if (clashes.length) throw new ConfigFileError(clashes.join('\n'));
    return parsed.data;
  }
  const problems = parsed.error.issues.map((issue) => {
    // The deepest node of the path that exists gives the line (for an unknown key, the key's own line).
    const path = [...issue.path, ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])] as (string | number)[];
    let line = 1;
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) {
        line = lineCounter.linePos(node.range[0]).line;
        break;
      }
    }
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    return `${shownAs}:${line}: ${where}: ${issue.message}`;
  });
  throw new ConfigFileError(
    `${problems.join('\n')}\nAccepted: environments: { <name>: { regions, tags, identifiers, exclude-identifiers, role-to-assume, protected } }.`,
  );
}
