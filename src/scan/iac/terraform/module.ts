/** A Terraform module: the variables, locals, outputs, resources and module calls of one directory's configuration files. */
import { configurationFiles, OVERRIDE } from './paths.js';
import type { Attr, Block, ParsedFile } from './syntax-model.js';

export interface Module {
  dir: string;
  variables: Map<string, Block>;
  locals: Map<string, Attr>;
  outputs: Map<string, Block>;
  resources: Block[];
  calls: Block[];
}

/** An override block merged into the original: each argument it sets replaces the original's, nested blocks of a type it has replace those of that type. */
function overridden(original: Block, override: Block): Block {
  const attrs = new Map(original.attrs);
  for (const [k, a] of override.attrs) attrs.set(k, a);
  const types = new Set(override.blocks.map((b) => b.type));
  return { ...original, attrs, blocks: [...original.blocks.filter((b) => !types.has(b.type)), ...override.blocks] };
}

/** Applies one block of an override file to the module: it replaces what it sets in the block of the same name. */
function applyOverride(mod: Module, o: Block): void {
  const named = (map: Map<string, Block>): void => {
    const original = o.labels[0] !== undefined ? map.get(o.labels[0]) : undefined;
    if (original) map.set(o.labels[0], overridden(original, o));
  };
  if (o.type === 'variable') named(mod.variables);
  else if (o.type === 'output') named(mod.outputs);
  else if (o.type === 'locals') for (const [k, a] of o.attrs) mod.locals.set(k, a);
  else if (o.type === 'resource' || o.type === 'module') {
    const list = o.type === 'resource' ? mod.resources : mod.calls;
    const i = list.findIndex((b) => b.labels.join('.') === o.labels.join('.'));
    if (i >= 0) list[i] = overridden(list[i], o);
  }
}

/** The module of directory `dir`, from its files (`paths`), each parsed by `file` in name order. */
export async function readModule(
  dir: string,
  paths: readonly string[],
  file: (path: string) => Promise<ParsedFile | undefined>,
): Promise<Module> {
  const mod: Module = { dir, variables: new Map(), locals: new Map(), outputs: new Map(), resources: [], calls: [] };
  const overrides: Block[] = [];
  for (const path of configurationFiles(paths)) {
    const f = await file(path);
    if (OVERRIDE.test(path)) {
      overrides.push(...(f?.body.blocks ?? []));
      continue;
    }
    for (const b of f?.body.blocks ?? []) {
      if (b.type === 'variable' && b.labels[0] && !mod.variables.has(b.labels[0])) mod.variables.set(b.labels[0], b);
      else if (b.type === 'output' && b.labels[0] && !mod.outputs.has(b.labels[0])) mod.outputs.set(b.labels[0], b);
      else if (b.type === 'locals') {
        for (const [k, a] of b.attrs) if (!mod.locals.has(k)) mod.locals.set(k, a);
      } else if (b.type === 'resource' && b.labels.length === 2) mod.resources.push(b);
      else if (b.type === 'module' && b.labels[0]) mod.calls.push(b);
    }
  }
  // Override files (in name order) replace what they set in the blocks of the same name.
  for (const o of overrides) applyOverride(mod, o);
  return mod;
}
