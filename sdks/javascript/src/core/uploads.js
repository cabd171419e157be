// Hand-written runtime: the content type of an uploaded file part (docs/sdk-behavior.md R9.3).
// The server checks it (uploadReferenceImage takes PNG, JPEG and WebP), so `application/
// octet-stream` would be refused with a 422 after the upload: the SDK decides before sending.
// Only the image types the API accepts are known; other types must be given by the caller.

const BY_EXTENSION = {png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp'};

const startsWith = (bytes, signature, offset = 0) =>
    bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);

const ascii = (text) => [...text].map((ch) => ch.charCodeAt(0));

/** Magic numbers: PNG's 8-byte signature, JPEG's SOI marker, a RIFF container of type WEBP. */
const SIGNATURES = [
    {type: 'image/png', test: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])},
    {type: 'image/jpeg', test: (b) => startsWith(b, [0xff, 0xd8, 0xff])},
    {type: 'image/webp', test: (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8)},
];

/** Bytes {@link uploadContentType} needs to see from the start of a file. */
export const SNIFF_LENGTH = 12;

/**
 * R9.3: the content type of a file part: the caller's when given, else by the file name's
 * extension, else by the magic number of the first bytes; otherwise a TypeError naming the
 * option, raised before anything is sent.
 * @param {{filename?: string|null, bytes: Uint8Array, contentType?: string|null}} file
 *     `bytes` needs only the first {@link SNIFF_LENGTH} bytes
 * @param {string} [option='file'] the option (form field) that holds the file
 * @param {string} [operationId] for the message
 */
export function uploadContentType({filename, bytes, contentType}, option = 'file', operationId) {
    if (typeof contentType === 'string' && contentType !== '') {
        return contentType;
    }
    const extension = typeof filename === 'string' && /\.([^./\\]+)$/.exec(filename)?.[1]?.toLowerCase();
    if (extension && Object.prototype.hasOwnProperty.call(BY_EXTENSION, extension)) {
        return BY_EXTENSION[extension];
    }
    const sniffed = SIGNATURES.find((signature) => signature.test(bytes ?? new Uint8Array()));
    if (sniffed) {
        return sniffed.type;
    }
    const where = operationId ? `${operationId}: option '${option}'` : `option '${option}'`;
    throw new TypeError(`${where}: cannot tell the file's content type (no .png/.jpg/.jpeg/.webp file name and `
        + `the bytes are not PNG, JPEG or WebP); pass a File or Blob with a type, e.g. new File([bytes], 'ref.png', {type: 'image/png'})`);
}
