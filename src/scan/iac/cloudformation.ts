/**
 * CA pins in CloudFormation templates (YAML with short tags, or JSON with `Fn::` forms), SAM
 * templates and the `resources:` of serverless.yml: `CACertificateIdentifier` of
 * AWS::RDS::DBInstance, AWS::DocDB::DBInstance (unset matters: AWS's default applies) and
 * AWS::RDS::DBCluster (unset does not). Intrinsic functions are followed as far as the template
 * decides them: `Ref` to a parameter's Default, `FindInMap` (every entry when a key is a `Ref`),
 * each branch of `If`, `Sub` and `Join` of known parts, `Select` of a literal list. A `Ref` to a
 * parameter also reaches every value the repository commits for it at deploy time (parameter
 * files, samconfig, `--parameter-overrides`: overrides.ts), each a pin where it is written.
 */
import { isScalar } from 'yaml';
import { attributePins, identifierOf } from './candidates.js';
import type { TemplateParts } from './cloudformation-syntax.js';
import { TemplateValues } from './cloudformation-values.js';
import type { ParameterSetting } from './parameters.js';
import type { CaPin, Declaration } from '../../model/iac.js';
import type { DeclaredProxy } from '../../model/proxies.js';
import { entries, get, lineAt, pairOf, str, type Source } from './yaml-tree.js';

const TYPES: Record<string, { kind: 'instance' | 'cluster'; absentMatters: boolean; identifier: string }> = {
  'AWS::RDS::DBInstance': { kind: 'instance', absentMatters: true, identifier: 'DBInstanceIdentifier' },
  'AWS::DocDB::DBInstance': { kind: 'instance', absentMatters: true, identifier: 'DBInstanceIdentifier' },
  'AWS::RDS::DBCluster': { kind: 'cluster', absentMatters: false, identifier: 'DBClusterIdentifier' },
};
const ATTRIBUTE = 'CACertificateIdentifier';
const PROXIES: Record<string, { kind: DeclaredProxy['kind']; name: string }> = {
  'AWS::RDS::DBProxy': { kind: 'proxy', name: 'DBProxyName' },
  'AWS::RDS::DBProxyEndpoint': { kind: 'endpoint', name: 'DBProxyEndpointName' },
};

/** A literal boolean (`true`, `'true'`), or undefined. */
function flag(node: unknown): boolean | undefined {
  const v = isScalar(node) ? node.value : undefined;
  return v === true || v === 'true' ? true : v === false || v === 'false' ? false : undefined;
}

/** Pins, declarations and proxies of one template document. */
export function templateFacts(
  src: Source,
  root: unknown,
  parts: TemplateParts,
  overrides?: ReadonlyMap<string, ParameterSetting[]>,
): { pins: CaPin[]; declarations: Declaration[]; proxies: DeclaredProxy[] } {
  const values = new TemplateValues(src, root, parts, overrides);
  const pins: CaPin[] = [];
  const declarations: Declaration[] = [];
  const proxies: DeclaredProxy[] = [];
  for (const resources of parts.resources) {
    for (const [logicalId, pair] of entries(resources)) {
      const type = str(get(pair.value, 'Type'));
      const proxy = type ? PROXIES[type] : undefined;
      if (proxy) {
        const properties = get(pair.value, 'Properties');
        const namePair = pairOf(properties, proxy.name);
        const name = namePair ? identifierOf(values.evaluate(namePair.value)) : undefined;
        const tls = flag(get(properties, 'RequireTLS'));
        proxies.push({
          file: src.file,
          line: lineAt(src, pair.key),
          tool: parts.tool,
          syntax: src.syntax,
          resource: `${logicalId} (${type})`,
          kind: proxy.kind,
          ...(name !== undefined ? { name } : {}),
          ...(tls !== undefined ? { requireTls: tls } : {}),
        });
      }
      const spec = type ? TYPES[type] : undefined;
      if (!type || !spec) continue;
      const properties = get(pair.value, 'Properties');
      const resource = `${logicalId} (${type})`;
      const line = lineAt(src, pair.key);
      const idPair = pairOf(properties, spec.identifier);
      const declaration: Declaration = {
        file: src.file,
        line,
        tool: parts.tool,
        syntax: src.syntax,
        resource,
        kind: spec.kind,
        attribute: ATTRIBUTE,
        logicalId,
      };
      const identifier = idPair ? identifierOf(values.evaluate(idPair.value)) : undefined;
      if (identifier !== undefined) declaration.identifier = identifier;
      declarations.push(declaration);
      const property = pairOf(properties, ATTRIBUTE);
      const target = {
        file: src.file,
        resource,
        attribute: ATTRIBUTE,
        tool: parts.tool,
        syntax: src.syntax,
        declaredAt: { file: src.file, line },
      };
      if (property) src.seen.add(property.value);
      pins.push(...attributePins(target, property && values.evaluate(property.value), spec.absentMatters));
    }
  }
  return { pins, declarations, proxies };
}
