// ncc writes one bundle per entry as index.js; the CLI's goes to dist/cli.js.
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
const built = readdirSync('build/cli');
const extra = built.filter((f) => f !== 'index.js' && f !== 'package.json');
if (extra.length) throw new Error(`ncc emitted more than one file for the CLI: ${extra.join(', ')}`);
copyFileSync('build/cli/index.js', 'dist/cli.js');
rmSync('build', { recursive: true, force: true });
