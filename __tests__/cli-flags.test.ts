import { parseFlags } from '../src/cli-flags.js';
import { INPUTS } from '../src/inputs/index.js';
import { UsageError } from '../src/errors.js';

const flags = (args: string[]) => {
  const parsed = parseFlags(args);
  return { positional: parsed.positional, flags: Object.fromEntries(parsed.flags) };
};

describe('parseFlags', () => {
  it('takes every boolean input as a bare flag, so `check --probe .` keeps the directory', () => {
    expect(flags(['--probe', '.'])).toEqual({ positional: ['.'], flags: { probe: ['true'] } });
    expect(flags(['--offline', '--probe', '.', '--require-bundle'])).toEqual({
      positional: ['.'],
      flags: { offline: ['true'], probe: ['true'], 'require-bundle': ['true'] },
    });
    const booleans = Object.entries(INPUTS).filter(([, input]) => input.kind.type === 'boolean');
    expect(booleans.map(([name]) => name)).toEqual([
      'offline',
      'issue',
      'require-bundle',
      'probe',
      'dry-run',
      'allow-restart',
      'skip-trust-check',
      'continue-on-error',
    ]);
    for (const [name] of booleans) expect(flags([`--${name}`, 'dir'])).toEqual({ positional: ['dir'], flags: { [name]: ['true'] } });
  });

  it('still takes a boolean flag followed by true or false, in any case, as its value', () => {
    expect(flags(['--dry-run', 'false', '.'])).toEqual({ positional: ['.'], flags: { 'dry-run': ['false'] } });
    expect(flags(['--probe', 'TRUE'])).toEqual({ positional: [], flags: { probe: ['TRUE'] } });
    expect(flags(['--probe=false', '.'])).toEqual({ positional: ['.'], flags: { probe: ['false'] } });
  });

  it('gives any other flag the next argument, accumulates repeats, and refuses a flag without its value', () => {
    expect(flags(['--regions', 'us-east-1', '.', '--exclude', 'a/**', '--exclude=b/**'])).toEqual({
      positional: ['.'],
      flags: { regions: ['us-east-1'], exclude: ['a/**', 'b/**'] },
    });
    expect(() => parseFlags(['--regions'])).toThrow(new UsageError('--regions needs a value'));
  });
});
