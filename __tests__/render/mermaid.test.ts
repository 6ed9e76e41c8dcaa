/** The plan's pictures: Mermaid's own parser reads them back as the counts and dates they were given, whatever the labels hold. */
import { environmentPies, eventsGantt, mermaidLabel, type DatedEvent, type EnvironmentCounts } from '../../src/render/mermaid.js';
import { mermaidFences, parseMermaid } from '../helpers/mermaid-oracle.js';
import { allCode, parseMarkdown } from '../helpers/markdown-oracle.js';

const TODAY = '2026-05-01';
const HOSTILE = [
  'prod"; click x call alert(1)',
  'stag\ning\nsection evil',
  'a:b #c; d`e` %%{init}%% <b>x</b>',
  '```\n# Heading',
  'section',
  '2026-01-01',
];

const fleet: EnvironmentCounts[] = [
  { environment: 'dev', approved: 3, toRotate: 1, unknown: 0 },
  { environment: 'staging', approved: 0, toRotate: 2, unknown: 1 },
  { environment: 'prod', approved: 1, toRotate: 4, unknown: 0 },
  { environment: 'empty', approved: 0, toRotate: 0, unknown: 0 },
];

const events: DatedEvent[] = [
  {
    date: '2027-02-15',
    kind: 'forced-rotation',
    label: 'rds-ca-2019 databases in prod',
    count: 4,
  },
  { date: '2024-08-22', kind: 'ca-expiry', label: 'rds-ca-2019', count: 7 },
  {
    date: '2061-05-22',
    kind: 'ca-expiry',
    label: 'rds-ca-rsa2048-g1',
    count: 1,
  },
];

async function pies(markdown: string) {
  return Promise.all(mermaidFences(markdown).map(parseMermaid));
}

describe('environmentPies', () => {
  it('draws one pie per environment with databases, in the order given, all three statuses in a fixed order', async () => {
    const md = environmentPies(fleet);
    const seen = await pies(md);
    expect(seen.map((s) => s.type)).toEqual(['pie', 'pie', 'pie']);
    expect(seen.map((s) => s.pie?.title)).toEqual(['dev (4 databases)', 'staging (3 databases)', 'prod (5 databases)']);
    expect(seen[1].pie?.slices).toEqual([
      { label: 'approved', value: 0 },
      { label: 'to rotate', value: 2 },
      { label: 'unknown CA', value: 1 },
    ]);
    expect(seen.every((s) => s.pie?.showData)).toBe(true);
    expect(seen[0].config).toEqual({
      themeVariables: { pie1: '#1a7f37', pie2: '#bf8700', pie3: '#8c959f' },
    });
    expect(environmentPies(fleet)).toBe(md);
  });

  it('is a Markdown code block GitHub reads as mermaid, and nothing when there is nothing to draw', () => {
    const doc = parseMarkdown(`## Fleet\n\n${environmentPies(fleet)}\n`);
    expect(doc.code.map((c) => c.lang)).toEqual(['mermaid', 'mermaid', 'mermaid']);
    expect(environmentPies([])).toBe('');
    expect(environmentPies([{ environment: 'x', approved: 0, toRotate: -1, unknown: NaN }])).toBe('');
  });

  it('keeps to 20 pies, the last summing the rest', async () => {
    const many = Array.from({ length: 25 }, (_, i) => ({
      environment: `env-${i}`,
      approved: 1,
      toRotate: i,
      unknown: 0,
    }));
    const seen = await pies(environmentPies(many));
    expect(seen).toHaveLength(20);
    expect(seen[19].pie?.title).toBe('and 6 more environments (135 databases)');
    expect(seen[19].pie?.slices.map((s) => s.value)).toEqual([6, 19 + 20 + 21 + 22 + 23 + 24, 0]);
  });

  it('turns hostile environment names into inert text the parser accepts', async () => {
    const envs = HOSTILE.map((environment) => ({
      environment,
      approved: 1,
      toRotate: 1,
      unknown: 1,
    }));
    const md = environmentPies(envs);
    const seen = await pies(md);
    expect(seen).toHaveLength(HOSTILE.length);
    for (const [i, s] of seen.entries()) {
      expect(s.pie?.title).toBe(`${mermaidLabel(HOSTILE[i])} (3 databases)`);
      expect(s.pie?.slices.map((x) => x.label)).toEqual(['approved', 'to rotate', 'unknown CA']);
    }
    expect(seen[0].pie?.title).toBe('prod__ click x call alert(1) (3 databases)');
    const doc = parseMarkdown(md);
    expect(doc.headings).toEqual([]);
    expect(allCode(doc)).toHaveLength(HOSTILE.length);
  });
});

