/**
 * CA pins in Terraform: `ca_cert_identifier` of aws_db_instance, aws_rds_cluster_instance
 * and aws_docdb_cluster_instance, `ca_certificate_identifier` of aws_rds_cluster (Multi-AZ
 * DB clusters), `certificate_identifier` of aws_rds_certificate (the account default),
 * module arguments named `ca_cert_identifier`, and .tfvars assignments. A light reader of
 * HCL's block structure: enough for top-level attributes, with line numbers.
 */
import type { CaPin, IacFacts, PinnedValue } from './pin.js';

const RESOURCE_ATTRIBUTES: Record<string, { attribute: string; absentMatters: boolean }> = {
  aws_db_instance: { attribute: 'ca_cert_identifier', absentMatters: true },
  aws_rds_cluster_instance: { attribute: 'ca_cert_identifier', absentMatters: true },
  aws_docdb_cluster_instance: { attribute: 'ca_cert_identifier', absentMatters: true },
  aws_rds_cluster: { attribute: 'ca_certificate_identifier', absentMatters: false },
  aws_rds_certificate: { attribute: 'certificate_identifier', absentMatters: false },
};
const MODULE_ATTRIBUTES = /^(?:ca_cert_identifier|ca_certificate_identifier)$/;

/** Blanks comments (keeping newlines and string contents) so that braces and `=` can be trusted. */
function stripComments(text: string): string {
  let out = '';
  let i = 0;
  let inString = false;
  while (i < text.length) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
      i++;
    } else if (c === '"') {
      inString = true;
      out += c;
      i++;
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function valueOf(raw: string): PinnedValue {
  const text = raw.trim();
  const literal = /^"([^"$]*)"$/.exec(text);
  if (literal) return { kind: 'literal', ca: literal[1] };
  return { kind: 'expression', text };
}

interface Block {
  header: string;
  line: number;
  /** Top-level `name = value` lines inside the block. */
  attributes: Map<string, { value: string; line: number }>;
}

/** Top-level blocks with their top-level attributes. */
function blocks(text: string): Block[] {
  const lines = stripComments(text).split('\n');
  const found: Block[] = [];
  let depth = 0;
  let current: Block | undefined;
  lines.forEach((line, i) => {
    if (depth === 0) {
      const header = /^\s*([a-z_]+(?:\s+"[^"]*")*)\s*\{/.exec(line);
      if (header) current = { header: header[1], line: i + 1, attributes: new Map() };
    } else if (depth === 1 && current) {
      const attr = /^\s*([A-Za-z_][\w-]*)\s*=\s*(.*?)\s*$/.exec(line);
      if (attr) current.attributes.set(attr[1], { value: attr[2], line: i + 1 });
    }
    for (const c of line.replace(/"(?:[^"\\]|\\.)*"/g, '""')) {
      if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (depth === 0 && current) {
          found.push(current);
          current = undefined;
        }
      }
    }
  });
  return found;
}

export function terraformPins(file: string, text: string): CaPin[] {
  const pins: CaPin[] = [];
  if (file.endsWith('.tfvars')) {
    stripComments(text).split('\n').forEach((line, i) => {
      const m = /^\s*([A-Za-z_]\w*)\s*=\s*(.*?)\s*$/.exec(line);
      if (m && /ca_cert(?:ificate)?_identifier$/.test(m[1])) {
        pins.push({ file, line: i + 1, resource: 'tfvars', attribute: m[1], tool: 'terraform', syntax: 'hcl', value: valueOf(m[2]) });
      }
    });
    return pins;
  }
  for (const block of blocks(text)) {
    const resource = /^resource\s+"([^"]+)"\s+"([^"]+)"$/.exec(block.header);
    const module = /^module\s+"([^"]+)"$/.exec(block.header);
    if (resource && RESOURCE_ATTRIBUTES[resource[1]]) {
      const { attribute, absentMatters } = RESOURCE_ATTRIBUTES[resource[1]];
      const name = `${resource[1]}.${resource[2]}`;
      const set = block.attributes.get(attribute);
      if (set) pins.push({ file, line: set.line, resource: name, attribute, tool: 'terraform', syntax: 'hcl', value: valueOf(set.value) });
      else if (absentMatters) pins.push({ file, line: block.line, resource: name, attribute, tool: 'terraform', syntax: 'hcl', value: { kind: 'absent' } });
    } else if (module) {
      for (const [attribute, set] of block.attributes) {
        if (MODULE_ATTRIBUTES.test(attribute)) {
          pins.push({ file, line: set.line, resource: `module.${module[1]}`, attribute, tool: 'terraform', syntax: 'hcl', value: valueOf(set.value) });
        }
      }
    }
  }
  return pins;
}

/** `variable "x" { default = "..." }` literals, to resolve `var.x` within one module directory. */
export function terraformVariableDefaults(text: string): Map<string, string> {
  const defaults = new Map<string, string>();
  for (const block of blocks(text)) {
    const variable = /^variable\s+"([^"]+)"$/.exec(block.header);
    const value = block.attributes.get('default');
    const literal = value && valueOf(value.value);
    if (variable && literal?.kind === 'literal') defaults.set(variable[1], literal.ca);
  }
  return defaults;
}

/** Replaces `var.x` expressions by the literal default of variable x, where one is known. */
export function resolveVariables(pins: CaPin[], defaults: Map<string, string>): CaPin[] {
  return pins.map((pin) => {
    if (pin.value.kind !== 'expression') return pin;
    const ref = /^var\.([A-Za-z_][\w-]*)$/.exec(pin.value.text);
    const ca = ref && defaults.get(ref[1]);
    return ca ? { ...pin, value: { kind: 'literal', ca } } : pin;
  });
}

/** Terraform's files: configuration, variable files, Terragrunt. */
export function isTerraformFile(path: string): boolean {
  return /\.(?:tf|tf\.json|tfvars|tfvars\.json|hcl)$/.test(path);
}

export async function terraformFacts(input: { candidates: readonly string[]; files: readonly string[]; read: (path: string) => string | undefined }): Promise<IacFacts> {
  const pins = input.candidates.flatMap((file) => {
    const text = input.read(file);
    return text === undefined || !/\.(?:tf|tfvars)$/.test(file) ? [] : terraformPins(file, text);
  });
  const dirs = new Set(pins.filter((p) => p.value.kind === 'expression' && p.value.text.startsWith('var.')).map((p) => p.file.slice(0, p.file.lastIndexOf('/') + 1)));
  const defaults = new Map<string, Map<string, string>>();
  for (const file of input.files) {
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    if (!file.endsWith('.tf') || !dirs.has(dir)) continue;
    const text = input.read(file);
    if (text === undefined) continue;
    const known = defaults.get(dir) ?? new Map<string, string>();
    for (const [k, v] of terraformVariableDefaults(text)) known.set(k, v);
    defaults.set(dir, known);
  }
  return { pins: pins.flatMap((pin) => resolveVariables([pin], defaults.get(pin.file.slice(0, pin.file.lastIndexOf('/') + 1)) ?? new Map())), declarations: [], problems: [] };
}
