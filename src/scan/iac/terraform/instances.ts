import type { Project } from './project.js';
import type { Block } from './syntax-model.js';
import { withHops, type Each, type Outcome, type Scope } from './values.js';

/**
 * The instances of a resource with `for_each`, when the repository decides the collection: a map
 * or object gives each key with its value, a set or list of strings each string as key and value.
 * Undefined without `for_each`, or when any candidate collection is not known (each instance is
 * then judged as one, `each.*` unknown).
 */
export async function instancesOf(project: Project, block: Block, scope: Scope): Promise<Array<{ key: string; each: Each }> | undefined> {
  const forEach = block.attrs.get('for_each');
  if (!forEach) return undefined;
  const collections = await project.evalExpr(forEach.value, scope);
  if (!collections.length || collections.some((o) => o.v.k !== 'obj' && o.v.k !== 'list')) return undefined;
  const out: Array<{ key: string; each: Each }> = [];
  for (const c of collections) {
    if (c.v.k === 'obj') {
      for (const entry of c.v.entries) {
        if (entry.key === undefined) return undefined;
        const key: Outcome = { v: { k: 'str', s: entry.key }, at: c.at, via: c.via };
        out.push({ key: entry.key, each: { key: [key], value: withHops(entry.values, ...c.via) } });
      }
    } else if (c.v.k === 'list') {
      for (const item of c.v.items) {
        if (item.length !== 1 || item[0].v.k !== 'str') return undefined;
        const value = { ...item[0], via: [...item[0].via, ...c.via] };
        out.push({ key: item[0].v.s, each: { key: [value], value: [value] } });
      }
    }
  }
  return out;
}
