package io.secureaistudio.sdk.runtime;

import java.util.Collections;
import java.util.List;

/**
 * A successful response does not match what openapi.yaml declares (rulebook R7), for example a
 * body that is not valid JSON (R7.4). Not an {@link APIException}, and never retried.
 */
public class ResponseValidationException extends SecureAIStudioException {
  private static final long serialVersionUID = 1L;

  /** One mismatch: an RFC 6901 JSON pointer into the body ({@code ""} for the root) and why. */
  public static final class Issue {
    private final String path;
    private final String message;

    /**
     * @param path an RFC 6901 JSON pointer into the body ({@code ""} for the root)
     * @param message what does not match
     */
    public Issue(String path, String message) {
      this.path = path;
      this.message = message;
    }

    /** @return the RFC 6901 JSON pointer into the body ({@code ""} for the root) */
    public String getPath() { return path; }
    /** @return what does not match */
    public String getMessage() { return message; }

    @Override
    public String toString() {
      return (path.isEmpty() ? "/" : path) + ": " + message;
    }
  }

  /** The operation whose response did not match. */
  private final String operationId;
  /** Every mismatch found, in the order found. */
  private final List<Issue> issues;
  /** The response's {@code X-Request-Id}, or null. */
  private final String requestId;

  /**
   * @param operationId the operation whose response did not match
   * @param issues every mismatch found (the message names the first)
   * @param requestId the response's {@code X-Request-Id}, or null
   */
  public ResponseValidationException(String operationId, List<Issue> issues, String requestId) {
    super(describe(operationId, issues));
    this.operationId = operationId;
    this.issues = Collections.unmodifiableList(List.copyOf(issues));
    this.requestId = requestId;
  }

  private static String describe(String operationId, List<Issue> issues) {
    String where = issues.isEmpty() ? "" : " at " + issues.get(0);
    String more = issues.size() > 1 ? " (and " + (issues.size() - 1) + " more)" : "";
    return "Response of " + operationId + " does not match openapi.yaml" + where + more;
  }

  /** @return the operation whose response did not match */
  public String getOperationId() { return operationId; }
  /** @return every mismatch found, unmodifiable */
  public List<Issue> getIssues() { return issues; }
  /** @return the {@code X-Request-Id} of the offending response, or null */
  public String getRequestId() { return requestId; }
}
