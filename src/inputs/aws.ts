/** How the AWS account is reached and which of its databases are judged, and when their CAs are due. */
import type { AwsConfig } from '../config.js';
import type { InputReader } from './reader.js';
import { accountId, follows, roleArn } from '../base/validators.js';

/** The parts read first: their problems come before the probe's, the files' and the modes'. */
export type AwsAccess = Pick<AwsConfig, 'roleToAssume' | 'allowedAccountIds' | 'expiryWarningDays' | 'expiryErrorDays'> &
  Pick<AwsConfig['scope'], 'tags' | 'engines'>;

export function awsAccessOf(r: InputReader): AwsAccess {
  const roleToAssume = r.get('role-to-assume') || undefined;
  if (roleToAssume && !follows(roleArn, roleToAssume)) {
    r.problem(
      `Input \`role-to-assume\` is "${roleToAssume}"; accepted: a role ARN like arn:aws:iam::123456789012:role/rds-ca-guard (arn:aws-us-gov:… in GovCloud, arn:aws-cn:… in China).`,
    );
  }
  const allowedAccountIds = r.list('allowed-account-ids');
  for (const account of allowedAccountIds.filter((a) => !follows(accountId, a)))
    r.problem(`Input \`allowed-account-ids\` has "${account}"; accepted: 12-digit AWS account ids.`);
  const tags: Record<string, string> = {};
  for (const tag of r.list('tags')) {
    const eq = tag.indexOf('=');
    if (eq <= 0) r.problem(`Input \`tags\` has "${tag}"; accepted: Key=Value pairs, e.g. Environment=prod.`);
    else tags[tag.slice(0, eq).trim()] = tag.slice(eq + 1).trim();
  }
  const engines = r.list('engines').map((e) => e.toLowerCase());
  if (engines.some((e) => e.startsWith('neptune')))
    r.problem(
      'Input `engines` lists neptune; Neptune clients verify Amazon Trust Services roots, not the RDS CAs, so it cannot be checked here. Remove it.',
    );
  return { roleToAssume, allowedAccountIds, tags, engines, ...expiryOf(r) };
}

function expiryOf(r: InputReader): Pick<AwsConfig, 'expiryWarningDays' | 'expiryErrorDays'> {
  const expiryWarningDays = r.whole('expiry-warning-days');
  const expiryErrorDays = r.whole('expiry-error-days');
  // Only between two accepted values: a refused one is already its own problem.
  if (!r.refused.has('expiry-warning-days') && !r.refused.has('expiry-error-days') && expiryErrorDays > expiryWarningDays)
    r.problem(
      `Input \`expiry-error-days\` (${expiryErrorDays}) is larger than \`expiry-warning-days\` (${expiryWarningDays}); accepted: error days ≤ warning days.`,
    );
  return { expiryWarningDays, expiryErrorDays };
}

/** The whole AWS configuration: `access`, then the inputs read last. */
export function awsOf(r: InputReader, access: AwsAccess): AwsConfig {
  return {
    roleToAssume: access.roleToAssume,
    roleSessionName: r.get('role-session-name'),
    roleDurationSeconds: r.whole('role-duration-seconds'),
    audience: r.get('audience') || undefined,
    allowedAccountIds: access.allowedAccountIds,
    scope: {
      tags: access.tags,
      engines: access.engines,
      identifiers: r.list('identifiers'),
      excludeIdentifiers: r.list('exclude-identifiers'),
    },
    expiryWarningDays: access.expiryWarningDays,
    expiryErrorDays: access.expiryErrorDays,
    timeoutMinutes: r.whole('timeout-minutes'),
  };
}
