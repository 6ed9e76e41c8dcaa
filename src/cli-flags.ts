/** The command line's flags: `--name value`, `--name=value`, bare boolean flags; repeated flags accumulate. */
import { UsageError } from './errors.js';
import { BOOLEAN_INPUTS } from './inputs/declaration.js';

export function parseFlags(args: string[]): { positional: string[]; flags: Map<string, string[]> } {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    // Every boolean input may be a bare flag: `--probe .` is `--probe true` on the directory `.`.
    const isBool = BOOLEAN_INPUTS.has(name);
    const next = args[i + 1];
    const value = inline ?? (isBool && (next === undefined || !/^(true|false)$/i.test(next)) ? 'true' : args[++i]);
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { positional, flags };
}

/**
 * What `catalog` is asked to do. Files and URLs to add come as `--add` or as plain arguments, so
 * that `npm run catalog -- <url>` (the command findings print) works as printed.
 */
export function catalogRequest(args: string[]): { add: string[]; sources: string; out: string } {
  const { positional, flags } = parseFlags(args);
  for (const name of flags.keys()) if (!['add', 'sources', 'out'].includes(name)) throw new UsageError(`unknown option --${name}`);
  return {
    add: [...(flags.get('add') ?? []), ...positional],
    sources: flags.get('sources')?.at(-1) ?? 'data/rds-ca',
    out: flags.get('out')?.at(-1) ?? 'src/catalog/entries.generated.ts',
  };
}
