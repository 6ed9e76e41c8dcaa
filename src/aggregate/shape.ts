/**
 * Checks that parsed JSON has the shape the model's types describe, without copying it: a shard
 * report holds tens of thousands of databases, and a copying validator doubled the time to read them.
 * A check answers undefined, or where (the path) and what was expected there.
 */
export interface Mismatch {
  path: Array<string | number>;
  expected: string;
  got: string;
}
export type Shape = (value: unknown) => Mismatch | undefined;

const kind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);
const fail = (expected: string, v: unknown): Mismatch => ({ path: [], expected, got: kind(v) });
/** For a value out of a list: the value itself when it is short. */
const failValue = (expected: string, v: unknown): Mismatch => ({
  path: [],
  expected,
  got: ['string', 'number', 'boolean'].includes(typeof v) && String(v).length <= 40 ? JSON.stringify(v) : kind(v),
});
const at = (m: Mismatch, key: string | number): Mismatch => (m.path.unshift(key), m);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const string: Shape = (v) => (typeof v === 'string' ? undefined : fail('a string', v));
export const number: Shape = (v) => (typeof v === 'number' && Number.isFinite(v) ? undefined : fail('a number', v));
export const boolean: Shape = (v) => (typeof v === 'boolean' ? undefined : fail('true or false', v));
export const anyObject: Shape = (v) => (isObject(v) ? undefined : fail('an object', v));

export function oneOf(...values: ReadonlyArray<string | number | boolean>): Shape {
  const expected = values.map((x) => JSON.stringify(x)).join(' or ');
  return (v) => (values.includes(v as string) ? undefined : failValue(expected, v));
}

export const optional =
  (shape: Shape): Shape =>
  (v) =>
    v === undefined ? undefined : shape(v);

export const nullable =
  (shape: Shape): Shape =>
  (v) =>
    v === null ? undefined : shape(v);

export function array(shape: Shape): Shape {
  return (v) => {
    if (!Array.isArray(v)) return fail('an array', v);
    for (let i = 0; i < v.length; i++) {
      const m = shape(v[i]);
      if (m) return at(m, i);
    }
    return undefined;
  };
}

export function record(shape: Shape): Shape {
  return (v) => {
    if (!isObject(v)) return fail('an object', v);
    for (const key in v) {
      const m = shape(v[key]);
      if (m) return at(m, key);
    }
    return undefined;
  };
}

/** An object with these fields (others are let through); `T` makes the shape name every field of the type. */
export function object<T>(fields: { [K in keyof T]-?: Shape }): Shape {
  const entries = Object.entries(fields) as Array<[string, Shape]>;
  return (v) => {
    if (!isObject(v)) return fail('an object', v);
    for (const [key, shape] of entries) {
      const m = shape(v[key]);
      if (m) return at(m, key);
    }
    return undefined;
  };
}

/** One of several objects, told apart by the value of `tag`. */
export function variants(tag: string, shapes: Record<string, Shape>): Shape {
  const expected = Object.keys(shapes)
    .map((k) => JSON.stringify(k))
    .join(' or ');
  return (v) => {
    if (!isObject(v)) return fail('an object', v);
    const value = String(v[tag]);
    return Object.hasOwn(shapes, value) ? shapes[value](v) : at(failValue(expected, v[tag]), tag);
  };
}

/** `path: expected …, got …`. */
export function describeMismatch(m: Mismatch): string {
  return `${m.path.length ? `${m.path.join('.')}: ` : ''}expected ${m.expected}, got ${m.got}`;
}
