package io.secureaistudio.sdk.runtime;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * Names the cause of a failed connection in words (R5): {@code java.net.http} reports a refused
 * port and an unknown host alike as a bare {@code java.net.ConnectException}, the cause that tells
 * them apart sits further down the chain.
 */
final class ConnectionFailure {
  private ConnectionFailure() {}

  /** {@code connection refused}, {@code unknown host}, ... followed by the exception itself. */
  static String reason(IOException e) {
    String cause = null;
    for (Throwable t = e; t != null && cause == null; t = t.getCause()) {
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) cause = "unknown host";
      else if (t instanceof NoRouteToHostException) cause = "no route to host";
      else if (t instanceof java.net.http.HttpConnectTimeoutException) cause = "connect timed out";
    }
    // The JDK's HttpClient (11-21) says "Connection refused" in a cause's message on some
    // platforms, and on others only ConnectException over a ClosedChannelException: the
    // connect attempt was turned away, nothing about the host being unknown.
    for (Throwable t = e; t != null && cause == null; t = t.getCause()) {
      if (String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("refused")
          || (e instanceof ConnectException && t instanceof java.nio.channels.ClosedChannelException)) {
        cause = "connection refused";
      }
    }
    return cause == null ? e.toString() : cause + " (" + e + ")";
  }

  /** {@code 5 s}, {@code 250 ms}, {@code 1.5 s}: a timeout as people write it. */
  static String describe(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) return ms + " ms";
    if (ms % 1000 == 0) return (ms / 1000) + " s";
    return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
  }
}
