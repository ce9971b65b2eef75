/**
 * Bad requests for every operation of the OpenAPI document, generated with fast-check: wrong types, huge
 * strings, control characters, malformed ids and dates, missing, malformed or oversized bodies and content
 * types no route takes. What each operation is sent is read from the document the app serves, so a new
 * route is fuzzed without anyone listing it here.
 */
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { anyValue, awkwardText, hugeText, nearlyValid, type JsonSchema } from './bad-values.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

type OpenApiOperation = {
  parameters?: { in: string; name: string; schema?: JsonSchema }[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
};
export type OpenApiDocument = { paths: Record<string, Record<string, OpenApiOperation>> };

type Parameter = { name: string; schema: JsonSchema };

/** One operation as the fuzzer needs it. */
export type Operation = {
  method: Method;
  /** As the document writes it, with `{name}` for each path parameter. */
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  /** The content types of its body, and the schema of its JSON body (null when it takes none). */
  bodyTypes: string[];
  jsonBody: JsonSchema | null;
  /** An endless `text/event-stream` answer: the request is read up to its headers only. */
  streams: boolean;
};

export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, op]) => {
      const params = (where: string) =>
        (op.parameters ?? [])
          .filter((p) => p.in === where)
          .map((p) => ({ name: p.name, schema: p.schema ?? {} }));
      const content = op.requestBody?.content ?? {};
      return {
        method: method.toUpperCase() as Method,
        path,
        pathParams: params('path'),
        queryParams: params('query'),
        bodyTypes: Object.keys(content),
        jsonBody: content['application/json']?.schema ?? null,
        streams: Object.keys(op.responses?.['200']?.content ?? {}).includes('text/event-stream'),
      };
    }),
  );
}

/** In an address every value is text. */
const inAddress = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));

/** A lone surrogate cannot be percent-encoded: it goes as U+FFFD. */
const wellFormed = (text: string) => text.replace(/\p{Cs}/gu, '\ufffd');

type Body = { payload?: string; contentType?: string };

const oddContentType = fc.constantFrom(
  'text/plain',
  'application/xml',
  'text/csv',
  'multipart/form-data',
  'multipart/form-data; boundary=kd',
  'application/x-www-form-urlencoded',
  'application/json; charset=utf-16',
  'image/png',
  'application/octet-stream',
);
const malformedJson = fc.constantFrom(
  '{"name":',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
  '['.repeat(50_000),
  'null',
  '"\\u0000"',
  '{"name":"\\ud800"}',
  '',
);
const multipartPart = fc.constantFrom(
  '--kd\r\nContent-Disposition: form-data; name="picture"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\u0089PNG',
  '--kd\r\nContent-Disposition: form-data\r\n\r\nx\r\n--kd--\r\n',
  '--kd\r\n\r\n\r\n--kd--',
  'no boundary here',
);

function bodyOf(op: Operation, ids: string[]): fc.Arbitrary<Body> {
  const json = (v: unknown): Body => ({
    payload: JSON.stringify(v) ?? 'null',
    contentType: 'application/json',
  });
  const shaped = op.jsonBody ? nearlyValid(op.jsonBody, ids, 300_000) : anyValue(ids, 300_000);
  return fc.oneof(
    { weight: 8, arbitrary: shaped.map(json) },
    fc.constant<Body>({}),
    fc.constant<Body>({ contentType: 'application/json' }),
    anyValue(ids, 300_000).map(json),
    malformedJson.map((payload) => ({ payload, contentType: 'application/json' })),
    fc.record({ payload: fc.oneof(awkwardText, hugeText(2_000_000)), contentType: oddContentType }),
    multipartPart.map((payload) => ({ payload, contentType: 'multipart/form-data; boundary=kd' })),
    ...op.bodyTypes
      .filter((t) => t !== 'application/json')
      .map((contentType) =>
        fc.oneof(awkwardText, fc.string(), hugeText(100_000)).map((payload) => ({ payload, contentType })),
      ),
  );
}

/** Each documented parameter or none, a name sent twice now and then, and one nobody documented. */
function queryOf(op: Operation, ids: string[]): fc.Arbitrary<string> {
  const pairs = op.queryParams.map(({ name, schema }) =>
    fc
      .option(
        fc.oneof(
          { weight: 5, arbitrary: nearlyValid(schema, ids, 5_000).map((v) => [inAddress(v)]) },
          fc.array(nearlyValid(schema, ids, 100).map(inAddress), { minLength: 2, maxLength: 3 }),
        ),
        { nil: undefined },
      )
      .map((values) => (values ?? []).map((v) => [name, v] as [string, string])),
  );
  const unknown = fc.option(
    awkwardText.map((v) => [['unknown', v] as [string, string]]),
    { nil: undefined },
  );
  return fc
    .tuple(unknown, ...pairs)
    .map(([extra, ...sent]) => new URLSearchParams([...(extra ?? []), ...sent.flat()]).toString());
}

/** A request for the operation, every part of it generated (the caller adds who it is from). */
export function badRequestFor(
  op: Operation,
  ids: string[],
): fc.Arbitrary<InjectOptions & { url: string; headers: Record<string, string> }> {
  const pathValues = fc.tuple(...op.pathParams.map(({ schema }) => nearlyValid(schema, ids, 2_000)));
  return fc.tuple(pathValues, queryOf(op, ids), bodyOf(op, ids)).map(([values, query, body]) => {
    let path = op.path;
    op.pathParams.forEach(({ name }, i) => {
      path = path.replace(`{${name}}`, encodeURIComponent(wellFormed(inAddress(values[i]))));
    });
    const headers: Record<string, string> = {};
    if (body.contentType) headers['content-type'] = body.contentType;
    return {
      method: op.method,
      url: query ? `${path}?${query}` : path,
      headers,
      ...(body.payload === undefined ? {} : { payload: body.payload }),
      ...(op.streams ? { payloadAsStream: true } : {}),
    };
  });
}
