/**
 * File content accepted by upload methods (R9.3): a Blob/File, or raw bytes.
 *
 * @example
 * ```ts
 * const file: Uploadable = new Blob([bytes], { type: 'image/png' });
 * ```
 */
export type Uploadable = Blob | Uint8Array | ArrayBuffer;

/**
 * Wraps bytes as a named `File` so the multipart part carries a filename and content type.
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * const file = toFile(await readFile('ref.png'), 'ref.png', 'image/png');
 * await client.assets.uploadReferenceImage({ file });
 * ```
 */
export function toFile(data: Uploadable, filename: string, type?: string): File {
  return new File([data as BlobPart], filename, type ? { type } : {});
}

/**
 * R9.3: the content type of a file part: the caller's when given, else from the file name's
 * extension, else from the bytes' magic number (PNG, JPEG, WebP). The server rejects
 * `application/octet-stream`, so when none of them tells, this throws a TypeError naming the
 * option (`file`) before sending.
 *
 * @param head - The first bytes of the file (12 are enough).
 */
export function inferContentType(filename: string | undefined, head: Uint8Array, contentType: string | undefined, operationId: string, option = 'file'): string {
  const ext = /\.(png|jpe?g|webp)$/i.exec(filename ?? '')?.[1]?.toLowerCase().replace('jpg', 'jpeg');
  const magic = String.fromCharCode(...head.subarray(0, 12)); // one char per byte
  const sniffed = /^\x89PNG\r\n\x1a\n/.test(magic) ? 'png' : /^\xff\xd8\xff/.test(magic) ? 'jpeg' : /^RIFF[^]{4}WEBP/.test(magic) ? 'webp' : '';
  const type = contentType || ((ext || sniffed) && `image/${ext || sniffed}`);
  if (!type) throw new TypeError(`${operationId}: cannot tell the content type of option '${option}' (from a Blob type, a .png/.jpg/.jpeg/.webp name or image bytes)`);
  return type;
}

/**
 * R9.3: builds multipart/form-data from a body object; nested values are sent as JSON. File
 * parts (Blob, File or bytes) get a filename (`file` when none) and a content type.
 */
export async function toFormData(body: Record<string, unknown>, operationId: string): Promise<FormData> {
  const form = new FormData();
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    if (value instanceof Blob || value instanceof Uint8Array || value instanceof ArrayBuffer) {
      const blob = value instanceof Blob ? value : new Blob([value as BlobPart]);
      const name = value instanceof File ? value.name : undefined;
      const head = new Uint8Array(await blob.slice(0, 12).arrayBuffer());
      const type = inferContentType(name, head, blob.type, operationId, key);
      form.append(key, type === blob.type ? blob : new Blob([blob], { type }), name || key);
    } else form.append(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  return form;
}
