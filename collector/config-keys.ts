// Unknown keys in the config ("evry" for "every", "source" for "sources"), found by walking the parsed JSON
// beside its zod schema: each z.object's shape is the list of keys allowed there, so adding a key to the
// schema is the only change a new setting needs. Each unknown key is named with the nearest known one.
import type { z } from 'zod';

export interface KeyProblem {
  path: (string | number)[];
  message: string;
}

/** The parts of a zod definition the walk reads (zod 4's `def`). */
interface WalkDef {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
}

const defOf = (schema: z.ZodType) => schema.def as unknown as WalkDef;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** The schema under optional/default/prefault/pipe wrappers. */
export function unwrapSchema(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let def = defOf(current); ; def = defOf(current)) {
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** The keys an object schema allows, or undefined when it is not an object schema. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  return defOf(unwrapSchema(schema)).shape;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Optimal string alignment distance: an edit, or two letters swapped ("evrey"), costs 1. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** "did you mean …" when the key is a near miss, else the nearest key and the full list. */
export function unknownKeyMessage(key: string, known: readonly string[]): string {
  if (!known.length) return `unknown key "${key}": nothing may be set here`;
  const folded = key.toLowerCase();
  const [nearest] = [...known].sort((a, b) => editDistance(folded, a.toLowerCase()) - editDistance(folded, b.toLowerCase()));
  const distance = editDistance(folded, nearest!.toLowerCase());
  if (distance <= Math.max(2, Math.floor(key.length / 3))) return `unknown key "${key}": did you mean "${nearest}"?`;
  return `unknown key "${key}": the nearest known one is "${nearest}" (known here: ${known.join(', ')})`;
}

/**
 * Every key of `value` that `schema` does not allow, at any depth (objects, arrays of objects). An object
 * schema marked loose (`.loose()`) delegates its extra keys to whoever declares them: pass `extend` to
 * give the extra keys of such an object at a path (a source's adapter fields).
 */
export function findUnknownKeys(
  schema: z.ZodType,
  value: unknown,
  path: (string | number)[] = [],
  extend: (path: (string | number)[], value: Record<string, unknown>) => Record<string, z.ZodType> | undefined = () => undefined,
): KeyProblem[] {
  const def = defOf(unwrapSchema(schema));
  const problems: KeyProblem[] = [];
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    value.forEach((item, i) => problems.push(...findUnknownKeys(def.element!, item, [...path, i], extend)));
  } else if (def.type === 'record' && def.valueType && isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) problems.push(...findUnknownKeys(def.valueType, item, [...path, key], extend));
  } else if (def.shape && isPlainObject(value)) {
    const loose = def.catchall && defOf(def.catchall).type === 'unknown';
    const extra = loose ? extend(path, value) : {};
    // A loose object nobody extends has no list of its extra keys to check against.
    const shape = { ...def.shape, ...(extra ?? {}) };
    for (const [key, item] of Object.entries(value)) {
      const field = shape[key];
      if (field) problems.push(...findUnknownKeys(field, item, [...path, key], extend));
      else if (!loose || extra) problems.push({ path: [...path, key], message: unknownKeyMessage(key, Object.keys(shape)) });
    }
  }
  return problems;
}
