/** CA pins from evaluated values: a literal where it is written, anything else a notice at the receiver. */
import type { CaPin, PinnedValue } from '../../../model/iac.js';
import type { Loc } from './syntax-model.js';
import type { Outcome } from './values.js';

/** What receives a CA: a resource's or module call's argument, a Terragrunt input, a variable. */
export interface Receiver {
  resource: string;
  attribute: string;
  /** The receiving block (resource, module call, variable), or the lines of an assignment outside one. */
  block: Loc & { endLine: number };
  /** The attribute that sets the value, when set. */
  set?: { line: number; text: string; file: string };
  absentMatters: boolean;
}

function toolOf(file: string): CaPin['tool'] {
  return file.endsWith('.hcl') ? 'terragrunt' : 'terraform';
}

/** The syntax of the file a value is written in: Terraform's own, or a CI file or script that sets a variable. */
export function syntaxOf(file: string): CaPin['syntax'] {
  if (file.endsWith('.json')) return 'json';
  if (/\.ya?ml$/.test(file)) return 'yaml';
  if (/\.(?:tf|tofu|tfvars|hcl)$/.test(file)) return 'hcl';
  return 'shell';
}

const MAY_BE_NULL =
  "it may be left unset (null), and then the CA is AWS's default for new launches in that region, or whatever the existing database has";

/**
 * One pin per candidate value; literals where written, anything else at the receiver. A `null`
 * beside other candidates is a notice that the value may be left unset; alone, the attribute is
 * unset (absent). The notices (values the repository does not decide) of one resource at one line
 * are one notice.
 */
export function pinsOf(receiver: Receiver, outcomes: Outcome[]): CaPin[] {
  const { block, set } = receiver;
  const here: Loc = set ? { file: set.file, line: set.line } : { file: block.file, line: block.line };
  const base = (at: Loc, value: PinnedValue, via: string[]): CaPin => {
    const pin: CaPin = {
      file: at.file,
      line: at.line,
      resource: receiver.resource,
      attribute: receiver.attribute,
      tool: toolOf(at.file),
      syntax: syntaxOf(at.file),
      value,
    };
    const inside = at.file === block.file && at.line >= block.line && at.line <= block.endLine;
    if (!inside) pin.declaredAt = { file: block.file, line: block.line };
    if (via.length) pin.via = via;
    return pin;
  };
  if (!outcomes.length)
    return [
      base(here, { kind: 'expression', text: set?.text ?? '', missing: 'no value reaches it (a key or output that is not defined)' }, []),
    ];
  const onlyNull = outcomes.every((o) => o.v.k === 'null');
  const pins = outcomes.flatMap((o): CaPin[] => {
    switch (o.v.k) {
      case 'str':
        return [base(o.at, { kind: 'literal', ca: o.v.s }, o.via)];
      case 'null':
        if (!receiver.absentMatters) return [];
        return [base(here, onlyNull ? { kind: 'absent' } : { kind: 'expression', text: set?.text ?? '', missing: MAY_BE_NULL }, o.via)];
      case 'unknown':
        return [base(here, { kind: 'expression', text: o.v.text, missing: o.v.missing }, o.via)];
      default:
        return [
          base(
            here,
            { kind: 'expression', text: set?.text ?? '', missing: `the value is a ${o.v.k === 'obj' ? 'map' : 'list'}, not a CA name` },
            o.via,
          ),
        ];
    }
  });
  return oneNoticePerLine(pins);
}

/** Merges the notices (expression and absent pins) of one resource at one line into one. */
function oneNoticePerLine(pins: CaPin[]): CaPin[] {
  const notices = new Map<string, CaPin>();
  const out: CaPin[] = [];
  for (const pin of pins) {
    if (pin.value.kind === 'literal') {
      out.push(pin);
      continue;
    }
    const key = `${pin.file}\u0000${pin.line}\u0000${pin.resource}\u0000${pin.attribute}`;
    const first = notices.get(key);
    if (!first) {
      notices.set(key, pin);
      out.push(pin);
      continue;
    }
    const missing = (p: CaPin): string[] =>
      p.value.kind === 'expression' ? [p.value.missing ?? 'the repository alone cannot evaluate it'] : [MAY_BE_NULL];
    const reasons = [...new Set([...missing(first), ...missing(pin)])];
    const text = first.value.kind === 'expression' ? first.value.text : pin.value.kind === 'expression' ? pin.value.text : '';
    first.value =
      first.value.kind === 'absent' && pin.value.kind === 'absent'
        ? first.value
        : { kind: 'expression', text, missing: reasons.join('; or ') };
  }
  return out;
}

/** The notice for a database module from outside the repository called without a CA: `who` comes from `origin`. */
export function defaultCaNotice(at: Loc, resource: string, text: string, who: string, origin: string): CaPin {
  return {
    file: at.file,
    line: at.line,
    resource,
    attribute: 'ca_cert_identifier',
    tool: toolOf(at.file),
    syntax: syntaxOf(at.file),
    value: { kind: 'expression', text, missing: `${who} comes from ${origin}, whose default CA is not in the repository` },
  };
}
