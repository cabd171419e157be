package io.secureaistudio.sdk.runtime;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps a request body so that one {@code HttpClient.send} can write the request only once, which
 * keeps the number of requests exactly what rulebook R3 allows.
 *
 * <p>Why: {@code java.net.http} (JDK 11 to 25) re-sends a {@code GET} or {@code HEAD} once by
 * itself when the connection is closed or reset before any response byte arrives
 * ({@code Http1Exchange.sendHeadersAsync} marks every exchange retryable,
 * {@code Http1AsyncReceiver} turns the read error into {@code ConnectionExpiredException},
 * {@code MultiExchange} repeats idempotent requests). No per-client setting turns that off, and
 * the only JVM-wide one ({@code jdk.httpclient.redirects.retrylimit=1}) would also stop every
 * other client in the JVM from following redirects.
 *
 * <p>How: the JDK asks the body publisher for {@link #contentLength()} exactly once per attempt,
 * while it writes the request line and headers and before any byte goes out
 * ({@code Http1Request.headers()}, {@code Stream} for HTTP/2). The transport {@link #arm()}s
 * one permit before each send; a second call within the same send throws, so the JDK's own
 * repeat fails before it writes anything and the failure reaches the SDK, which retries (or not)
 * under R3. Used only with clients that do not follow redirects, since a redirect re-uses the
 * body publisher too.
 */
final class SingleSendPublisher implements HttpRequest.BodyPublisher {
  /** Thrown into the JDK when it tries to write the request a second time within one send. */
  static final class ResendRefused extends RuntimeException {
    ResendRefused() {
      super("the connection was closed before any response arrived (java.net.http's own re-send was refused"
          + " so that only the SDK's retries happen)");
    }
  }

  private final HttpRequest.BodyPublisher body;
  private final AtomicInteger permits = new AtomicInteger();

  SingleSendPublisher(HttpRequest.BodyPublisher body) {
    this.body = body;
  }

  /** Allows the next send to write the request once. */
  void arm() {
    permits.set(1);
  }

  @Override
  public long contentLength() {
    if (permits.getAndDecrement() <= 0) throw new ResendRefused();
    return body.contentLength();
  }

  @Override
  public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
    body.subscribe(subscriber);
  }

  /** True when {@code error} (an exception from {@code HttpClient.send}) is a refused re-send. */
  static boolean isRefusedResend(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof ResendRefused) return true;
    }
    return false;
  }
}
