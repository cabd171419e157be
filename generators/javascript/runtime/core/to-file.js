// Hand-written runtime: `toFile`, the one way to turn what a caller has (bytes, a Blob, a string,
// a Node stream or any async iterable of chunks) into the File a multipart upload sends (R9.3),
// with the name and content type the server sees.

/**
 * @param {Blob|ArrayBuffer|ArrayBufferView|string|AsyncIterable<Uint8Array|string>|Promise<*>} value
 * @param {string} [name] the file name (a File's own name when omitted)
 * @param {{type?: string}} [options] the content type (else the Blob's; else inferred when sent)
 * @return {Promise<File>}
 */
export async function toFile(value, name, options = {}) {
    value = await value;
    if (name !== undefined && (typeof name !== 'string' || name === '')) {
        throw new TypeError('toFile: name must be a non-empty string');
    }
    if (options === null || typeof options !== 'object') throw new TypeError('toFile: options must be an object ({type})');
    const type = options.type ?? (value instanceof Blob ? value.type : '');
    if (typeof File === 'function' && value instanceof File && name === undefined && options.type === undefined) return value;
    const fileName = name ?? (typeof File === 'function' && value instanceof File ? value.name : 'file');
    return new File(await partsOf(value), fileName, {type});
}

async function partsOf(value) {
    if (value instanceof Blob || typeof value === 'string' || value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return [value];
    if (value !== null && typeof value === 'object' && typeof value[Symbol.asyncIterator] === 'function') {
        const chunks = [];
        for await (const chunk of value) chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
        return chunks;
    }
    const got = value === null ? 'null' : typeof value;
    throw new TypeError(`toFile: expected a Blob, bytes, a string or an async iterable of chunks (got ${got})`);
}
