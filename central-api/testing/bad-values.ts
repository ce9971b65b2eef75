/**
 * Values for a fuzzer, from the JSON schema a field is documented with: mostly the right shape with
 * awkward content (control characters, lone surrogates, huge text, ids of nothing, impossible dates,
 * numbers at the edges), so requests get past the first check to the code and database behind it, and
 * now and then something of the wrong type altogether.
 */
import fc from 'fast-check';

export type JsonSchema = {
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

const awkwardCharacter = fc.constantFrom(
  ...['\u0000', '\u0001', '\u0008', '\u001b', '\u001f', '\u007f', '\t', '\n', '\r', '\u2028', '\ufeff'],
  ...['\ud800', '"', "'", '\\', '%', ';', ',', '=', '+', '@', 'a', 'é', '0', ' '],
);
export const awkwardText = fc.string({ unit: awkwardCharacter, minLength: 1, maxLength: 24 });
export const hugeText = (max: number) =>
  fc.integer({ min: Math.min(1_000, max), max }).map((n) => 'é'.repeat(n));

const badUuid = fc.oneof(
  fc.uuid().map((u) => u.slice(0, -1)),
  fc.uuid().map((u) => `${u}\u0000`),
  fc.uuid().map((u) => u.replaceAll('-', '')),
  fc.constantFrom('not-a-uuid', '', '00000000-0000-0000-0000-000000000000', '../../etc/passwd', 'null'),
);
const oddDate = fc.constantFrom(
  ...['2024-02-30', '0000-01-01', '9999-12-31', '275760-09-13', '2024-13-01', 'yesterday'],
  ...['2024-01-01T25:00:00Z', '2024-01-01T00:00:00+99:00', '1970-01-01T00:00:00Z', '2024-06-01'],
);
const oddNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(2 ** 31, 2 ** 53 + 2, -1, -0, 0, 1, 1e308, 0.5, Number.MAX_SAFE_INTEGER),
);

/** Anything at all, of any type: what a field of the wrong type is sent. */
export function anyValue(ids: string[], maxText: number): fc.Arbitrary<unknown> {
  const one = fc.oneof(
    awkwardText,
    hugeText(maxText),
    oddNumber,
    fc.boolean(),
    fc.constant(null),
    badUuid,
    fc.constantFrom(...ids),
    oddDate,
  );
  return fc.oneof(
    { weight: 6, arbitrary: one },
    fc.array(one, { maxLength: 3 }),
    fc.dictionary(awkwardText, one, { maxKeys: 3 }),
  );
}

function text(schema: JsonSchema, ids: string[], maxText: number): fc.Arbitrary<unknown> {
  switch (schema.format) {
    case 'uuid':
      return fc.oneof(fc.constantFrom(...ids), fc.uuid(), badUuid);
    case 'date':
    case 'date-time':
      return fc.oneof(
        oddDate,
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      );
    case 'email':
      return fc.oneof(
        awkwardText.map((s) => `${s}@school.test`),
        awkwardText,
      );
    default:
      return fc.oneof({ weight: 4, arbitrary: awkwardText }, hugeText(maxText), fc.string());
  }
}

function ofType(schema: JsonSchema, ids: string[], maxText: number): fc.Arbitrary<unknown> {
  const branches = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (branches) return fc.oneof(...branches.map((b) => nearlyValid(b, ids, maxText)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      return text(schema, ids, maxText);
    case 'integer':
    case 'number':
      return oddNumber;
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(nearlyValid(schema.items ?? {}, ids, maxText), { maxLength: 3 });
    case 'object': {
      const fields = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([k, s]) => [k, nearlyValid(s, ids, maxText)]),
      );
      return fc.oneof(
        { weight: 4, arbitrary: fc.record(fields, { requiredKeys: schema.required ?? [] }) },
        fc.record(fields, { requiredKeys: [] }),
      );
    }
    default:
      return anyValue(ids, maxText);
  }
}

/** A value for a field documented by `schema`; `ids` are rows that exist, `maxText` caps huge text. */
export function nearlyValid(schema: JsonSchema, ids: string[], maxText: number): fc.Arbitrary<unknown> {
  const shaped = ofType(schema, ids, maxText);
  return fc.oneof(
    { weight: 8, arbitrary: schema.nullable ? fc.oneof(shaped, fc.constant(null)) : shaped },
    { weight: 1, arbitrary: anyValue(ids, maxText) },
  );
}
