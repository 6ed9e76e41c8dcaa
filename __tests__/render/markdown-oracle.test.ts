/** The Markdown oracle itself: it reads GFM as GitHub renders it, so tests built on it look at what a person sees. */
import { allCode, decodeEntities, parseMarkdown } from '../helpers/markdown-oracle.js';
import { cell, code, table } from '../../src/render/markdown.js';

const SAMPLE = [
  '# Rotation plan',
  '',
  'Overdue since 2024-08-22; AWS rotates on **2027-02-15**.',
  '',
  '## Databases to rotate (2)',
  '',
  ...table(
    ['Database', 'Note'],
    [
      [cell('db-1'), cell('a|b')],
      ['`x\\|y`', `${code('echo 1 | 2')} &amp; more<br>next line`],
    ],
  ),
  '',
  '<details><summary>12 more in <code>prod</code> &amp; staging</summary>',
  '',
  '### Inside',
  '',
  '| A | B |',
  '| --- | --- |',
  '| 1 | 2 |',
  '',
  '```mermaid',
  'pie title x',
  '  "a" : 1',
  '```',
  '',
  '</details>',
  '',
  '```sh title="cmd"',
  'rds-ca-guard --mode rotate',
  '```',
  '',
].join('\n');

describe('the Markdown oracle', () => {
  const doc = parseMarkdown(SAMPLE);

  it('reads the unfolded headings, paragraphs and tables, escaped pipes inside one cell', () => {
    expect(doc.headings).toEqual([
      { level: 1, text: 'Rotation plan' },
      { level: 2, text: 'Databases to rotate (2)' },
    ]);
    expect(doc.paragraphs).toEqual(['Overdue since 2024-08-22; AWS rotates on 2027-02-15.']);
    expect(doc.tables).toEqual([
      {
        header: ['Database', 'Note'],
        rows: [
          ['db-1', 'a|b'],
          ['x|y', 'echo 1 | 2 & more\nnext line'],
        ],
      },
    ]);
  });

  it('reads a <details> fold: its summary as text, its content as its own document, none of it unfolded', () => {
    expect(doc.details).toHaveLength(1);
    const [fold] = doc.details;
    expect(fold.summary).toBe('12 more in prod & staging');
    expect(fold.doc.headings).toEqual([{ level: 3, text: 'Inside' }]);
    expect(fold.doc.tables).toEqual([{ header: ['A', 'B'], rows: [['1', '2']] }]);
    expect(fold.inner).not.toMatch(/<\/?details/);
    expect(doc.headings.map((h) => h.text)).not.toContain('Inside');
  });

  it('reads code blocks with their language, the folded ones through allCode', () => {
    expect(doc.code).toEqual([{ lang: 'sh title="cmd"', text: 'rds-ca-guard --mode rotate' }]);
    expect(allCode(doc).map((c) => c.lang)).toEqual(['mermaid', 'sh title="cmd"']);
    expect(allCode(doc)[0].text).toBe('pie title x\n  "a" : 1');
  });

  it('keeps the blocks in order, and a fold without a blank line or nested folds whole', () => {
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'heading', 'table', 'details', 'code']);
    const nested = parseMarkdown(
      '<details><summary>outer</summary>\n\n<details><summary>inner</summary>\n\ntext\n\n</details>\n\nafter\n\n</details>\n\nend\n',
    );
    expect(nested.details.map((d) => d.summary)).toEqual(['outer']);
    expect(nested.details[0].doc.details[0].summary).toBe('inner');
    expect(nested.details[0].doc.paragraphs).toEqual(['after']);
    expect(nested.paragraphs).toEqual(['end']);
    const tight = parseMarkdown('<details><summary>s</summary>\nall in one html block\n</details>\n\nafter\n');
    expect(tight.details[0].summary).toBe('s');
    expect(tight.paragraphs).toEqual(['after']);
  });

  it('decodes character references', () => {
    expect(decodeEntities('&lt;&#124;&#x40;&amp;amp;&bogus;')).toBe('<|@&amp;&bogus;');
  });
});