describe('eventsGantt', () => {
  it('puts each event on its date as a milestone, overdue ones critical and said so, with today', async () => {
    const [fence, ...others] = mermaidFences(eventsGantt(events, TODAY));
    expect(others).toEqual([]);
    const seen = await parseMermaid(fence);
    expect(seen.type).toBe('gantt');
    expect(seen.title).toBe('Dates ahead, as of 2026-05-01');
    expect(seen.gantt?.tasks).toEqual([
      {
        section: 'Today',
        name: 'Today 2026-05-01',
        date: TODAY,
        milestone: true,
        crit: false,
      },
      {
        section: 'AWS forced rotations',
        name: 'AWS rotates rds-ca-2019 databases in prod (4 databases)',
        date: '2027-02-15',
        milestone: true,
        crit: false,
      },
      {
        section: 'CA expiries',
        name: 'Overdue since 2024-08-22, CA rds-ca-2019 expired (7 databases)',
        date: '2024-08-22',
        milestone: true,
        crit: true,
      },
      {
        section: 'CA expiries',
        name: 'CA rds-ca-rsa2048-g1 expires (1 database)',
        date: '2061-05-22',
        milestone: true,
        crit: false,
      },
    ]);
    expect(eventsGantt([...events].reverse(), TODAY)).toBe(eventsGantt(events, TODAY));
  });

  it('leaves out dates that are not dates, draws nothing without events, and refuses a today that is not a date', async () => {
    expect(eventsGantt([], TODAY)).toBe('');
    expect(eventsGantt([{ date: '2027-02-30', kind: 'ca-expiry', label: 'x', count: 1 }], TODAY)).toBe('');
    expect(() => eventsGantt(events, '1 May')).toThrow(RangeError);
  });

  it('keeps to 20 events, the latest summed into one at the earliest of them', async () => {
    const many: DatedEvent[] = Array.from({ length: 30 }, (_, i) => ({
      date: `2027-01-${String(i + 1).padStart(2, '0')}`,
      kind: 'forced-rotation',
      label: `db-${i}`,
      count: 2,
    }));
    const seen = await parseMermaid(mermaidFences(eventsGantt(many, TODAY))[0]);
    const tasks = seen.gantt?.tasks ?? [];
    expect(tasks.filter((t) => t.section !== 'Today')).toHaveLength(20);
    expect(tasks.at(-1)).toEqual({
      section: 'Later',
      name: 'and 11 more events (22 databases) until 2027-01-30',
      date: '2027-01-20',
      milestone: true,
      crit: false,
    });
  });

  it('turns hostile labels into inert task names: no click, no extra section or task', async () => {
    const hostile = HOSTILE.map((label, i) => ({
      date: `2027-03-0${i + 1}`,
      kind: 'ca-expiry' as const,
      label,
      count: 1,
    }));
    const seen = await parseMermaid(mermaidFences(eventsGantt(hostile, TODAY))[0]);
    const tasks = seen.gantt?.tasks ?? [];
    expect(tasks.map((t) => t.section)).toEqual(['Today', ...HOSTILE.map(() => 'CA expiries')]);
    expect(tasks.slice(1).map((t) => t.name)).toEqual(HOSTILE.map((l) => `CA ${mermaidLabel(l)} expires (1 database)`));
    expect(seen.gantt?.links).toBe(0);
    expect(seen.gantt?.clickable).toBe(0);
    expect(seen.config).toEqual({});
  });
});

describe('mermaidLabel', () => {
  it('keeps names and ids, replaces what Mermaid or Markdown would read, and caps the length', () => {
    expect(mermaidLabel('prod-db-1.eu_west (2)/x+y@z,w=1')).toBe('prod-db-1.eu_west (2)/x+y@z,w=1');
    expect(mermaidLabel('Prod Ünïcode 数据库')).toBe('Prod Ünïcode 数据库');
    expect(mermaidLabel('a"b:c#d;e`f%g<h>i[j]k{l}m\n\tn|o\\p')).toBe('a_b_c_d_e_f_g_h_i_j_k_l_m n_o_p');
    expect(mermaidLabel('\u202eevil')).toBe('_evil');
    expect(mermaidLabel(' \n ')).toBe('(unnamed)');
    expect([...mermaidLabel('x'.repeat(100))]).toHaveLength(48);
  });

  it('makes a diagram Mermaid rejects acceptable: the oracle does reject the raw text', async () => {
    await expect(parseMermaid('pie\n  title t\n  "prod"; click" : 1\n')).rejects.toThrow();
    await expect(parseMermaid('gantt\n  dateFormat YYYY-MM-DD\n  section s\n  x : milestone, 2027-13-45, 0d\n')).rejects.toThrow(
      /Invalid date/,
    );
  });
});
