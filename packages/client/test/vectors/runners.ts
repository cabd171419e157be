// One runner per vector file: the shapes its cases must have and how a case is run through the
// client's own pure functions. A case of another shape fails (strict schemas), so a new field in
// a vector file cannot be silently ignored.
import { expect } from 'vitest';
import { z } from 'zod';
import { SecureAIStudio } from '../../src/client.js';
import { APIConnectionError } from '../../src/core/errors.js';
import { parseContentRange } from '../../src/core/binary.js';
import { hasNextPage } from '../../src/core/pagination.js';
import { inferContentType } from '../../src/core/uploads.js';
import { checkHeader, isValidHeaderValue } from '../../src/internal/headers.js';
import { buildPath } from '../../src/internal/path.js';
import { apiErrorFrom, connectionError } from '../../src/internal/problem.js';
import { redact, redactHeaders } from '../../src/internal/redact.js';
import { backoffDelay, parseRetryAfter, shouldRetry, type AttemptFailure } from '../../src/internal/retry-policy.js';
import { readServerSentEvents, type SseMessage } from '../../src/internal/sse.js';

/** How one vector file is checked. */
export interface Runner<I, E> {
  input: z.ZodType<I>;
  expected: z.ZodType<E>;
  run(input: I, expected: E): void | Promise<void>;
}

const runner = <I, E>(r: Runner<I, E>): Runner<unknown, unknown> => r as Runner<unknown, unknown>;
const nullableString = z.string().nullable();
const secrets = z.array(z.string().nullable());
const headersObject = z.record(z.string(), z.string());
const lowerKeys = (h: Record<string, string>) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));

/** A body as chunks: whole, one byte at a time, and split in two at every byte offset (README). */
function chunkings(bytes: Uint8Array): [string, Uint8Array[]][] {
  const ways: [string, Uint8Array[]][] = [['one chunk', [bytes]], ['byte by byte', Array.from(bytes, (_, i) => bytes.subarray(i, i + 1))]];
  for (let i = 1; i < bytes.length; i++) ways.push([`split at byte ${i}`, [bytes.subarray(0, i), bytes.subarray(i)]]);
  return ways;
}

async function readAll(chunks: Uint8Array[]): Promise<SseMessage[]> {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      controller.close();
    },
  });
  const out: SseMessage[] = [];
  for await (const m of readServerSentEvents(body)) out.push(m);
  return out;
}

/** Every payload `client.graphql.subscribe` yields when the server answers with these chunks. */
async function subscribePayloads(chunks: Uint8Array[]): Promise<unknown[]> {
  const fetch = async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const c of chunks) controller.enqueue(c);
          controller.close();
        },
      }),
      { headers: { 'content-type': 'text/event-stream' } },
    );
  const client = new SecureAIStudio({ apiKey: 'sk_test_vectors', baseURL: 'http://vectors.test', validation: 'strict', fetch });
  const out: unknown[] = [];
  for await (const payload of await client.graphql.subscribe('subscription { jobEvents(jobId: "job_1") { event } }')) out.push(payload);
  return out;
}

const hexBytes = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (b) => parseInt(b, 16));

