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
  private final Async async;
  private final ApiKeysService apiKeys;
  private final AssetsService assets;
  private final AuditEventsService auditEvents;
  private final AuthService auth;
  private final BackupsService backups;
  private final ComplianceService compliance;
  private final GraphqlService graphql;
  private final HealthService health;
  private final JobsService jobs;
  private final MetricsService metrics;
  private final RolesService roles;
  private final TemplatesService templates;
  private final UsersService users;

  public SecureAIStudioClient(ClientOptions options) {
    this.transport = new Transport(options);
    this.apiKeys = new ApiKeysService(transport);
    this.assets = new AssetsService(transport);
    this.auditEvents = new AuditEventsService(transport);
    this.auth = new AuthService(transport);
    this.backups = new BackupsService(transport);
    this.compliance = new ComplianceService(transport);
    this.graphql = new GraphqlService(transport);
    this.health = new HealthService(transport);
    this.jobs = new JobsService(transport);
    this.metrics = new MetricsService(transport);
    this.roles = new RolesService(transport);
    this.templates = new TemplatesService(transport);
    this.users = new UsersService(transport);
    this.async = new Async(this, AsyncCalls.defaultExecutor());
  }

  /** A builder preset with {@link #DEFAULT_BASE_URL} and this SDK's User-Agent. */
  public static ClientOptions.Builder<SecureAIStudioClient> builder() {
    return ClientOptions.builder(SecureAIStudioClient::new)
        .defaultBaseURL(DEFAULT_BASE_URL)
        .userAgent("secure-ai-studio-sdk/" + VERSION + " (Java " + System.getProperty("java.version") + ")");
  }

  /**
   * A client configured from the environment alone (rulebook R4.1): the API key from
   * {@code SECURE_AI_STUDIO_API_KEY}, the base URL from {@code SECURE_AI_STUDIO_BASE_URL}, else
   * {@link #DEFAULT_BASE_URL}.
   */
  public static SecureAIStudioClient fromEnv() {
    return builder().build();
  }

  /** Options this client was built with. */
  public ClientOptions options() {
    return transport.options();
  }

  /**
   * The same resources with {@code CompletableFuture} results, run on the SDK's daemon executor;
   * cancelling a future cancels its call (R2.3).
   */
  public Async async() {
    return async;
  }

  /** The client's settings; the API key and tokens never appear (R5.5). */
  @Override
  public String toString() {
    return "SecureAIStudioClient[" + transport.options() + "]";
  }

  /** The {@code apiKeys} resource. */
  public ApiKeysService apiKeys() {
    return apiKeys;
  }

  /** The {@code assets} resource. */
  public AssetsService assets() {
    return assets;
  }

  /** The {@code auditEvents} resource. */
  public AuditEventsService auditEvents() {
    return auditEvents;
  }

  /** The {@code auth} resource. */
  public AuthService auth() {
    return auth;
  }

  /** The {@code backups} resource. */
  public BackupsService backups() {
    return backups;
  }

  /** The {@code compliance} resource. */
  public ComplianceService compliance() {
    return compliance;
  }

  /** The {@code graphql} resource. */
  public GraphqlService graphql() {
    return graphql;
  }

  /** The {@code health} resource. */
  public HealthService health() {
    return health;
  }

  /** The {@code jobs} resource. */
  public JobsService jobs() {
    return jobs;
  }

  /** The {@code metrics} resource. */
  public MetricsService metrics() {
    return metrics;
  }

  /** The {@code roles} resource. */
  public RolesService roles() {
    return roles;
  }

  /** The {@code templates} resource. */
  public TemplatesService templates() {
    return templates;
  }

  /** The {@code users} resource. */
  public UsersService users() {
    return users;
  }

  /** The resources of a client as {@code CompletableFuture}s: {@code client.async().templates().retrieve(id)}. */
  public static final class Async {
    private final ApiKeysService.Async apiKeys;
    private final AssetsService.Async assets;
    private final AuditEventsService.Async auditEvents;
    private final AuthService.Async auth;
    private final BackupsService.Async backups;
    private final ComplianceService.Async compliance;
    private final GraphqlService.Async graphql;
    private final HealthService.Async health;
    private final JobsService.Async jobs;
    private final MetricsService.Async metrics;
    private final RolesService.Async roles;
    private final TemplatesService.Async templates;
    private final UsersService.Async users;

    /**
     * The client's resources on {@code executor}; {@code client.async()} uses a shared pool of daemon
     * threads. Give an executor of your own with {@code new SecureAIStudioClient.Async(client, executor)}.
     */
    public Async(SecureAIStudioClient client, Executor executor) {
      this.apiKeys = new ApiKeysService.Async(client.apiKeys, executor);
      this.assets = new AssetsService.Async(client.assets, executor);
      this.auditEvents = new AuditEventsService.Async(client.auditEvents, executor);
      this.auth = new AuthService.Async(client.auth, executor);
      this.backups = new BackupsService.Async(client.backups, executor);
      this.compliance = new ComplianceService.Async(client.compliance, executor);
      this.graphql = new GraphqlService.Async(client.graphql, executor);
      this.health = new HealthService.Async(client.health, executor);
      this.jobs = new JobsService.Async(client.jobs, executor);
      this.metrics = new MetricsService.Async(client.metrics, executor);
      this.roles = new RolesService.Async(client.roles, executor);
      this.templates = new TemplatesService.Async(client.templates, executor);
      this.users = new UsersService.Async(client.users, executor);
    }

    /** The {@code apiKeys} resource, async. */
    public ApiKeysService.Async apiKeys() {
      return apiKeys;
    }

    /** The {@code assets} resource, async. */
    public AssetsService.Async assets() {
      return assets;
    }

    /** The {@code auditEvents} resource, async. */
    public AuditEventsService.Async auditEvents() {
      return auditEvents;
    }

    /** The {@code auth} resource, async. */
    public AuthService.Async auth() {
      return auth;
    }

    /** The {@code backups} resource, async. */
    public BackupsService.Async backups() {
      return backups;
    }

    /** The {@code compliance} resource, async. */
    public ComplianceService.Async compliance() {
      return compliance;
    }

    /** The {@code graphql} resource, async. */
    public GraphqlService.Async graphql() {
      return graphql;
    }

    /** The {@code health} resource, async. */
    public HealthService.Async health() {
      return health;
    }

    /** The {@code jobs} resource, async. */
    public JobsService.Async jobs() {
      return jobs;
    }

    /** The {@code metrics} resource, async. */
    public MetricsService.Async metrics() {
      return metrics;
    }

    /** The {@code roles} resource, async. */
    public RolesService.Async roles() {
      return roles;
    }

    /** The {@code templates} resource, async. */
    public TemplatesService.Async templates() {
      return templates;
    }

    /** The {@code users} resource, async. */
    public UsersService.Async users() {
      return users;
    }
  }
}
