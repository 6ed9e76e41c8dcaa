import { shellQuote } from '../base/shell-quote.js';
import type { Finding } from '../model/finding.js';
import type { Rule } from '../model/rule.js';
import { databasePlace, fleet } from '../model/fleet-walk.js';
import { needsMove, targetUnsupported } from '../model/database-ca.js';

export const targetCaUnsupported: Rule = {
  id: 'target-ca-unsupported',
  severity: 'error',
  title: 'The engine version does not support the target CA',
  why: 'A database can only move to a CA its engine version supports (DescribeDBEngineVersions SupportedCACertificateIdentifiers): the rotation command would fail.',
  remediation: 'Upgrade the engine version to one that supports the target CA, then rotate.',
  check(facts) {
    const target = facts.approvedCa[0];
    return fleet(facts).flatMap(({ db, inventory }): Finding[] => {
      const supported = needsMove(db, facts) ? targetUnsupported(db, inventory, target) : undefined;
      if (!supported) return [];
      return [
        {
          rule: this.id,
          severity: 'error',
          ...databasePlace(db, facts),
          message: `${db.id} (${db.region}) runs ${db.engine} ${db.engineVersion}, which does not support ${target} (it supports ${supported.join(', ')}).`,
          remediation: `Upgrade ${db.id} to an engine version that lists ${target}: \`aws rds describe-db-engine-versions --engine ${shellQuote(db.engine)} --region ${shellQuote(db.region)} --query "DBEngineVersions[?contains(SupportedCACertificateIdentifiers, '${target}')].EngineVersion"\`.`,
        },
      ];
    });
  },
};
