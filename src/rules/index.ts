/** Every rule, in the order their findings are reported. A new rule is one file plus a line here. */
import { probeUnreachable } from './probe-unreachable.js';
import { probeVerificationFailed } from './probe-verification-failed.js';
import { bundleTrustsDatabaseCa } from './bundle-trusts-database-ca.js';
import { databaseCaExpiry } from './database-ca-expiry.js';
import { databaseCaNotApproved } from './database-ca-not-approved.js';
import { defaultCaNotApproved } from './default-ca-not-approved.js';
import { inventoryIncomplete } from './inventory-incomplete.js';
import { pendingCaRotation } from './pending-ca-rotation.js';
import { regionNotInspected } from './region-not-inspected.js';
import { serverCertificateExpiry } from './server-certificate-expiry.js';
import { targetCaUnsupported } from './target-ca-unsupported.js';
import { bundleExpiredCertificates } from './bundle-expired-certificates.js';
import { bundleMissingApprovedRoots } from './bundle-missing-approved-roots.js';
import { bundleMissingTargetRoot } from './bundle-missing-target-root.js';
import { proxyTrustMissing } from './proxy-trust-missing.js';
import { iacCaNotApproved } from './iac-ca-not-approved.js';
import { iacCaUnverifiable } from './iac-ca-unverifiable.js';
import { plannedCaChange } from './planned-ca-change.js';
import { plannedCaNotApproved } from './planned-ca-not-approved.js';
import { terraformPlanNotRead } from './terraform-plan-not-read.js';
import { lookalikeCertificate } from './lookalike-certificate.js';
import { noRdsBundle } from './no-rds-bundle.js';
import { bundleNotLoadable } from './bundle-not-loadable.js';
import { certificateBlocksSkipped } from './certificate-blocks-skipped.js';
import { fileEncrypted } from './file-encrypted.js';
import { fileTooLarge } from './file-too-large.js';
import { fileUnreadable } from './file-unreadable.js';
import { iacFileNotParsed } from './iac-file-not-parsed.js';
import { linkOutsideWorkspace } from './link-outside-workspace.js';
import { pathNotFound } from './path-not-found.js';
import { rdsCertificateInDocumentation } from './rds-certificate-in-documentation.js';
import { truststoreIntegrityUnverified } from './truststore-integrity-unverified.js';
import { scanScopeInvalid } from './scan-scope-invalid.js';
import { downloadNotJudged } from './download-not-judged.js';
import { clientCaNotInRepository } from './client-ca-not-in-repository.js';
import { clientCaLegacyName } from './client-ca-legacy-name.js';
import { clientConnectionUnverified } from './client-connection-unverified.js';
import { clientProfileUnknown } from './client-profile-unknown.js';
import { submoduleNotScanned } from './submodule-not-scanned.js';
import { trustFileNotChecked } from './trust-file-not-checked.js';
import { approvedCaExpired } from './approved-ca-expired.js';
import { awsNotInspected } from './aws-not-inspected.js';
import { accountNotInspected } from './account-not-inspected.js';
import { shardReportRefused } from './shard-report-refused.js';
import { regionNotInCatalog } from './region-not-in-catalog.js';
import { unknownRdsCa } from './unknown-rds-ca.js';
import { orderFindings } from '../verdict/order.js';
import type { Finding } from '../model/finding.js';
import type { Facts } from '../model/facts.js';
import type { Rule } from '../model/rule.js';

export const RULES: readonly Rule[] = [
  awsNotInspected,
  accountNotInspected,
  shardReportRefused,
  regionNotInspected,
  databaseCaNotApproved,
  targetCaUnsupported,
  databaseCaExpiry,
  bundleTrustsDatabaseCa,
  probeVerificationFailed,
  probeUnreachable,
  serverCertificateExpiry,
  defaultCaNotApproved,
  pendingCaRotation,
  inventoryIncomplete,
  regionNotInCatalog,
  approvedCaExpired,
  bundleMissingTargetRoot,
  proxyTrustMissing,
  bundleExpiredCertificates,
  lookalikeCertificate,
  unknownRdsCa,
  bundleMissingApprovedRoots,
  noRdsBundle,
  downloadNotJudged,
  clientCaLegacyName,
  clientCaNotInRepository,
  clientProfileUnknown,
  clientConnectionUnverified,
  iacCaNotApproved,
  plannedCaNotApproved,
  terraformPlanNotRead,
  iacCaUnverifiable,
  plannedCaChange,
  scanScopeInvalid,
  pathNotFound,
  trustFileNotChecked,
  bundleNotLoadable,
  certificateBlocksSkipped,
  fileUnreadable,
  iacFileNotParsed,
  fileEncrypted,
  linkOutsideWorkspace,
  fileTooLarge,
  truststoreIntegrityUnverified,
  submoduleNotScanned,
  rdsCertificateInDocumentation,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

/** Every rule's findings, in the one stable order all outputs share (see order.ts). */
export function runRules(facts: Facts): Finding[] {
  return orderFindings(
    RULES.flatMap((rule) => rule.check(facts)),
    RULES.map((r) => r.id),
  );
}
