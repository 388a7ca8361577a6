// fast-check arbitraries for what a hostile or broken client sends: strings PostgreSQL cannot store (NUL),
// injection attempts, lone surrogates, huge values, wrong types, missing fields. An input object is built
// from a zod object schema's own keys, each field either a plausible value or a hostile one, so the
// property reaches past the first failed check.
import fc from "fast-check";
import type { $ZodType } from "zod/v4/core";

export const HOSTILE_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "'; DROP TABLE \"RecoveryRequest\"; --",
  "<script>alert(1)</script>",
  "\u202Eevil",
  "\uD800",
  "😀".repeat(40),
  "null",
  "__proto__",
  "constructor",
  "$",
  "$$",
  "$1",
  "NaN",
  "-1",
  "1e309",
  "99999999999999999999",
  " 007 ",
  "\r\n",
  "%00",
  "../../etc/passwd",
  "x".repeat(5_000),
];

export const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constant("A".repeat(200_000)) },
);

const leaf = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: leaf },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom("__proto__", "constructor", "a", "$"), leaf, { maxKeys: 3 }) },
);

/**
 * An input for a zod object schema, from its own keys: a valid input with one field made hostile (so the
 * property reaches past the first failed check), a free mix of valid, hostile and missing fields with an
 * unknown key, or something hostile instead of an object. `valid` gives a valid value for each field.
 */
export function inputFor(schema: $ZodType | readonly string[], valid: Record<string, fc.Arbitrary<unknown>> = {}): fc.Arbitrary<unknown> {
  const keys = schemaKeys(schema);
  const validOf = (key: string) => valid[key] ?? hostileValue;
  const base = fc.record(Object.fromEntries(keys.map((key) => [key, validOf(key)])));
  const oneBad = fc.tuple(base, fc.constantFrom(...keys), hostileValue, fc.boolean()).map(([input, key, value, drop]) => {
    const out: Record<string, unknown> = { ...input, [key]: value };
    if (drop) delete out[key];
    return out;
  });
  const mixed = fc.record(
    { ...Object.fromEntries(keys.map((key) => [key, fc.oneof(validOf(key), hostileValue)])), extra: hostileValue },
    { requiredKeys: [] },
  );
  return fc.oneof({ weight: 4, arbitrary: oneBad }, { weight: 2, arbitrary: mixed }, { weight: 1, arbitrary: base }, { weight: 1, arbitrary: hostileValue });
}

/** Values every field gets once, on an otherwise valid input, before the random cases. */
export const EDGE_VALUES: unknown[] = ["a\u0000b", "\uD800", "A".repeat(200_000), 12345, null, ["x"], { $: 1 }];

/** One input per (field, edge value): the deterministic part of each property (fast-check `examples`). */
export function edgeCases(schema: $ZodType | readonly string[], valid: Record<string, fc.Arbitrary<unknown>>): Record<string, unknown>[] {
  const keys = schemaKeys(schema);
  const base = Object.fromEntries(keys.map((key) => [key, valid[key] ? fc.sample(valid[key], { numRuns: 1, seed: 1 })[0] : ""]));
  return keys.flatMap((key) => EDGE_VALUES.map((value) => ({ ...base, [key]: value })));
}

/**
 * The field names of an object schema, also behind .transform() (a pipe) or .superRefine(); or the names
 * themselves, for a schema the test runner cannot import (lib/console/schemas.ts pulls in a JSON module).
 */
function schemaKeys(schema: $ZodType | readonly string[]): string[] {
  if (Array.isArray(schema)) return [...schema];
  const s = schema as unknown as { shape?: Record<string, unknown>; def?: { in?: $ZodType } };
  if (s.shape) return Object.keys(s.shape);
  if (s.def?.in) return schemaKeys(s.def.in);
  throw new Error("schemaKeys: not an object schema");
}

/** How many cases per property: FUZZ_RUNS (default 15 in `npm test`; `npm run bench:faults` runs more). */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 15);

/** A test timeout that grows with FUZZ_RUNS (Playwright's default 60 s fits the default runs). */
export const FUZZ_TIMEOUT = 60_000 + Math.max(0, FUZZ_RUNS - 15) * 4_000;

/** fast-check's options: the examples first, then FUZZ_RUNS × `factor` random cases (examples count as runs). */
export function runs<T>(examples: T[], factor = 1): { numRuns: number; examples: T[] } {
  return { numRuns: examples.length + FUZZ_RUNS * factor, examples };
}
