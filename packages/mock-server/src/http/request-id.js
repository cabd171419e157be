import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Request ids of the form `req_<12 random chars><counter>` (the API's `^req_[0-9A-Za-z]{8,40}$`):
 * unique within a process and across restarts, and far cheaper than a UUID per request.
 */
export function createRequestIdSource() {
  const prefix = 'req_' + Array.from(randomBytes(12), (b) => ALPHABET[b % 62]).join('');
  let counter = 0;
  return () => prefix + (++counter).toString(36).padStart(6, '0');
}