export const runners: Record<string, Runner<unknown, unknown>> = {
  'retry-after.json': runner({
    input: z.strictObject({ value: nullableString, now: z.iso.datetime() }),
    expected: z.strictObject({ delayMs: z.number().nullable() }),
    run({ value, now }, { delayMs }) {
      const got = parseRetryAfter(value, Date.parse(now));
      if (delayMs === null) expect(got).toBeUndefined();
      else expect(Math.abs((got ?? NaN) - delayMs)).toBeLessThanOrEqual(1);
    },
  }),

  'backoff.json': runner({
    input: z.strictObject({ retry: z.number().int().min(1), random: z.number().min(0).lt(1) }),
    expected: z.strictObject({ delayMs: z.number(), minMs: z.number(), maxMs: z.number() }),
    run({ retry, random }, { delayMs, minMs, maxMs }) {
      expect(Math.abs(backoffDelay(retry, random) - delayMs)).toBeLessThanOrEqual(1);
      // The bounds for any draw: U = 0 gives the maximum, U → 1 the minimum.
      expect(Math.abs(backoffDelay(retry, 0) - maxMs)).toBeLessThanOrEqual(1);
      expect(Math.abs(backoffDelay(retry, 1 - Number.EPSILON) - minMs)).toBeLessThanOrEqual(1);
    },
  }),

  'retry-decision.json': runner({
    input: z.strictObject({
      failure: z.union([
        z.strictObject({ status: z.number().int(), code: z.string().optional() }),
        z.strictObject({ connectionError: z.literal(true) }),
        z.strictObject({ timeout: z.literal(true) }),
      ]),
      method: z.string(),
      idempotencyKey: z.boolean(),
      retriesLeft: z.number().int().min(0),
    }),
    expected: z.strictObject({ retry: z.boolean() }),
    run({ failure, method, idempotencyKey, retriesLeft }, { retry }) {
      expect(shouldRetry(failure as AttemptFailure, method, idempotencyKey, retriesLeft)).toBe(retry);
    },
  }),

  'path-segment.json': runner({
    input: z.strictObject({ value: z.string() }),
    expected: z.union([z.strictObject({ encoded: z.string() }), z.strictObject({ error: z.literal(true) })]),
    run({ value }, expected) {
      const build = () => buildPath('/templates/{templateId}', { templateId: value }, 'getTemplate');
      if ('encoded' in expected) expect(build()).toBe(`/templates/${expected.encoded}`);
      else expect(build).toThrow(/^getTemplate: path parameter 'templateId'/);
    },
  }),

  'header-value.json': runner({
    input: z.strictObject({ value: z.string() }),
    expected: z.strictObject({ valid: z.boolean() }),
    run({ value }, { valid }) {
      expect(isValidHeaderValue(value)).toBe(valid);
      const check = () => checkHeader("updateTemplate: parameter 'ifMatch' (If-Match)", value);
      if (valid) expect(check()).toBe(value);
      else expect(check).toThrow(/^updateTemplate: parameter 'ifMatch' \(If-Match\) may contain only visible ASCII, space and tab/);
    },
  }),

  'error-message.json': runner({
    input: z.strictObject({ status: z.number().int(), headers: headersObject, body: nullableString }),
    expected: z.strictObject({
      message: z.string(),
      code: z.string().optional(),
      requestId: z.string().optional(),
      detail: z.string().optional(),
      title: z.string().optional(),
      errors: z.array(z.strictObject({ location: z.string(), name: z.string(), message: z.string() })).optional(),
    }),
    run({ status, headers, body }, expected) {
      const error = apiErrorFrom(status, new Headers(headers), body ?? '', []);
      expect(error.status).toBe(status);
      // Fields not listed under `expected` are not compared (README).
      expect(Object.fromEntries(Object.keys(expected).map((k) => [k, error[k as keyof typeof error]]))).toEqual(expected);
    },
  }),

  'redaction.json': runner({
    input: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('text'), secrets, text: z.string() }),
      z.strictObject({ kind: z.literal('headers'), secrets, headers: headersObject }),
      z.strictObject({ kind: z.literal('causes'), secrets, messages: z.array(z.string()).min(1) }),
    ]),
    expected: z.union([
      z.strictObject({ text: z.string() }),
      z.strictObject({ headers: headersObject }),
      z.strictObject({ messages: z.array(z.string()) }),
    ]),
    run(input, expected) {
      const keys = input.secrets;
      if (input.kind === 'text') expect({ text: redact(input.text, keys) }).toEqual(expected);
      else if (input.kind === 'headers') {
        const out = Object.fromEntries(redactHeaders(new Headers(input.headers), keys as string[]));
        expect('headers' in expected && out).toEqual('headers' in expected && lowerKeys(expected.headers));
      } else {
        const [outer, ...causes] = input.messages;
        const chain = causes.reduceRight<Error | undefined>((cause, m) => new Error(m, cause ? { cause } : undefined), undefined);
        const error: unknown = connectionError(outer as string, chain, keys as string[]);
        expect(error).toBeInstanceOf(APIConnectionError);
        const seen: string[] = [];
        for (let e = error; e instanceof Error; e = e.cause) seen.push(e.message);
        expect({ messages: seen }).toEqual(expected);
      }
    },
  }),

  'content-range.json': runner({
    input: z.strictObject({ value: nullableString }),
    expected: z.strictObject({ unit: z.string(), start: z.number().optional(), end: z.number().optional(), size: z.number().optional() }).nullable(),
    run({ value }, expected) {
      expect(parseContentRange(value) ?? null).toStrictEqual(expected);
    },
  }),

  'sse.json': runner({
    input: z.strictObject({ stream: z.string() }),
    expected: z.strictObject({ events: z.array(z.strictObject({ event: z.string(), data: z.string(), id: z.string().optional() })) }),
    async run({ stream }, { events }) {
      for (const [how, chunks] of chunkings(new TextEncoder().encode(stream))) {
        expect({ how, events: await readAll(chunks) }).toStrictEqual({ how, events });
      }
    },
  }),

  'graphql-sse.json': runner({
    input: z.strictObject({ stream: z.string() }),
    expected: z.strictObject({ payloads: z.array(z.unknown()) }),
    // Through subscribe itself: the SSE reader, the `next`/`complete` selection and R7 validation.
    async run({ stream }, { payloads }) {
      for (const [how, chunks] of chunkings(new TextEncoder().encode(stream)).slice(0, 2)) {
        expect({ how, payloads: JSON.parse(JSON.stringify(await subscribePayloads(chunks))) }).toStrictEqual({ how, payloads });
      }
    },
  }),

  'pagination.json': runner({
    input: z.strictObject({
      requestCursor: nullableString,
      response: z.strictObject({ data: z.array(z.unknown()), nextCursor: nullableString.optional() }),
    }),
    expected: z.strictObject({ continue: z.boolean() }),
    run({ requestCursor, response }, expected) {
      expect(hasNextPage(response.nextCursor, requestCursor)).toBe(expected.continue);
    },
  }),

  'upload-content-type.json': runner({
    input: z.strictObject({ filename: nullableString, bytesHex: z.string().regex(/^([0-9a-f]{2})*$/i), contentType: nullableString }),
    expected: z.union([z.strictObject({ contentType: z.string() }), z.strictObject({ error: z.strictObject({ option: z.string() }) })]),
    run({ filename, bytesHex, contentType }, expected) {
      const infer = () => inferContentType(filename ?? undefined, hexBytes(bytesHex), contentType ?? undefined, 'uploadReferenceImage');
      if ('contentType' in expected) expect(infer()).toBe(expected.contentType);
      else expect(infer).toThrow(new RegExp(`^uploadReferenceImage: cannot tell the content type of option '${expected.error.option}'`));
    },
  }),
};
