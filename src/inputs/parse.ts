/** The inputs into a Config: one section parser after another, every problem collected. */
import type { Catalog } from '../catalog/catalog.js';
import type { Config } from '../config.js';
import { InputError } from '../errors.js';
import type { InputName } from './declaration.js';
import { accountsOf, aggregateOf } from './accounts.js';
import { awsAccessOf, awsOf } from './aws.js';
import { configFileOf, filesOf, maxFileBytesOf } from './files.js';
import { modeOf, rotateOf, rotateRequirements } from './modes.js';
import { probeOf } from './probe.js';
import { InputReader } from './reader.js';
import { reportOf } from './report.js';
import { approvedCaOf, regionsOf } from './scope.js';
import { partitionMix } from '../base/partition.js';

/** Throws InputError with every problem, in the order the sections below run (the user sees them joined). */
export function parseInputs(
  read: (name: InputName) => string | undefined,
  env: NodeJS.ProcessEnv,
  catalog: Catalog,
  workspace: string,
): Config {
  const r = new InputReader(read);
  const { mode, offline } = modeOf(r);
  const approvedCa = approvedCaOf(r, catalog);
  const { regions, allRegions } = regionsOf(r, env, catalog, offline, approvedCa[0], mode);
  const maxFileBytes = maxFileBytesOf(r);
  const access = awsAccessOf(r);
  const accounts = accountsOf(r);
  const aggregate = aggregateOf(r, mode);
  rotateRequirements(r, mode, offline);
  const probe = probeOf(r);
  const configFile = configFileOf(r, workspace);
  const environmentTag = r.get('environment-tag');
  const rotate = rotateOf(r);
  const environment = r.get('environment') || undefined;
  const report = reportOf(r, env, mode);
  const files = filesOf(r, env, workspace, mode);
  const aws = { ...awsOf(r, access), ...(accounts ? { accounts } : {}) };
  // Offline, `all` (or no region) is every catalog region, whatever its partition: no credentials are involved.
  const mixed = offline ? undefined : partitionMix(regions, [access.roleToAssume, accounts?.roleArn]);
  if (mixed)
    r.problem(
      `Inputs \`regions\` (or AWS_REGION), \`role-to-assume\` and \`member-role\` name more than one AWS partition (${mixed}), and one run's credentials reach only one; accepted: regions and role ARNs of one partition (aws, aws-us-gov or aws-cn). Run one job per partition.`,
    );
  if (r.problems.length) throw new InputError(r.problems);
  return {
    mode,
    ...aggregate,
    probe,
    configFile,
    environmentTag,
    rotate,
    environment,
    report,
    offline,
    regions,
    approvedCa,
    ...files,
    maxFileBytes,
    workspace,
    allRegions,
    aws,
  };
}
