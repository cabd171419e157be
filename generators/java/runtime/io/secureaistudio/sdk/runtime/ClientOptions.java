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
  private final String refreshToken;
  private final java.util.function.Consumer<TokenRefresh> onTokenRefresh;
  private final Duration timeout;
  private final HttpClient httpClient;
  private final String userAgent;
  private final Validation validation;
  private final System.Logger logger;
  private final java.util.Map<String, String> defaultHeaders;
  private final int maxRetries;
  private final Sleeper sleeper;

  /** Environment variable read for the API key when neither an API key nor a token is given (R1.2). */
  public static final String API_KEY_ENV = "SECURE_AI_STUDIO_API_KEY";
  /** Environment variable read for the base URL when none is given (R4.1). */
  public static final String BASE_URL_ENV = "SECURE_AI_STUDIO_BASE_URL";

  private ClientOptions(Builder<?> b) {
    String baseURL = b.baseURL != null ? b.baseURL : b.env.apply(BASE_URL_ENV);
    if (baseURL == null || baseURL.isBlank()) baseURL = b.defaultBaseURL;
    if (baseURL == null || baseURL.isBlank()) {
      throw new IllegalArgumentException("baseURL is required (or set " + BASE_URL_ENV + ")");
    }
    // R4.2: trailing slashes removed, paths are appended.
    String base = baseURL.replaceAll("/+$", "");
    URI uri;
    try {
      uri = URI.create(base);
    } catch (IllegalArgumentException e) {
      uri = null; // not a URI at all: reported below like any other bad baseURL
    }
    if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
      throw new IllegalArgumentException("baseURL must be an absolute http(s) URL (got '" + baseURL + "')");
    }
    this.baseURL = uri;
    this.bearerToken = b.bearerToken;
    this.apiKey = b.apiKey != null || (b.bearerToken != null && !b.bearerToken.isEmpty()) ? b.apiKey : b.env.apply(API_KEY_ENV);
    this.refreshToken = b.refreshToken;
    this.onTokenRefresh = b.onTokenRefresh;
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
        : HttpClient.newBuilder().connectTimeout(timeout).build(); // redirects: NEVER (the API has none; see SingleSendPublisher)
    this.userAgent = b.userAgent;
    this.validation = Objects.requireNonNull(b.validation, "validation must be STRICT, WARN or OFF (got null)");
    this.logger = Objects.requireNonNull(b.logger, "logger");
    // R4.3/R9.4: header values that cannot go on the wire fail here, naming the option.
    b.defaultHeaders.forEach((name, value) -> HeaderValues.require("the defaultHeader option '" + name + "'", value));
    HeaderValues.require("the userAgent option", b.userAgent);
    HeaderValues.require("the apiKey option", this.apiKey);
    HeaderValues.require("the accessToken option", b.bearerToken);
    this.defaultHeaders = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(b.defaultHeaders));
  }

  /** Settings without credentials: the API key and tokens never appear here (R5.5). */
  @Override
  public String toString() {
    return "ClientOptions[baseURL=" + Redaction.redact(baseURL.toString(), java.util.List.of())
        + ", apiKey=" + (apiKey == null ? "null" : Redaction.MARK)
        + ", accessToken=" + (bearerToken == null ? "null" : Redaction.MARK)
        + ", refreshToken=" + (refreshToken == null ? "null" : Redaction.MARK)
        + ", timeout=" + timeout + ", maxRetries=" + maxRetries + ", validation=" + validation
        + ", defaultHeaders=" + defaultHeaders.keySet() + "]";
  }

  /**
   * Starts a builder whose {@code build()} hands the options to {@code factory}, for example
   * {@code ClientOptions.builder(SecureAIStudioClient::new).apiKey("sk_...").build()}.
   *
   * @param <C> the type {@code factory} builds
   * @param factory turns the finished options into a client
   * @return a new builder
   */
  public static <C> Builder<C> builder(Function<ClientOptions, C> factory) {
    return new Builder<>(factory);
  }

  /** @return the API root every path is appended to, without a trailing slash (R4.2) */
  public URI baseURL() { return baseURL; }
  /** @return the access token sent as {@code Authorization: Bearer}, or null */
  public String bearerToken() { return bearerToken; }
  /** @return the API key (given, else from {@code SECURE_AI_STUDIO_API_KEY}), or null */
  public String apiKey() { return apiKey; }
  /** @return the refresh token for the one transparent refresh on 401 (R1.4); null when not configured */
  public String refreshToken() { return refreshToken; }
  /** @return the callback told the tokens after each successful refresh (R1.4); null when not given */
  public java.util.function.Consumer<TokenRefresh> onTokenRefresh() { return onTokenRefresh; }
  /** @return the time allowed for one attempt until the response headers arrive (R2.1) */
  public Duration timeout() { return timeout; }
  /** @return the HTTP client every request goes through (given, else the client's own) */
  public HttpClient httpClient() { return httpClient; }
  /** @return the {@code User-Agent} header's value, or null */
  public String userAgent() { return userAgent; }
  /** @return what a response that does not match the API document does (R7.1); default WARN */
  public Validation validation() { return validation; }
  /** @return where WARN-mode validation errors go; default {@code System.getLogger("io.secureaistudio.sdk")} */
  public System.Logger logger() { return logger; }
  /** @return the headers sent on every request (R4.1), unmodifiable */
  public java.util.Map<String, String> defaultHeaders() { return defaultHeaders; }
  /** @return the retries after the first attempt (R3.1); 0 turns retrying off */
  public int maxRetries() { return maxRetries; }
  Sleeper sleeper() { return sleeper; }

  /** Fluent builder; {@link #build()} returns whatever the factory makes of the options. */
  public static final class Builder<C> {
    private final Function<ClientOptions, C> factory;
    private String baseURL;
    private String bearerToken;
    private String apiKey;
    private String refreshToken;
    private java.util.function.Consumer<TokenRefresh> onTokenRefresh;
    private Duration timeout = DEFAULT_TIMEOUT;
    private HttpClient httpClient;
    private String userAgent;
    private Validation validation = Validation.WARN;
    private System.Logger logger = System.getLogger("io.secureaistudio.sdk");
    private String defaultBaseURL;
    private final java.util.Map<String, String> defaultHeaders = new java.util.LinkedHashMap<>();
    private Function<String, String> env = System::getenv;
    private int maxRetries = DEFAULT_MAX_RETRIES;
    private Sleeper sleeper = d -> Thread.sleep(d.toMillis());

    private Builder(Function<ClientOptions, C> factory) {
      this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * API root, e.g. {@code https://api.secure-ai-studio.example/api/v1}.
     *
     * @param baseURL the API root (null: {@code SECURE_AI_STUDIO_BASE_URL}, else the default)
     * @return this builder
     */
    public Builder<C> baseURL(String baseURL) { this.baseURL = baseURL; return this; }
    /**
     * Access token sent as {@code Authorization: Bearer <token>} where the operation accepts it.
     *
     * @param token the access token
     * @return this builder
     */
    public Builder<C> bearerToken(String token) { this.bearerToken = token; return this; }
    /**
     * Same as {@link #bearerToken}: the access token (JWT).
     *
     * @param token the access token
     * @return this builder
     */
    public Builder<C> accessToken(String token) { this.bearerToken = token; return this; }
    /**
     * Refresh token: when an authenticated call gets 401, the SDK calls {@code POST /auth/refresh}
     * once, switches to the new access token and repeats the call (rulebook R1.4).
     *
     * @param refreshToken the refresh token
     * @return this builder
     */
    public Builder<C> refreshToken(String refreshToken) { this.refreshToken = refreshToken; return this; }
    /**
     * Told the new tokens after each transparent refresh, e.g. to store them.
     *
     * @param callback called with the new tokens, on the thread that refreshed
     * @return this builder
     */
    public Builder<C> onTokenRefresh(java.util.function.Consumer<TokenRefresh> callback) { this.onTokenRefresh = callback; return this; }
    /**
     * API key sent in the header (or query) the spec names, where the operation accepts it.
     *
     * @param apiKey the API key (null: {@code SECURE_AI_STUDIO_API_KEY} unless a token is given)
     * @return this builder
     */
    public Builder<C> apiKey(String apiKey) { this.apiKey = apiKey; return this; }
    /**
     * Retries after the first attempt for connection failures, timeouts and 408/429/5xx answers
     * (rulebook R3); default 2, 0 turns retrying off.
     *
     * @param maxRetries the number of retries, at least 0
     * @return this builder
     */
    public Builder<C> maxRetries(int maxRetries) { this.maxRetries = maxRetries; return this; }
    /** Replaces the wait between attempts (tests). */
    Builder<C> sleeper(Sleeper sleeper) { this.sleeper = Objects.requireNonNull(sleeper, "sleeper"); return this; }
    /**
     * Time allowed for one attempt until the response headers arrive; default 60 seconds.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder<C> timeout(Duration timeout) { this.timeout = timeout; return this; }
    /**
     * Use this {@link HttpClient} (proxies, TLS, executors) instead of a default one. Keep its
     * redirect policy at {@code NEVER} (the default) for exact retry counts: with redirects on,
     * {@code java.net.http} may silently re-send a GET once when a connection drops.
     *
     * @param httpClient the client to send every request with
     * @return this builder
     */
    public Builder<C> httpClient(HttpClient httpClient) { this.httpClient = httpClient; return this; }
    /**
     * Value of the {@code User-Agent} header.
     *
     * @param userAgent the header's value
     * @return this builder
     */
    public Builder<C> userAgent(String userAgent) { this.userAgent = userAgent; return this; }
    /**
     * Response validation mode (R7.1): STRICT throws, WARN (default) logs, OFF skips.
     *
     * @param validation STRICT, WARN or OFF
     * @return this builder
     */
    public Builder<C> validation(Validation validation) { this.validation = validation; return this; }
    /**
     * Logger for WARN-mode validation errors (the JDK's logging facade; bridges exist for SLF4J/Log4j).
     *
     * @param logger the logger
     * @return this builder
     */
    public Builder<C> logger(System.Logger logger) { this.logger = logger; return this; }
    /**
     * A header sent on every request (for example a tracing or tenant header).
     *
     * @param name the header's name
     * @param value its value (no control or non-ASCII characters)
     * @return this builder
     */
    public Builder<C> defaultHeader(String name, String value) { this.defaultHeaders.put(name, value); return this; }
    /**
     * The base URL used when neither {@link #baseURL} nor {@code SECURE_AI_STUDIO_BASE_URL} gives
     * one (the generated client passes the spec's first server).
     *
     * @param url the fallback API root
     * @return this builder
     */
    public Builder<C> defaultBaseURL(String url) { this.defaultBaseURL = url; return this; }
    /** Replaces the environment lookup (tests). */
    Builder<C> env(Function<String, String> env) { this.env = Objects.requireNonNull(env, "env"); return this; }

    /**
     * Checks the options and hands them to the factory.
     *
     * @return what the factory makes of the options (the client)
     * @throws IllegalArgumentException when an option is invalid (no base URL, a bad header value, ...)
     */
    public C build() {
      return factory.apply(new ClientOptions(this));
    }
  }

  /** The tokens a transparent refresh obtained (R1.4); {@code refreshToken} is null when unchanged. */
  public static final class TokenRefresh {
    private final String accessToken;
    private final String refreshToken;

    TokenRefresh(String accessToken, String refreshToken) {
      this.accessToken = accessToken;
      this.refreshToken = refreshToken;
    }

    /** @return the new access token */
    public String accessToken() { return accessToken; }
    /** @return the new refresh token, or null when the server kept the old one */
    public String refreshToken() { return refreshToken; }

    @Override
    public String toString() {
      return "TokenRefresh[accessToken=[REDACTED], refreshToken=" + (refreshToken == null ? "null" : "[REDACTED]") + "]";
    }
  }
}
