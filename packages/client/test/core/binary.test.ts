import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { BinaryResponse, toFile } from '../../src/index.js';
import { example } from '../helpers/spec.js';
import { BASE_URL, json, makeClient, server, useServer } from '../helpers/server.js';

useServer();

const ASSET = 'ast_01JD8K3N5Q7S9U1W3Y5A7C9E1G';
// A PNG signature, then filler: what a real upload's first bytes look like (R9.3 sniffs them).
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG = Uint8Array.from({ length: 4096 }, (_, i) => PNG_SIGNATURE[i] ?? i % 251);

function serveContent() {
  const ranges: (string | null)[] = [];
  server.use(
    http.get(`${BASE_URL}/assets/${ASSET}/content`, ({ request }) => {
      const range = request.headers.get('range');
      ranges.push(range);
      const m = /^bytes=(\d+)-(\d*)$/.exec(range ?? '');
      if (!m) return new HttpResponse(PNG, { headers: { 'content-type': 'image/png', 'content-length': String(PNG.length) } });
      const start = Number(m[1]);
      const end = m[2] ? Number(m[2]) : PNG.length - 1;
      const part = PNG.slice(start, end + 1);
      return new HttpResponse(part, {
        status: 206,
        headers: { 'content-type': 'image/png', 'content-length': String(part.length), 'content-range': `bytes ${start}-${end}/${PNG.length}` },
      });
    }),
  );
  return ranges;
}

describe('R9.2 binary download', () => {
  test('bytes() returns the whole file', async () => {
    serveContent();
    const content = await makeClient().assets.download(ASSET);
    expect(content).toBeInstanceOf(BinaryResponse);
    expect(content.status).toBe(200);
    expect(content.partial).toBe(false);
    expect(content.contentType).toBe('image/png');
    expect(content.contentLength).toBe(4096);
    expect(await content.bytes()).toEqual(PNG);
  });

  test('stream() yields the bytes incrementally; a second read fails clearly', async () => {
    serveContent();
    const content = await makeClient().assets.download(ASSET);
    const chunks: Uint8Array[] = [];
    for await (const chunk of content.stream() as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
    expect(Buffer.concat(chunks)).toEqual(Buffer.from(PNG));
    expect(() => content.stream()).toThrow(/already been read/);
  });

  test('a Range request gets 206 with the parsed Content-Range', async () => {
    const ranges = serveContent();
    const head = await makeClient().assets.downloadRange(ASSET, 0, 1023);
    expect(ranges).toEqual(['bytes=0-1023']);
    expect(head.partial).toBe(true);
    expect(head.contentRange).toEqual({ unit: 'bytes', start: 0, end: 1023, size: 4096 });
    expect(await head.bytes()).toEqual(PNG.slice(0, 1024));
    const tail = await makeClient().assets.download(ASSET, { range: 'bytes=4000-' });
    expect((await tail.bytes()).length).toBe(96);
  });

  test('downloadRange rejects impossible ranges before sending', () => {
    expect(() => makeClient().assets.downloadRange(ASSET, 10, 5)).toThrow(RangeError);
  });
});

describe('R9.3 multipart upload', () => {
  test('uploadReferenceImage sends multipart/form-data with the file part and an Idempotency-Key', async () => {
    let seen: { type: string | null; key: string | null; name?: string; size?: number; mime?: string; description?: FormDataEntryValue | null; bytes?: Uint8Array } = { type: null, key: null };
    server.use(
      http.post(`${BASE_URL}/assets`, async ({ request }) => {
        const form = await request.formData();
        const file = form.get('file') as File;
        seen = {
          type: request.headers.get('content-type'),
          key: request.headers.get('idempotency-key'),
          name: file.name,
          size: file.size,
          mime: file.type,
          description: form.get('description'),
          bytes: new Uint8Array(await file.arrayBuffer()),
        };
        return json(example('uploadReferenceImage'), { status: 201 });
      }),
    );
    const asset = await makeClient().assets.upload({ file: toFile(PNG, 'ref.png', 'image/png'), description: 'Brand colours' });
    expect(asset).toEqual(example('uploadReferenceImage'));
    expect(seen.type).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen).toMatchObject({ name: 'ref.png', size: 4096, mime: 'image/png', description: 'Brand colours' });
    expect(seen.bytes).toEqual(PNG);
  });

  /** Serves uploadReferenceImage and records the `file` part of every request. */
  function recordUploads(): File[] {
    const parts: File[] = [];
    server.use(
      http.post(`${BASE_URL}/assets`, async ({ request }) => {
        parts.push((await request.formData()).get('file') as File);
        return json(example('uploadReferenceImage'), { status: 201 });
      }),
    );
    return parts;
  }

  test('raw bytes are sent with the content type their magic number announces, named file', async () => {
    const parts = recordUploads();
    await makeClient().assets.upload({ file: PNG });
    await makeClient().assets.upload({ file: Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]).buffer });
    expect(parts.map((p) => [p.name, p.type, p.size])).toEqual([
      ['file', 'image/png', 4096],
      ['file', 'image/jpeg', 6],
    ]);
  });

  test('a File or Blob without a type gets one from its name, else from its bytes; an explicit type wins', async () => {
    const parts = recordUploads();
    const client = makeClient();
    await client.assets.upload({ file: new File([Uint8Array.from([1, 2, 3])], 'photo.WEBP') });
    await client.assets.upload({ file: new Blob([PNG]) });
    await client.assets.upload({ file: toFile(PNG, 'ref.png', 'image/x-custom') });
    expect(parts.map((p) => [p.name, p.type])).toEqual([
      ['photo.WEBP', 'image/webp'],
      ['file', 'image/png'],
      ['ref.png', 'image/x-custom'],
    ]);
  });

  test('bytes nothing identifies are an argument error naming file, before anything is sent', async () => {
    const parts = recordUploads();
    const error = await makeClient().assets.upload({ file: Uint8Array.from([0, 1, 2, 3]) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/^uploadReferenceImage: cannot tell the content type of option 'file'/);
    const named = await makeClient().assets.upload({ file: toFile(Uint8Array.from([0, 1]), 'data.bin') }).catch((e: unknown) => e);
    expect(named).toBeInstanceOf(TypeError);
    expect(parts).toEqual([]);
  });
});
