/**
 * The CAs a Terraform plan will give databases, read from `terraform show -json` output: the
 * planned value after Terraform resolved variables, modules and registry defaults. Only the
 * attributes that carry an RDS CA are read; the rest of the plan is not judged here. Pure: the
 * plan files are found and read by terraform-plan-files.ts.
 */
import { byCodePoint } from '../model/iac.js';
import type { PlannedCa } from '../model/plan.js';
import { RESOURCE_ATTRIBUTES } from './iac/terraform/ca-attributes.js';

/** Plan JSON format versions this reader knows: 0.x and 1.x (Terraform 0.12 to today; OpenTofu writes 1.x). */
const SUPPORTED_FORMAT = /^[01]\.\d+$/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The planned CAs of one plan's JSON text. */
export function plannedCas(plan: string, json: string): { changes: PlannedCa[]; problem?: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(json.replace(/^\uFEFF/, '')); // PowerShell's `>` writes a byte order mark
  } catch (error) {
    // Node's message quotes the text it could not parse: say where, never what (the file may not be a plan at all).
    const at = /position (\d+)/.exec((error as Error).message)?.[1];
    return {
      changes: [],
      problem: `it is not JSON${at ? ` (at character ${at})` : ''}; write it with \`terraform show -json plan.out > ${plan}\``,
    };
  }
  if (!isObject(doc) || typeof doc.format_version !== 'string') {
    return {
      changes: [],
      problem: 'it is not `terraform show -json` output (no format_version); write it with `terraform show -json plan.out`',
    };
  }
  if (!SUPPORTED_FORMAT.test(doc.format_version)) {
    return {
      changes: [],
      problem: `its format_version is ${doc.format_version}, which this version of RDS CA Guard does not read (it reads 0.x and 1.x)`,
    };
  }
  if (!('planned_values' in doc) && !('resource_changes' in doc)) {
    return { changes: [], problem: 'it holds no planned values: it is state (`terraform show -json` without a plan file), not a plan' };
  }
  const changes: PlannedCa[] = [];
  for (const rc of Array.isArray(doc.resource_changes) ? doc.resource_changes : []) {
    if (!isObject(rc) || rc.mode !== 'managed' || typeof rc.type !== 'string' || !(rc.type in RESOURCE_ATTRIBUTES)) continue;
    const { attribute, kind } = RESOURCE_ATTRIBUTES[rc.type];
    const change = isObject(rc.change) ? rc.change : {};
    const actions = Array.isArray(change.actions) ? change.actions.filter((a): a is string => typeof a === 'string') : [];
    if (!actions.length || (actions.length === 1 && (actions[0] === 'delete' || actions[0] === 'read'))) continue;
    const before = isObject(change.before) ? text(change.before[attribute]) : null;
    const after = isObject(change.after) ? text(change.after[attribute]) : null;
    const afterUnknown = isObject(change.after_unknown) && change.after_unknown[attribute] === true;
    const named = [change.after, change.before]
      .filter(isObject)
      .map((v) => text(v.identifier) ?? text(v.cluster_identifier))
      .find((v) => v !== null);
    changes.push({
      plan,
      address: String(rc.address),
      type: rc.type,
      block: `${rc.type}.${String(rc.name)}`,
      attribute,
      kind,
      actions,
      before,
      after,
      afterUnknown,
      ...(named ? { identifier: named } : {}),
    });
  }
  return { changes: changes.sort((a, b) => byCodePoint(a.address, b.address)) };
}
