/**
 * A problem with the OpenAPI document itself: names the file, the JSON pointer inside it and the
 * reason, so the CLI can print one clear line instead of a stack trace.
 */
export class SpecError extends Error {
  constructor(file, pointer, reason) {
    super(`${file}${pointer ? ` at ${pointer}` : ''}: ${reason}`);
    this.name = 'SpecError';
    this.file = file;
    this.pointer = pointer;
    this.reason = reason;
  }
}
