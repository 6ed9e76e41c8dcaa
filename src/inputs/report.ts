/** Report mode's tracking issue: its key, labels, assignees, title and token. */
import type { Config, ReportConfig } from '../config.js';
import type { InputReader } from './reader.js';

/** The token as the runner substitutes it; a literal expression means nobody did (a local run). */
function token(value: string, env: NodeJS.ProcessEnv): string | undefined {
  if (value && !value.startsWith('${{')) return value;
  return env.GITHUB_TOKEN || undefined;
}

export function reportOf(r: InputReader, env: NodeJS.ProcessEnv, mode: Config['mode']): ReportConfig {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const environment = r.get('environment');
  const labels = r.list('issue-labels');
  if (mode === 'report' || (mode === 'aggregate' && r.bool('issue'))) {
    if (!repository) r.problem('Report mode needs GITHUB_REPOSITORY (owner/name), which the runner sets; set it when running elsewhere.');
    if (!labels.length) r.problem('Input `issue-labels` is empty; report mode needs at least one label to find its issue again.');
    if (!token(r.get('github-token'), env))
      r.problem('Input `github-token` is empty and GITHUB_TOKEN is not set; report mode needs a token with `issues: write`.');
  }
  return {
    token: token(r.get('github-token'), env),
    // One issue per environment however its name is cased (GitHub's names are case-insensitive).
    key: r.get('issue-key') || `${repository}${environment ? `:${environment.toLowerCase()}` : ''}`,
    labels,
    assignees: r.list('issue-assignees'),
    title: r.get('issue-title') || `RDS CA rotation: ${repository}${environment ? ` (${environment})` : ''}`,
    issueScope: r.choice('issue-scope'),
  };
}
