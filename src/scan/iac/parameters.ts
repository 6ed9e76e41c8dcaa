/**
 * CloudFormation parameter values committed outside the template: the files and options that
 * give a stack's parameters at deploy time. Each setting is `{ name, value }` at the line where
 * the value is written; the template reader (cloudformation-references.ts) follows `Ref Name` to them.
 *
 * - `aws cloudformation create-stack|update-stack --parameters file://…` files: a JSON list of
 *   `{"ParameterKey": "Ca", "ParameterValue": "…"}`;
 * - CodePipeline template configuration files: `{"Parameters": {"Ca": "…"}}` (JSON);
 * - `samconfig.toml` / `samconfig.yaml`: `parameter_overrides = "Ca=… Other=…"` (or a list);
 * - GitHub's aws-cloudformation-github-deploy `parameter-overrides: "Ca=…,Other=…"` and a
 *   CodePipeline action's `ParameterOverrides: '{"Ca": "…"}'`;
 * - `aws cloudformation deploy --parameter-overrides Ca=…`, `sam deploy --parameter-overrides "Ca=…"`
 *   and `--parameters ParameterKey=Ca,ParameterValue=…` in shell (read by shell-settings.ts).
 *
 * There is no TOML parser here: of samconfig.toml only the `parameter_overrides` lines are read
 * (a basic or literal string, or an array of them), which is all that names parameters there.
 */
import { basename } from 'node:path';
import { isMap, isScalar, isSeq, type Scalar } from 'yaml';
import { overrideSettings } from './override-text.js';
import type { Place } from '../../model/iac.js';
import { entries, get, items, lineAt, str, type Source } from './yaml-tree.js';
import { parseSource } from './yaml-parse.js';

export interface ParameterSetting extends Place {
  name: string;
  value: string;
  /** How it is set, for the route: `ParameterKey Ca`, `parameter_overrides Ca`, `--parameter-overrides Ca`. */
  how: string;
}

/** The settings a YAML/JSON node's string holds, at the lines of the file where each is written. */
function scalarSettings(src: Source, node: unknown, how: string, commas: boolean): ParameterSetting[] {
  const text = str(node);
  const range = (node as Scalar).range;
  if (text === undefined || !range) return [];
  const raw = src.text.slice(range[0], range[1]);
  return overrideSettings(text, commas).map((s) => {
    const at = raw.indexOf(`${s.name}=`);
    return {
      file: src.file,
      line: at >= 0 ? src.lines.linePos(range[0] + at).line : lineAt(src, node),
      name: s.name,
      value: s.value,
      how: `${how} ${s.name}`,
    };
  });
}

/** samconfig.toml: the `parameter_overrides` lines only (no TOML parser here). */
function samconfigToml(file: string, text: string): ParameterSetting[] {
  const lines = text.split('\n');
  const out: ParameterSetting[] = [];
  const STRING = /"((?:[^"\\]|\\.)*)"|'([^']*)'/g;
  const strings = (line: string, row: number): void => {
    for (const m of line.matchAll(STRING)) {
      const value = m[1] !== undefined ? m[1].replace(/\\(["\\])/g, '$1') : m[2];
      for (const s of overrideSettings(value))
        out.push({ file, line: row + 1, name: s.name, value: s.value, how: `parameter_overrides ${s.name}` });
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*parameter_overrides\s*=\s*(.*)$/.exec(lines[i]);
    if (!m) continue;
    if (!m[1].startsWith('[')) {
      strings(m[1], i);
      continue;
    }
    // An array, possibly over several lines.
    for (let j = i, rest = m[1]; j < lines.length; rest = lines[++j] ?? '') {
      const close = rest.replace(STRING, (s) => ' '.repeat(s.length)).indexOf(']');
      strings(close >= 0 ? rest.slice(0, close) : rest, j);
      if (close >= 0) break;
    }
  }
  return out;
}

/** Every parameter setting of a parameter file, samconfig or document that holds overrides (not shell: see shell-settings.ts). */
export function parameterFileSettings(file: string, text: string): ParameterSetting[] {
  if (file.endsWith('.toml'))
    return basename(file).startsWith('samconfig') || text.includes('parameter_overrides') ? samconfigToml(file, text) : [];
  const { src, docs } = parseSource(file, text);
  return docs.flatMap((doc) => documentSettings(src, doc.contents));
}

/** The parameter settings of one parsed document. */
export function documentSettings(src: Source, root: unknown): ParameterSetting[] {
  const { file, text, lines } = src;
  const out: ParameterSetting[] = [];
  // `--parameters file://…`: [{"ParameterKey": "Ca", "ParameterValue": "…"}]
  if (isSeq(root)) {
    for (const item of items(root)) {
      const name = str(get(item, 'ParameterKey'));
      const value = get(item, 'ParameterValue');
      const v = str(value);
      if (name !== undefined && v !== undefined) out.push({ file, line: lineAt(src, value), name, value: v, how: `ParameterKey ${name}` });
    }
  }
  // CodePipeline template configuration: {"Parameters": {"Ca": "…"}, "Tags": {…}} (a template's Parameters are mappings).
  const parameters = get(root, 'Parameters');
  if (isMap(root) && isMap(parameters) && get(root, 'Resources') === undefined && get(root, 'AWSTemplateFormatVersion') === undefined) {
    for (const [name, pair] of entries(parameters)) {
      const v = str(pair.value);
      if (v !== undefined && isScalar(pair.value))
        out.push({ file, line: lineAt(src, pair.value), name, value: v, how: `Parameters.${name}` });
    }
  }
  // samconfig.yaml `parameter_overrides`, the GitHub action's `parameter-overrides`, CodePipeline's `ParameterOverrides`.
  const walk = (node: unknown, depth: number): void => {
    if (depth > 64) return;
    if (isSeq(node)) for (const item of items(node)) walk(item, depth + 1);
    for (const [key, pair] of entries(node)) {
      if (key === 'parameter_overrides') {
        for (const value of isSeq(pair.value) ? items(pair.value) : [pair.value])
          out.push(...scalarSettings(src, value, 'parameter_overrides', false));
      } else if (key === 'parameter-overrides') {
        out.push(...scalarSettings(src, pair.value, 'parameter-overrides', true));
      } else if (key === 'ParameterOverrides') {
        const json = str(pair.value);
        let parsed: unknown;
        try {
          parsed = json === undefined ? undefined : JSON.parse(json);
        } catch {
          parsed = undefined;
        }
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
          const raw = text.slice(...(((pair.value as Scalar).range ?? [0, 0]).slice(0, 2) as [number, number]));
          for (const [name, v] of Object.entries(parsed as Record<string, unknown>)) {
            if (typeof v !== 'string' || v.includes('#{')) continue;
            const at = raw.indexOf(`"${name}"`);
            out.push({
              file,
              line: at >= 0 ? lines.linePos(((pair.value as Scalar).range?.[0] ?? 0) + at).line : lineAt(src, pair.value),
              name,
              value: v,
              how: `ParameterOverrides ${name}`,
            });
          }
        }
      } else walk(pair.value, depth + 1);
    }
  };
  walk(root, 0);
  return out;
}
