/** What the action writes to the log and the summary about itself: safe log lines and outputs it could not write. */
import * as core from '@actions/core';
import { describeOutputProblem, type OutputProblem } from '../outputs.js';
import { proseCell } from '../render/markdown.js';

/** A line for the log: one line, never read by the runner as a workflow command (`::…`). */
export function logLine(text: string): string {
  const line = text.replace(/\r?\n/g, ' ');
  return line.startsWith('::') ? ` ${line}` : line;
}

/** Each output that could not be written: an error naming the input (the run's other outputs are written regardless). */
export function reportOutputProblems(problems: readonly OutputProblem[]): string[] {
  for (const p of problems) core.error(describeOutputProblem(p), { title: `RDS CA Guard: ${p.input} not written` });
  return problems.map(describeOutputProblem);
}

export function outputProblemsSection(problems: readonly OutputProblem[]): string {
  return problems.length
    ? `\n### ❌ Outputs not written\n\n${problems.map((p) => `- ${proseCell(describeOutputProblem(p))}`).join('\n')}\n`
    : '';
}
