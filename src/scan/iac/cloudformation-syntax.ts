/**
 * How a CloudFormation, SAM or Serverless template is written: which documents are templates,
 * the sections a template reads, and the intrinsic functions in either form (`!Ref x`, `{"Ref": "x"}`).
 */
import { isMap, isSeq } from 'yaml';
import type { IacTool } from '../../model/iac.js';
import { entries, get, items, pairOf, str } from './yaml-tree.js';

/** Cheap test before parsing: only files that mention these types can hold pins. */
export function mayBeTemplate(text: string): boolean {
  return text.includes('AWS::RDS::') || text.includes('AWS::DocDB::');
}

/** The sections a template reads: a CloudFormation or SAM root, or serverless.yml's `resources`. */
export interface TemplateParts {
  tool: Extract<IacTool, 'cloudformation' | 'sam' | 'serverless'>;
  resources: unknown[];
  parameters: unknown[];
  mappings: unknown[];
}

function isServerlessFile(file: string): boolean {
  return /(?:^|\/)serverless\.(?:ya?ml|json)$/.test(file);
}

/** What kind of template a document is, and its sections; undefined when it is none. */
export function templateParts(file: string, root: unknown): TemplateParts | undefined {
  if (!isMap(root)) return undefined;
  if (
    isServerlessFile(file) ||
    (get(root, 'service') !== undefined && get(root, 'provider') !== undefined && get(root, 'resources') !== undefined)
  ) {
    const resources = get(root, 'resources');
    const blocks = isSeq(resources) ? items(resources) : [resources];
    return {
      tool: 'serverless',
      resources: blocks.map((b) => get(b, 'Resources')),
      parameters: blocks.map((b) => get(b, 'Parameters')),
      mappings: blocks.map((b) => get(b, 'Mappings')),
    };
  }
  const resources = get(root, 'Resources');
  if (!isMap(resources)) return undefined;
  const transform = get(root, 'Transform');
  const transforms = isSeq(transform) ? items(transform).map(str) : [str(transform)];
  const sam = transforms.some((t) => t?.startsWith('AWS::Serverless'));
  const typed = entries(resources).some(([, p]) => str(get(p.value, 'Type'))?.startsWith('AWS::'));
  if (!typed && get(root, 'AWSTemplateFormatVersion') === undefined && !sam) return undefined;
  return {
    tool: sam ? 'sam' : 'cloudformation',
    resources: [resources],
    parameters: [get(root, 'Parameters')],
    mappings: [get(root, 'Mappings')],
  };
}

/** The pair named `name` in the first of the sections (Parameters, Mappings) that has it. */
export function sectionPair(sections: unknown[], name: string): ReturnType<typeof pairOf> {
  for (const section of sections) {
    const pair = pairOf(section, name);
    if (pair) return pair;
  }
  return undefined;
}

/** The intrinsic function a node is, in either form. */
export function intrinsicOf(node: unknown): { name: string; arg: unknown } | undefined {
  const tag = (node as { tag?: string } | null)?.tag;
  if (tag?.startsWith('!') && !tag.startsWith('!!')) {
    const short = tag.slice(1);
    return { name: short === 'Ref' || short === 'Condition' ? short : `Fn::${short}`, arg: node };
  }
  const pairs = entries(node);
  if (pairs.length === 1 && (pairs[0][0] === 'Ref' || pairs[0][0].startsWith('Fn::'))) return { name: pairs[0][0], arg: pairs[0][1].value };
  return undefined;
}
