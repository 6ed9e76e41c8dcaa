/**
 * Where the repository gives CloudFormation parameters their deploy-time values (parameters.ts
 * reads each form): found once per scan, by grep (`containing`) over the files that can hold
 * them, and kept by parameter name.
 *
 * A setting is matched to a template's parameter by name alone, across the repository: a
 * parameter file, samconfig or deploy command usually sits beside or above its template, but
 * CI files and scripts name templates in ways that cannot be followed reliably
 * (`--template-file $T`, `template_file` relative to where sam runs). A parameter name that
 * feeds a CA (`DbCa`, `CACertificate`) is specific enough; only parameters a template routes
 * into a CA are judged, so `Environment=prod` settings are never pins.
 */
import { basename } from 'node:path';
import { DEPENDENCIES, isDocument, isShell } from './file-kinds.js';
import { awsCliFacts, setsValues } from './aws-cli.js';
import { ciFragments } from './ci.js';
import { documentSettings, parameterFileSettings, type ParameterSetting } from './parameters.js';
import { scriptFragments } from './scripts.js';
import { parseSource } from './yaml-parse.js';
import type { Workspace } from './yaml-tree.js';

/** The repository as the document reader gets it (IacInput). */
export interface OverrideWorkspace extends Workspace {
  candidates?: ReadonlyMap<string, string>;
  containing?: (paths: readonly string[], needles: readonly string[]) => Promise<ReadonlySet<string> | undefined>;
}

/** Text each form holds: parameter files, CodePipeline configurations, samconfig, deploy commands. */
const NEEDLES = ['ParameterKey', '"Parameters"', 'parameter_overrides', 'parameter-overrides', 'ParameterOverrides', '--parameters'];
/** Build output (SAM's, CDK's) repeats the parameters of the templates it was built from. */
const BUILD_OUTPUT = /(?:^|\/)(?:vendor|\.aws-sam|cdk\.out)\//;

function mayHold(path: string): boolean {
  return (isDocument(path) || path.endsWith('.toml') || isShell(path)) && !DEPENDENCIES.test(path) && !BUILD_OUTPUT.test(path);
}

/**
 * Without grep (a scan outside git): the files already read for their IaC markers (they hold
 * `ParameterKey`, `parameter_overrides` or `parameter-overrides`), samconfig files, and JSON
 * files whose path names parameters or configuration; not every JSON file.
 */
function fallback(workspace: OverrideWorkspace): string[] {
  return workspace.files.filter(
    (p) =>
      mayHold(p) && (workspace.candidates?.has(p) || /^samconfig\./.test(basename(p)) || (p.endsWith('.json') && /param|config/i.test(p))),
  );
}

async function search(workspace: OverrideWorkspace): Promise<Map<string, ParameterSetting[]>> {
  const paths = workspace.files.filter(mayHold);
  const found = (await workspace.containing?.(paths, NEEDLES)) ?? new Set(fallback(workspace));
  const settings: ParameterSetting[] = [];
  for (const path of [...found].sort()) {
    const text = workspace.candidates?.get(path) ?? workspace.read(path);
    if (text === undefined || !NEEDLES.some((n) => text.includes(n))) continue;
    if (isShell(path)) {
      for (const fragment of scriptFragments(path, text))
        if (setsValues(fragment.text)) settings.push(...(await awsCliFacts(fragment)).parameters);
      continue;
    }
    if (!isDocument(path)) {
      settings.push(...parameterFileSettings(path, text));
      continue;
    }
    // A document is parsed once: for the settings it holds, and for the deploy commands of its CI steps.
    const { src, docs } = parseSource(path, text);
    for (const doc of docs) settings.push(...documentSettings(src, doc.contents));
    if (!text.includes('--parameter')) continue;
    for (const doc of docs) {
      for (const fragment of ciFragments(src, doc.contents, setsValues)) settings.push(...(await awsCliFacts(fragment)).parameters);
    }
  }
  const byName = new Map<string, ParameterSetting[]>();
  for (const s of settings) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  return byName;
}

const searches = new WeakMap<object, Promise<Map<string, ParameterSetting[]>>>();

/** Every CloudFormation parameter setting in the repository, by parameter name (searched once per workspace). */
export function parameterOverrides(workspace: OverrideWorkspace): Promise<Map<string, ParameterSetting[]>> {
  let found = searches.get(workspace);
  if (!found) {
    found = search(workspace);
    searches.set(workspace, found);
  }
  return found;
}
