/**
 * Mermaid's own parser as a test oracle: `parseMermaid` parses a diagram with the `mermaid`
 * package (devDependency) and reads back what Mermaid understood — a pie's title and slices, a
 * gantt's tasks with their dates — so a test asserts the meaning, not only "it parsed". It throws
 * whatever Mermaid rejects, including a gantt date Mermaid cannot read (its parse alone accepts
 * those; reading the tasks does not).
 *
 * Mermaid sanitises through DOMPurify, which needs a window: the helper gives the test file a
 * jsdom window before importing Mermaid (jest's node environment has none). The first parse costs
 * about 1.5 s (jsdom and Mermaid's import); later ones a few milliseconds.
 */
import { JSDOM } from 'jsdom';
import type { Mermaid } from 'mermaid';

export interface PieSeen {
  title: string;
  showData: boolean;
  slices: { label: string; value: number }[];
}

export interface GanttTaskSeen {
  section: string;
  name: string;
  /** The start as YYYY-MM-DD, as Mermaid read it. */
  date: string;
  milestone: boolean;
  crit: boolean;
}

export interface MermaidSeen {
  /** Mermaid's diagram type: 'pie', 'gantt', 'timeline', 'xychart', … */
  type: string;
  /** The configuration from an init directive or front matter. */
  config: Record<string, unknown>;
  title: string;
  pie?: PieSeen;
  gantt?: { tasks: GanttTaskSeen[]; links: number; clickable: number };
  /** The diagram's database, for what the summaries above leave out. */
  db: unknown;
}

let loaded: Promise<Mermaid> | undefined;

/** Mermaid, imported once per test file after a jsdom window is in place. */
export function mermaid(): Promise<Mermaid> {
  loaded ??= (async () => {
    const g = globalThis as Record<string, unknown>;
    if (!g.window) {
      // Only what DOMPurify reads, not jsdom's Window itself: jest wraps a global's properties
      // to clean them up after the file, and recursing through a Window never ends.
      const { window } = new JSDOM('<!doctype html><html><body></body></html>');
      const w = window as unknown as Record<string, unknown>;
      const names = [
        'document',
        'DocumentFragment',
        'HTMLTemplateElement',
        'Node',
        'Element',
        'NodeFilter',
        'NamedNodeMap',
        'HTMLFormElement',
        'DOMParser',
        'Text',
        'Comment',
      ];
      g.window = Object.fromEntries(names.map((n) => [n, w[n]]));
    }
    const m = (await import('mermaid')).default;
    m.initialize({ startOnLoad: false, securityLevel: 'strict' });
    return m;
  })();
  return loaded;
}

function ymd(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

interface GanttDb {
  getTasks(): {
    section: string;
    task: string;
    startTime: Date;
    milestone?: boolean;
    crit?: boolean;
    classes: string[];
  }[];
  getLinks(): Map<string, string>;
}

interface PieDb {
  getSections(): Map<string, number>;
  getShowData(): boolean;
}

/** Parse one diagram (without its ``` fence) as GitHub's Mermaid would, and say what it understood; throws on what Mermaid rejects. */
export async function parseMermaid(text: string): Promise<MermaidSeen> {
  const m = await mermaid();
  const parsed = await m.parse(text); // throws a parse error
  if (!parsed) throw new Error('Mermaid did not parse the diagram');
  const diagram = await m.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db as { getDiagramTitle?: () => string };
  const seen: MermaidSeen = {
    type: parsed.diagramType,
    config: (parsed.config ?? {}) as Record<string, unknown>,
    title: db.getDiagramTitle?.() ?? '',
    db: diagram.db,
  };
  if (parsed.diagramType === 'pie') {
    const pie = diagram.db as unknown as PieDb;
    const slices = [...pie.getSections()].map(([label, value]) => ({
      label,
      value,
    }));
    seen.pie = { title: seen.title, showData: pie.getShowData(), slices };
  }
  if (parsed.diagramType === 'gantt') {
    const gantt = diagram.db as unknown as GanttDb;
    const raw = gantt.getTasks(); // throws "Invalid date:…" for a date Mermaid cannot read
    const tasks = raw.map((t) => ({
      section: t.section,
      name: t.task.trim(),
      date: ymd(t.startTime),
      milestone: !!t.milestone,
      crit: !!t.crit,
    }));
    const clickable = raw.filter((t) => t.classes.includes('clickable')).length;
    seen.gantt = { tasks, links: gantt.getLinks().size, clickable };
  }
  return seen;
}

/** The body of each ```mermaid fence in a Markdown text, in order (a fence-level scan; the Markdown oracle gives the same from a real parse). */
export function mermaidFences(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]);
}
