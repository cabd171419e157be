package io.secureaistudio.sdk.runtime;

/**
 * What to do when a successful response does not match the API document (rulebook R7.1).
 */
public enum Validation {
  /** Throw {@link ResponseValidationException}. */
  STRICT,
  /** Log the same error as a warning and return the data (the default). */
  WARN,
  /** Do not check. */
  OFF
}
