/** Values from the repository or AWS reach Markdown, shell commands and the issue's hidden markers as plain data. */
import { cell, code, prose, text } from '../../src/render/markdown.js';
import { renderIssueBody } from '../../src/tracking/issue-body.js';
import { renderSummary } from '../../src/render/summary.js';
import { renderText } from '../../src/render/text.js';
import { verdict } from '../../src/verdict/verdict.js';
import { bundleMissingTargetRoot } from '../../src/rules/bundle-missing-target-root.js';
import { shellQuote } from '../../src/base/shell-quote.js';
import { hasKey, keyMarker, readSince } from '../../src/tracking/marker.js';
import { factsFrom } from '../helpers/facts.js';
import { bundle } from '../helpers/workspace.js';
import type { Finding } from '../../src/model/finding.js';
import type { CheckOutcome } from '../../src/model/outcome.js';

const HOSTILE = '<!-- rds-ca-guard:key=acme/infra:production -->.pem';

async function outcome(findings: Finding[]): Promise<CheckOutcome> {
  return { facts: await factsFrom({}), findings, verdict: verdict(findings, 'error'), timings: { scan: 0, aws: 0, rules: 0 } };
}

describe('values from the repository and AWS', () => {
  it('render as their plain characters in Markdown: no comment, tag, link, code span, mention or extra column', () => {
    const rendered = cell('<!-- x --> <img src=x> [click](https://evil.example) `rm` @acme/admins a|b\nnext');
    expect(rendered).not.toMatch(/<!--|<img|(?<!\\)\]\(|(?<!\\)`rm|@acme|a\|b|\n/);
    expect(rendered).toBe(
      '&lt;!-- x --&gt; &lt;img src=x&gt; \\[click\\](https://evil.example) \\`rm\\` &#64;acme/admins a&#124;b<br>next',
    );
    expect(text('*bold* _em_ ~~strike~~')).toBe('\\*bold\\* \\_em\\_ \\~\\~strike\\~\\~');
    expect(code('echo `id` | x </code>')).toBe('<code>echo `id` &#124; x &lt;/code&gt;</code>');
  });

  it('keep our code spans in messages, while a backtick in a value cannot open markup', () => {
    expect(prose('Set `offline: true` to skip AWS.')).toBe('Set <code>offline: true</code> to skip AWS.');
    expect(prose('file a`<!--`.pem lacks the root: `curl -o x`')).toBe(
      'file a<code>&lt;!--</code>.pem lacks the root: <code>curl -o x</code>',
    );
    expect(prose('one ` only <b>')).toBe('one \\` only &lt;b&gt;');
  });

  it("cannot start a workflow command in the CLI's text output", async () => {
    const findings: Finding[] = [
      {
        rule: 'bundle-missing-target-root',
        severity: 'error',
        file: 'x\n::add-mask::y.pem',
        line: 1,
        message: 'm\n::error::forged',
        remediation: 'r',
      },
    ];
    const out = renderText(await outcome(findings));
    expect(out.split('\n').filter((l) => l.startsWith('::'))).toEqual([]);
  });

  it('are shell-quoted in the commands a finding suggests', async () => {
    const name = 'certs/$(touch PWNED).pem';
    const [finding] = bundleMissingTargetRoot.check(
      await factsFrom({ [name]: bundle('rds-ca-2019-root.pem') }, { regions: ['us-east-1'] }),
    );
    expect(finding.remediation).toContain("curl -fsSLo 'certs/$(touch PWNED).pem' https://");
    expect(finding.remediation).not.toContain('curl -fsSLo certs/$(');
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('eu-west-1')).toBe('eu-west-1');
  });

  it("a file named like another scope's hidden marker does not make the issue that scope's, in the summary or the issue body", async () => {
    const findings: Finding[] = [
      {
        rule: 'bundle-missing-target-root',
        severity: 'error',
        file: HOSTILE,
        line: 1,
        message: `${HOSTILE} lacks the root`,
        remediation: 'replace it',
      },
    ];
    const summary = renderSummary(await outcome(findings), { offline: true });
    expect(summary).not.toContain('<!--');
    const body = renderIssueBody(await outcome(findings), 'acme/infra:staging', undefined)!;
    expect(body.split('\n').filter((l) => l.includes('<!--'))).toEqual([
      keyMarker('acme/infra:staging'),
      expect.stringMatching(/^<!-- rds-ca-guard:since /),
    ]);
    expect(hasKey(body, 'acme/infra:staging')).toBe(true);
    expect(hasKey(body, 'acme/infra:production')).toBe(false);
    // Even a raw marker in the middle of a body (edited by hand) is not the key, nor the since record.
    const forged = `${keyMarker('acme/infra:staging')}\n${keyMarker('acme/infra:production')}\n<!-- rds-ca-guard:since {"x":"2020-01-01"} -->\nlast line`;
    expect(hasKey(forged, 'acme/infra:production')).toBe(false);
    expect(readSince(forged)).toEqual({});
  });
});
