export interface FakeIssue {
  number: number;
  html_url: string;
  state: 'open' | 'closed';
  title: string;
  body: string;
  labels: { name: string }[];
  pull_request?: unknown;
  assignees?: { login: string }[];
}
export type GitHubFault = 'silent' | 'trickle' | 'html' | '5xx' | '403';
export class FakeGitHub {
  constructor(options?: { owner?: string; repo?: string });
  url: string;
  issues: FakeIssue[];
  comments: { issue: number; body: string }[];
  labels: Set<string>;
  requests: { method: string; path: string }[];
  set(
    options: Partial<{
      readOnly: boolean;
      secondaryRateLimits: number;
      pageSize: number;
      fault: GitHubFault | undefined;
      trickleMs: number;
    }>,
  ): this;
  start(): Promise<this>;
  stop(): Promise<void>;
  env(): Record<string, string>;
  writes(): { method: string; path: string }[];
  seed(item: Partial<FakeIssue>): FakeIssue;
}
