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

/** R9.3: builds multipart/form-data from a body object; nested values are sent as JSON. */
export function toFormData(body: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    if (value instanceof Blob) form.append(key, value, value instanceof File ? value.name : key);
    else if (value instanceof Uint8Array || value instanceof ArrayBuffer) form.append(key, new Blob([value as BlobPart]), key);
    else if (typeof value === 'object') form.append(key, JSON.stringify(value));
    else form.append(key, String(value));
  }
  return form;
}
