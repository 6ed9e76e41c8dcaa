/**
 * What `environment` means for the scope: the environments file's entry when it has one,
 * else the databases tagged <environment-tag>=<environment> within `regions`.
 */
import { sameEnvironment } from './model/scope.js';
import type { Config } from './config.js';
import { ConfigFileError, InputError } from './errors.js';
import { partitionMix } from './base/partition.js';

/** Async because the YAML parser loads only when an environment is named. */
export async function applyEnvironment(config: Config): Promise<Config> {
  const resolved = await resolve(config);
  const mixed = config.environment && !resolved.offline ? partitionMix(resolved.regions, [resolved.aws.roleToAssume]) : undefined;
  if (mixed)
    throw new InputError([
      `Environment "${config.environment}" (from ${config.configFile.shownAs} and the inputs) names more than one AWS partition (${mixed}), and one run's credentials reach only one; accepted: its regions and role-to-assume in one partition (aws, aws-us-gov or aws-cn).`,
    ]);
  // Aggregate mode's regions are the shards'.
  if (!resolved.offline && !resolved.allRegions && !resolved.regions.length && resolved.mode !== 'aggregate') {
    throw new InputError([
      `No region for environment "${config.environment}": give \`regions\`, set AWS_REGION, or list regions for it in ${config.configFile.shownAs}.`,
    ]);
  }
  return resolved;
}

async function resolve(config: Config): Promise<Config> {
  const { readEnvironments } = await import('./config-file.js');
  const file = readEnvironments(config.configFile.path, config.configFile.shownAs, config.workspace);
  // Every mode's plan groups the databases by the file's environments, not only the one named.
  const withFile = file ? { ...config, environments: file.environments } : config;
  const name = config.environment;
  if (!name) return withFile;
  config = withFile;
  // The file's entry whatever its case: GitHub environment names are case-insensitive.
  const entry = Object.entries(file?.environments ?? {}).find(([key]) => sameEnvironment(key, name))?.[1];
  if (file && !entry && config.mode === 'rotate') {
    throw new ConfigFileError(
      `${config.configFile.shownAs} defines no environment "${name}" (it defines: ${Object.keys(file.environments).join(', ') || 'none'}). Add it, or check the spelling.`,
    );
  }
  if (!entry) {
    return { ...config, aws: { ...config.aws, scope: { ...config.aws.scope, environment: { tag: config.environmentTag, name } } } };
  }
  const scope = config.aws.scope;
  return {
    ...config,
    regions: entry.regions ?? config.regions,
    allRegions: entry.regions ? false : config.allRegions,
    aws: {
      ...config.aws,
      roleToAssume: entry['role-to-assume'] ?? config.aws.roleToAssume,
      scope: {
        ...scope,
        tags: { ...scope.tags, ...(entry.tags ?? {}) },
        identifiers: entry.identifiers ?? scope.identifiers,
        excludeIdentifiers: entry['exclude-identifiers'] ?? scope.excludeIdentifiers,
      },
    },
    rotate: {
      ...config.rotate,
      // The file can add protection, never lift what the workflow's `protected-environments` set:
      // it can be changed on any branch, and a workflow_dispatch can run that branch.
      protectedEnvironments:
        entry.protected === true ? [...config.rotate.protectedEnvironments, name] : config.rotate.protectedEnvironments,
    },
  };
}
