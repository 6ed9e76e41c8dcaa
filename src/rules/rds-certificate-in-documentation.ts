import { classify } from '../trust/classify.js';
import { linesText } from '../certs/file-certificates.js';
import type { Finding } from '../model/finding.js';
import type { Rule } from '../model/rule.js';
import { bundleUrlsText, PARTITION_BUNDLES } from '../catalog/urls.js';
import { list } from '../base/text.js';

export const rdsCertificateInDocumentation: Rule = {
  id: 'rds-certificate-in-documentation',
  severity: 'notice',
  title: 'Documentation quotes an RDS CA certificate',
  why: 'No client loads certificates from documentation, so they are not judged as a bundle; a quoted RDS certificate is worth a look when it is an expired one readers may copy.',
  remediation: `Point readers at AWS's bundle for their partition (${PARTITION_BUNDLES}) rather than a copy.`,
  check(facts) {
    const findings: Finding[] = [];
    for (const file of facts.repository.certificateFiles) {
      if (!file.documentation) continue;
      const rds = file.certificates.filter((c) => classify(c.cert, facts.catalog).kind !== 'other');
      if (!rds.length) continue;
      const names = [...new Set(rds.map((c) => c.cert.subjectCn))];
      const lines = rds.map((c) => c.line).filter((l): l is number => l !== undefined);
      findings.push({
        rule: this.id,
        severity: 'notice',
        file: file.path,
        line: lines[0],
        message: `${file.path} quotes ${rds.length} RDS CA certificate(s) (${list(names, 3)})${lines.length ? ` at ${linesText(lines)}` : ''}; documentation is not judged as a bundle.`,
        remediation: `Point readers at AWS's bundle (${bundleUrlsText(facts.regions)}) rather than a copy.`,
      });
    }
    return findings;
  },
};
