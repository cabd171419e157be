/**
 * An error the user can fix (bad option, missing file, invalid spec). The driver prints only
 * its message, never a stack trace.
 */
export class UsageError extends Error {
  constructor(message) {
    super(message);
    this.name = 'UsageError';
  }
}
