/**
 * A problem with the contracts bundle: names the file, the JSON pointer inside it and the reason,
 * so the CLI can print one clear line instead of a stack trace.
 */
export class ContractBundleError extends Error {
  constructor(file, pointer, reason) {
    super(`${file}${pointer ? ` at ${pointer}` : ''}: ${reason}`);
    this.name = 'ContractBundleError';
    this.file = file;
    this.pointer = pointer;
    this.reason = reason;
  }
}
