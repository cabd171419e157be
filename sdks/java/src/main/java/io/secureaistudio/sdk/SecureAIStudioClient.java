// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk;

import io.secureaistudio.sdk.runtime.AsyncCalls;
import io.secureaistudio.sdk.runtime.ClientOptions;
import io.secureaistudio.sdk.runtime.Transport;
import java.util.concurrent.Executor;
import io.secureaistudio.sdk.services.ApiKeysService;
import io.secureaistudio.sdk.services.AssetsService;
import io.secureaistudio.sdk.services.AuditEventsService;
import io.secureaistudio.sdk.services.AuthService;
import io.secureaistudio.sdk.services.BackupsService;
import io.secureaistudio.sdk.services.ComplianceService;
import io.secureaistudio.sdk.services.GraphqlService;
import io.secureaistudio.sdk.services.HealthService;
import io.secureaistudio.sdk.services.JobsService;
import io.secureaistudio.sdk.services.MetricsService;
import io.secureaistudio.sdk.services.RolesService;
import io.secureaistudio.sdk.services.TemplatesService;
import io.secureaistudio.sdk.services.UsersService;

/**
 * Entry point of the Secure AI Studio Enterprise API SDK: one object per resource (a tag of the API document), sharing
 * one HTTP client.
 *
 * <pre>{@code
 * SecureAIStudioClient client = SecureAIStudioClient.fromEnv();   // SECURE_AI_STUDIO_API_KEY, SECURE_AI_STUDIO_BASE_URL
 * SecureAIStudioClient other = SecureAIStudioClient.builder()
 *     .baseURL("http://localhost:4010/api/v1")
 *     .apiKey(System.getenv("SAIS_API_KEY"))
 *     .build();
 * }</pre>
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class SecureAIStudioClient {
  /** The first server URL of the OpenAPI document. */
  public static final String DEFAULT_BASE_URL = "https://api.secure-ai-studio.example/api/v1";
  /** Version of this SDK (the API document's {@code info.version}). */
  public static final String VERSION = "1.0.0";

  private final Transport transport;
  // Resources are made on first use: a call loads only its own resource's classes (issue 13's
  // first-call budget). A race may make one twice; both are equal views of the same transport.
  private volatile Async async;
  private volatile ApiKeysService apiKeys;
  private volatile AssetsService assets;
  private volatile AuditEventsService auditEvents;
  private volatile AuthService auth;
  private volatile BackupsService backups;
  private volatile ComplianceService compliance;
  private volatile GraphqlService graphql;
  private volatile HealthService health;
  private volatile JobsService jobs;
  private volatile MetricsService metrics;
  private volatile RolesService roles;
  private volatile TemplatesService templates;
  private volatile UsersService users;

  /**
   * A client with these options; {@link #builder()} makes them with this SDK's defaults.
   *
   * @param options base URL, credentials, timeouts, retries and the rest of the client's settings
   */
  public SecureAIStudioClient(ClientOptions options) {
    this.transport = new Transport(options);
  }

  /**
   * A builder preset with {@link #DEFAULT_BASE_URL} and this SDK's User-Agent.
   *
   * @return a builder whose {@code build()} returns a new client
   */
  public static ClientOptions.Builder<SecureAIStudioClient> builder() {
    return ClientOptions.builder(SecureAIStudioClient::new)
        .defaultBaseURL(DEFAULT_BASE_URL)
        .userAgent("secure-ai-studio-sdk/" + VERSION + " (Java " + System.getProperty("java.version") + ")");
  }

  /**
   * A client configured from the environment alone (rulebook R4.1): the API key from
   * {@code SECURE_AI_STUDIO_API_KEY}, the base URL from {@code SECURE_AI_STUDIO_BASE_URL}, else
   * {@link #DEFAULT_BASE_URL}.
   *
   * @return a new client
   */
  public static SecureAIStudioClient fromEnv() {
    return builder().build();
  }

  /**
   * Options this client was built with.
   *
   * @return the client's options
   */
  public ClientOptions options() {
    return transport.options();
  }

  /**
   * The same resources with {@code CompletableFuture} results, run on the SDK's daemon executor;
   * cancelling a future cancels its call (R2.3).
   *
   * @return the async view of this client (one per client)
   */
  public Async async() {
    Async a = async;
    if (a == null) async = a = new Async(this, AsyncCalls.defaultExecutor());
    return a;
  }

  /** The client's settings; the API key and tokens never appear (R5.5). */
  @Override
  public String toString() {
    return "SecureAIStudioClient[" + transport.options() + "]";
  }

  /**
   * The {@code apiKeys} resource: the methods of one tag of the API document.
   *
   * @return the resource (one per client, made on first use)
   */
  public ApiKeysService apiKeys() {
    ApiKeysService r = apiKeys;
    if (r == null) apiKeys = r = new ApiKeysService(transport);
    return r;
  }

  /**
   * The {@code assets} resource: the methods of one tag of the API document.
   *
   * @return the resource (one per client, made on first use)
   */
  public AssetsService assets() {
    AssetsService r = assets;
    if (r == null) assets = r = new AssetsService(transport);
    return r;
  }

  /**
   * The {@code auditEvents} resource: the methods of one tag of the API document.
   *
   * @return the resource (one per client, made on first use)
   */
  public AuditEventsService auditEvents() {
    AuditEventsService r = auditEvents;
    if (r == null) auditEvents = r = new AuditEventsService(transport);
    return r;
  }

  /**
   * The {@code auth} resource: the methods of one tag of the API document.
   *
   * @return the resource (one per client, made on first use)
   */
  public AuthService auth() {
    AuthService r = auth;
    if (r == null) auth = r = new AuthService(transport);
    return r;
  }

  /**
   * The {@code backups} resource: the methods of one tag of the API document.
   *
   * @return the resource (one per client, made on first use)
   */
  public BackupsService backups() {
    BackupsService r = backups;
    if (r == null) backups = r = new BackupsService(transport);
    return r;
  }

  /**
   * The {@code compliance} resource: the methods of one tag of the API document.
   *
   * @return the resource (one per client, made on first use)
   */
  public ComplianceService compliance() {
    ComplianceService r = compliance;
    if (r == null) compliance = r = new ComplianceService(transport);
    return r;
  }

  /**
   * The {@code graphql} resource: the methods of one tag of the API document.
   *
   * @return the resource (one per client, made on first use)
   */
  public GraphqlService graphql() {
    GraphqlService r = graphql;
    if (r == null) graphql = r = new GraphqlService(transport);
    return r;
  }

  /**
   * The {@code health} resource: the methods of one tag of the API document.
   *
   * @return the resource (one per client, made on first use)
   */
  public HealthService health() {
    HealthService r = health;
    if (r == null) health = r = new HealthService(transport);
    return r;
  }

  /**
   * The {@code jobs} resource: the methods of one tag of the API document.
   *
   * @return the resource (one per client, made on first use)
   */
  public JobsService jobs() {
    JobsService r = jobs;
    if (r == null) jobs = r = new JobsService(transport);
    return r;
  }

  /**
   * The {@code metrics} resource: the methods of one tag of the API document.
   *
   * @return the resource (one per client, made on first use)
   */
  public MetricsService metrics() {
    MetricsService r = metrics;
    if (r == null) metrics = r = new MetricsService(transport);
    return r;
  }

  /**
   * The {@code roles} resource: the methods of one tag of the API document.
   *
   * @return the resource (one per client, made on first use)
   */
  public RolesService roles() {
    RolesService r = roles;
    if (r == null) roles = r = new RolesService(transport);
    return r;
  }

  /**
   * The {@code templates} resource: the methods of one tag of the API document.
   *
   * @return the resource (one per client, made on first use)
   */
  public TemplatesService templates() {
    TemplatesService r = templates;
    if (r == null) templates = r = new TemplatesService(transport);
    return r;
  }

  /**
   * The {@code users} resource: the methods of one tag of the API document.
   *
   * @return the resource (one per client, made on first use)
   */
  public UsersService users() {
    UsersService r = users;
    if (r == null) users = r = new UsersService(transport);
    return r;
  }

  /** The resources of a client as {@code CompletableFuture}s: {@code client.async().templates().retrieve(id)}. */
  public static final class Async {
    private final SecureAIStudioClient client;
    private final Executor executor;
    private volatile ApiKeysService.Async apiKeys;
    private volatile AssetsService.Async assets;
    private volatile AuditEventsService.Async auditEvents;
    private volatile AuthService.Async auth;
    private volatile BackupsService.Async backups;
    private volatile ComplianceService.Async compliance;
    private volatile GraphqlService.Async graphql;
    private volatile HealthService.Async health;
    private volatile JobsService.Async jobs;
    private volatile MetricsService.Async metrics;
    private volatile RolesService.Async roles;
    private volatile TemplatesService.Async templates;
    private volatile UsersService.Async users;

    /**
     * The client's resources on {@code executor}; {@code client.async()} uses a shared pool of daemon
     * threads. Give an executor of your own with {@code new SecureAIStudioClient.Async(client, executor)}.
     *
     * @param client the client whose resources this view runs
     * @param executor runs the calls that block
     */
    public Async(SecureAIStudioClient client, Executor executor) {
      this.client = java.util.Objects.requireNonNull(client, "client");
      this.executor = java.util.Objects.requireNonNull(executor, "executor");
    }

    /**
     * The {@code apiKeys} resource, async.
     *
     * @return the resource's async view (one per client, made on first use)
     */
    public ApiKeysService.Async apiKeys() {
      ApiKeysService.Async r = apiKeys;
      if (r == null) apiKeys = r = new ApiKeysService.Async(client.apiKeys(), executor);
      return r;
    }

    /**
     * The {@code assets} resource, async.
     *
     * @return the resource's async view (one per client, made on first use)
     */
    public AssetsService.Async assets() {
      AssetsService.Async r = assets;
      if (r == null) assets = r = new AssetsService.Async(client.assets(), executor);
      return r;
    }

    /**
     * The {@code auditEvents} resource, async.
     *
     * @return the resource's async view (one per client, made on first use)
     */
    public AuditEventsService.Async auditEvents() {
      AuditEventsService.Async r = auditEvents;
      if (r == null) auditEvents = r = new AuditEventsService.Async(client.auditEvents(), executor);
      return r;
    }

    /**
     * The {@code auth} resource, async.
     *
     * @return the resource's async view (one per client, made on first use)
     */
    public AuthService.Async auth() {
      AuthService.Async r = auth;
      if (r == null) auth = r = new AuthService.Async(client.auth(), executor);
      return r;
    }

    /**
     * The {@code backups} resource, async.
     *
     * @return the resource's async view (one per client, made on first use)
     */
    public BackupsService.Async backups() {
      BackupsService.Async r = backups;
      if (r == null) backups = r = new BackupsService.Async(client.backups(), executor);
      return r;
    }

    /**
     * The {@code compliance} resource, async.
     *
     * @return the resource's async view (one per client, made on first use)
     */
    public ComplianceService.Async compliance() {
      ComplianceService.Async r = compliance;
      if (r == null) compliance = r = new ComplianceService.Async(client.compliance(), executor);
      return r;
    }

    /**
     * The {@code graphql} resource, async.
     *
     * @return the resource's async view (one per client, made on first use)
     */
    public GraphqlService.Async graphql() {
      GraphqlService.Async r = graphql;
      if (r == null) graphql = r = new GraphqlService.Async(client.graphql(), executor);
      return r;
    }

    /**
     * The {@code health} resource, async.
     *
     * @return the resource's async view (one per client, made on first use)
     */
    public HealthService.Async health() {
      HealthService.Async r = health;
      if (r == null) health = r = new HealthService.Async(client.health(), executor);
      return r;
    }

    /**
     * The {@code jobs} resource, async.
     *
     * @return the resource's async view (one per client, made on first use)
     */
    public JobsService.Async jobs() {
      JobsService.Async r = jobs;
      if (r == null) jobs = r = new JobsService.Async(client.jobs(), executor);
      return r;
    }

    /**
     * The {@code metrics} resource, async.
     *
     * @return the resource's async view (one per client, made on first use)
     */
    public MetricsService.Async metrics() {
      MetricsService.Async r = metrics;
      if (r == null) metrics = r = new MetricsService.Async(client.metrics(), executor);
      return r;
    }

    /**
     * The {@code roles} resource, async.
     *
     * @return the resource's async view (one per client, made on first use)
     */
    public RolesService.Async roles() {
      RolesService.Async r = roles;
      if (r == null) roles = r = new RolesService.Async(client.roles(), executor);
      return r;
    }

    /**
     * The {@code templates} resource, async.
     *
     * @return the resource's async view (one per client, made on first use)
     */
    public TemplatesService.Async templates() {
      TemplatesService.Async r = templates;
      if (r == null) templates = r = new TemplatesService.Async(client.templates(), executor);
      return r;
    }

    /**
     * The {@code users} resource, async.
     *
     * @return the resource's async view (one per client, made on first use)
     */
    public UsersService.Async users() {
      UsersService.Async r = users;
      if (r == null) users = r = new UsersService.Async(client.users(), executor);
      return r;
    }
  }
}
