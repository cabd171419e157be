// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk;

import io.secureaistudio.sdk.runtime.ClientOptions;
import io.secureaistudio.sdk.runtime.Transport;
import io.secureaistudio.sdk.api.ApiKeysApi;
import io.secureaistudio.sdk.api.AssetsApi;
import io.secureaistudio.sdk.api.AuditEventsApi;
import io.secureaistudio.sdk.api.AuthApi;
import io.secureaistudio.sdk.api.BackupsApi;
import io.secureaistudio.sdk.api.ComplianceApi;
import io.secureaistudio.sdk.api.GraphqlApi;
import io.secureaistudio.sdk.api.HealthApi;
import io.secureaistudio.sdk.api.JobsApi;
import io.secureaistudio.sdk.api.MetricsApi;
import io.secureaistudio.sdk.api.RolesApi;
import io.secureaistudio.sdk.api.TemplatesApi;
import io.secureaistudio.sdk.api.UsersApi;

/**
 * Entry point of the Secure AI Studio Enterprise API SDK: one object per API, sharing one HTTP client.
 *
 * <pre>{@code
 * SecureAIStudioClient client = SecureAIStudioClient.builder()
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
  private final ApiKeysApi apiKeys;
  private final AssetsApi assets;
  private final AuditEventsApi auditEvents;
  private final AuthApi auth;
  private final BackupsApi backups;
  private final ComplianceApi compliance;
  private final GraphqlApi graphql;
  private final HealthApi health;
  private final JobsApi jobs;
  private final MetricsApi metrics;
  private final RolesApi roles;
  private final TemplatesApi templates;
  private final UsersApi users;

  public SecureAIStudioClient(ClientOptions options) {
    this.transport = new Transport(options);
    this.apiKeys = new ApiKeysApi(transport);
    this.assets = new AssetsApi(transport);
    this.auditEvents = new AuditEventsApi(transport);
    this.auth = new AuthApi(transport);
    this.backups = new BackupsApi(transport);
    this.compliance = new ComplianceApi(transport);
    this.graphql = new GraphqlApi(transport);
    this.health = new HealthApi(transport);
    this.jobs = new JobsApi(transport);
    this.metrics = new MetricsApi(transport);
    this.roles = new RolesApi(transport);
    this.templates = new TemplatesApi(transport);
    this.users = new UsersApi(transport);
  }

  /** A builder preset with {@link #DEFAULT_BASE_URL} and this SDK's User-Agent. */
  public static ClientOptions.Builder<SecureAIStudioClient> builder() {
    return ClientOptions.builder(SecureAIStudioClient::new)
        .defaultBaseURL(DEFAULT_BASE_URL)
        .userAgent("secure-ai-studio-sdk/" + VERSION + " (Java " + System.getProperty("java.version") + ")");
  }

  /** Options this client was built with. */
  public ClientOptions options() {
    return transport.options();
  }

  /** The client's settings; the API key and tokens never appear (R5.5). */
  @Override
  public String toString() {
    return "SecureAIStudioClient[" + transport.options() + "]";
  }

  /** Operations tagged {@code ApiKeys}. */
  public ApiKeysApi apiKeys() {
    return apiKeys;
  }

  /** Operations tagged {@code Assets}. */
  public AssetsApi assets() {
    return assets;
  }

  /** Operations tagged {@code AuditEvents}. */
  public AuditEventsApi auditEvents() {
    return auditEvents;
  }

  /** Operations tagged {@code Auth}. */
  public AuthApi auth() {
    return auth;
  }

  /** Operations tagged {@code Backups}. */
  public BackupsApi backups() {
    return backups;
  }

  /** Operations tagged {@code Compliance}. */
  public ComplianceApi compliance() {
    return compliance;
  }

  /** Operations tagged {@code Graphql}. */
  public GraphqlApi graphql() {
    return graphql;
  }

  /** Operations tagged {@code Health}. */
  public HealthApi health() {
    return health;
  }

  /** Operations tagged {@code Jobs}. */
  public JobsApi jobs() {
    return jobs;
  }

  /** Operations tagged {@code Metrics}. */
  public MetricsApi metrics() {
    return metrics;
  }

  /** Operations tagged {@code Roles}. */
  public RolesApi roles() {
    return roles;
  }

  /** Operations tagged {@code Templates}. */
  public TemplatesApi templates() {
    return templates;
  }

  /** Operations tagged {@code Users}. */
  public UsersApi users() {
    return users;
  }
}
