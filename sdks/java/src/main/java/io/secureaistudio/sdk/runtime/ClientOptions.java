package io.secureaistudio.sdk.runtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * Settings shared by every request of one client: where to send it, how to authenticate and
 * how long to wait. Immutable; build it with {@link #builder(Function)}.
 */
public final class ClientOptions {
  /** Default time allowed for one attempt, until the response headers arrive (rulebook R2.1). */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
  /** Default number of retries after the first attempt (rulebook R3.1). */
  public static final int DEFAULT_MAX_RETRIES = 2;

  /** How the transport waits between attempts; tests swap it to record instead of sleeping. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final URI baseURL;
  private final String bearerToken;
  private final String apiKey;
  private final Duration timeout;
  private final HttpClient httpClient;
  private final String userAgent;
  private final int maxRetries;
  private final Sleeper sleeper;

  private ClientOptions(Builder<?> b) {
    if (b.baseURL == null || b.baseURL.isBlank()) {
      throw new IllegalArgumentException("baseURL is required");
    }
    String base = b.baseURL.endsWith("/") ? b.baseURL.substring(0, b.baseURL.length() - 1) : b.baseURL;
    this.baseURL = URI.create(base);
    if (this.baseURL.getScheme() == null || this.baseURL.getHost() == null) {
      throw new IllegalArgumentException("baseURL must be an absolute http(s) URL, got '" + b.baseURL + "'");
    }
    this.bearerToken = b.bearerToken;
    this.apiKey = b.apiKey;
    if (b.timeout == null || b.timeout.isNegative() || b.timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be a positive duration (got " + b.timeout + ")");
    }
    this.timeout = b.timeout;
    if (b.maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be an integer >= 0 (got " + b.maxRetries + ")");
    }
    this.maxRetries = b.maxRetries;
    this.sleeper = b.sleeper;
    this.httpClient = b.httpClient != null
        ? b.httpClient
        : HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    this.userAgent = b.userAgent;
  }

  /**
   * Starts a builder whose {@code build()} hands the options to {@code factory}.
   *
   * @example {@code ClientOptions.builder(SecureAIStudioClient::new).apiKey("sk_...").build()}
   */
  public static <C> Builder<C> builder(Function<ClientOptions, C> factory) {
    return new Builder<>(factory);
  }

  public URI baseURL() { return baseURL; }
  public String bearerToken() { return bearerToken; }
  public String apiKey() { return apiKey; }
  public Duration timeout() { return timeout; }
  public HttpClient httpClient() { return httpClient; }
  public String userAgent() { return userAgent; }
  /** Retries after the first attempt (R3.1); 0 turns retrying off. */
  public int maxRetries() { return maxRetries; }
  Sleeper sleeper() { return sleeper; }

  /** Fluent builder; {@link #build()} returns whatever the factory makes of the options. */
  public static final class Builder<C> {
    private final Function<ClientOptions, C> factory;
    private String baseURL;
    private String bearerToken;
    private String apiKey;
    private Duration timeout = DEFAULT_TIMEOUT;
    private HttpClient httpClient;
    private String userAgent;
    private int maxRetries = DEFAULT_MAX_RETRIES;
    private Sleeper sleeper = d -> Thread.sleep(d.toMillis());

    private Builder(Function<ClientOptions, C> factory) {
      this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** API root, e.g. {@code https://api.secure-ai-studio.example/api/v1}. */
    public Builder<C> baseURL(String baseURL) { this.baseURL = baseURL; return this; }
    /** Access token sent as {@code Authorization: Bearer <token>} where the operation accepts it. */
    public Builder<C> bearerToken(String token) { this.bearerToken = token; return this; }
    /** API key sent in the header (or query) the spec names, where the operation accepts it. */
    public Builder<C> apiKey(String apiKey) { this.apiKey = apiKey; return this; }
    /**
     * Retries after the first attempt for connection failures, timeouts and 408/429/5xx answers
     * (rulebook R3); default 2, 0 turns retrying off.
     */
    public Builder<C> maxRetries(int maxRetries) { this.maxRetries = maxRetries; return this; }
    /** Replaces the wait between attempts (tests). */
    Builder<C> sleeper(Sleeper sleeper) { this.sleeper = Objects.requireNonNull(sleeper, "sleeper"); return this; }
    /** Time allowed for one attempt until the response headers arrive; default 60 seconds. */
    public Builder<C> timeout(Duration timeout) { this.timeout = timeout; return this; }
    /** Use this {@link HttpClient} (proxies, TLS, executors) instead of a default one. */
    public Builder<C> httpClient(HttpClient httpClient) { this.httpClient = httpClient; return this; }
    /** Value of the {@code User-Agent} header. */
    public Builder<C> userAgent(String userAgent) { this.userAgent = userAgent; return this; }

    public C build() {
      return factory.apply(new ClientOptions(this));
    }
  }
}
