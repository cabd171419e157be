// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.api;

import io.secureaistudio.sdk.model.Backup;
import io.secureaistudio.sdk.model.BackupCreate;
import io.secureaistudio.sdk.model.BackupList;
import io.secureaistudio.sdk.model.BackupPolicy;
import io.secureaistudio.sdk.model.BackupPolicyCreate;
import io.secureaistudio.sdk.model.BackupPolicyList;
import io.secureaistudio.sdk.model.BackupPolicyUpdate;
import io.secureaistudio.sdk.model.BackupStatus;
import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.model.Restore;
import io.secureaistudio.sdk.model.RestoreRequest;
import com.fasterxml.jackson.core.type.TypeReference;
import io.secureaistudio.sdk.runtime.ApiRequest;
import io.secureaistudio.sdk.runtime.ApiResponse;
import io.secureaistudio.sdk.runtime.AuthScheme;
import io.secureaistudio.sdk.runtime.BinaryResponse;
import io.secureaistudio.sdk.runtime.EventStream;
import io.secureaistudio.sdk.runtime.Page;
import io.secureaistudio.sdk.runtime.RequestOptions;
import io.secureaistudio.sdk.runtime.WaitOptions;
import io.secureaistudio.sdk.runtime.Waiter;
import io.secureaistudio.sdk.runtime.Transport;
import java.io.File;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Operations tagged {@code Backups}.
 *
 * <p>Get an instance from {@code SecureAIStudioClient#backups()}. Every method throws
 * {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with an error
 * status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class BackupsApi {
  private final Transport transport;

  static {
    // x-long-running of this API's operations: which poll operation a waiter calls, and when it stops.
    Waiter.register("getBackup", "status", List.of("completed", "failed"));
  }

  public BackupsApi(Transport transport) {
    this.transport = transport;
  }

  /**
   * This API with per-call options (rulebook R2.2): {@code timeout} and {@code maxRetries} override
   * the client's, extra headers are added. Shares the client's HTTP client and tokens.
   *
   * @param options the overrides
   * @return a view of this API whose calls use {@code options}
   */
  public BackupsApi withOptions(RequestOptions options) {
    return new BackupsApi(transport.withOptions(options));
  }

  /**
   * Waits for a long-running resource (rulebook R8): calls {@code poll} at once and then with
   * growing waits until the resource's status is terminal, and returns it (a failed one too).
   *
   * <pre>{@code Job job = api.waitFor("getJob", WaitOptions.defaults(), () -> api.getJobWithHttpInfo(jobId));}</pre>
   *
   * @param pollOperationId the {@code x-long-running.pollOperation} being called, e.g. {@code getJob}
   * @param options intervals and overall timeout
   * @param poll one poll, normally the poll operation's {@code ...WithHttpInfo} method
   * @throws io.secureaistudio.sdk.runtime.WaitTimeoutException when the timeout runs out first
   */
  public <T> T waitFor(String pollOperationId, WaitOptions options, java.util.function.Supplier<ApiResponse<T>> poll) {
    return Waiter.waitFor(transport, pollOperationId, options, poll);
  }

  /**
   * Create a backup
   * <p>Starts an encrypted backup of the chosen resources to a cloud destination. Data is encrypted with AES-256-GCM before it leaves the platform. Poll &#x60;getBackup&#x60; until it is terminal. 
   *
   * @param backupCreate BackupCreate
   * @param idempotencyKey A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice.  (optional)
   * @return Backup
   */
  public Backup createBackup(BackupCreate backupCreate, String idempotencyKey) {
    return createBackupWithHttpInfo(backupCreate, idempotencyKey).getData();
  }

  /**
   * Create a backup, with the response status and headers.
   *
   * @param backupCreate BackupCreate
   * @param idempotencyKey A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice.  (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<Backup> createBackupWithHttpInfo(BackupCreate backupCreate, String idempotencyKey) {
    ApiRequest request = createBackupRequest(backupCreate, idempotencyKey);
    return transport.execute(request, new TypeReference<Backup>() {});
  }


  private ApiRequest createBackupRequest(BackupCreate backupCreate, String idempotencyKey) {
    return ApiRequest.of("createBackup", "POST", "/backups")
        .require("BackupCreate", backupCreate)
        .header("Idempotency-Key", idempotencyKey)
        .jsonBody(backupCreate, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Create a backup policy
   * <p>Schedules recurring backups. &#x60;schedule&#x60; is a five-field cron expression in UTC; &#x60;regions&#x60; lists the regions every backup is replicated to (cross-region redundancy); backups older than &#x60;retentionDays&#x60; are deleted. 
   *
   * @param backupPolicyCreate BackupPolicyCreate
   * @param idempotencyKey A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice.  (optional)
   * @return BackupPolicy
   */
  public BackupPolicy createBackupPolicy(BackupPolicyCreate backupPolicyCreate, String idempotencyKey) {
    return createBackupPolicyWithHttpInfo(backupPolicyCreate, idempotencyKey).getData();
  }

  /**
   * Create a backup policy, with the response status and headers.
   *
   * @param backupPolicyCreate BackupPolicyCreate
   * @param idempotencyKey A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice.  (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<BackupPolicy> createBackupPolicyWithHttpInfo(BackupPolicyCreate backupPolicyCreate, String idempotencyKey) {
    ApiRequest request = createBackupPolicyRequest(backupPolicyCreate, idempotencyKey);
    return transport.execute(request, new TypeReference<BackupPolicy>() {});
  }


  private ApiRequest createBackupPolicyRequest(BackupPolicyCreate backupPolicyCreate, String idempotencyKey) {
    return ApiRequest.of("createBackupPolicy", "POST", "/backup-policies")
        .require("BackupPolicyCreate", backupPolicyCreate)
        .header("Idempotency-Key", idempotencyKey)
        .jsonBody(backupPolicyCreate, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Delete a backup policy
   * <p>Deletes a backup policy. Backups it already made are kept until their retention ends.
   *
   * @param policyId The backup policy&#39;s ID.
   */
  public void deleteBackupPolicy(String policyId) {
    deleteBackupPolicyWithHttpInfo(policyId);
  }

  /**
   * Delete a backup policy, with the response status and headers.
   *
   * @param policyId The backup policy&#39;s ID.
   * @return the decoded body with status code and headers
   */
  public ApiResponse<Void> deleteBackupPolicyWithHttpInfo(String policyId) {
    ApiRequest request = deleteBackupPolicyRequest(policyId);
    return transport.executeVoid(request);
  }


  private ApiRequest deleteBackupPolicyRequest(String policyId) {
    return ApiRequest.of("deleteBackupPolicy", "DELETE", "/backup-policies/{policyId}")
        .require("policyId", policyId)
        .pathParam("policyId", policyId)
        .accept("application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Get a backup
   * <p>Returns a backup with its status, size and checksum.
   *
   * @param backupId The backup&#39;s ID.
   * @return Backup
   */
  public Backup getBackup(String backupId) {
    return getBackupWithHttpInfo(backupId).getData();
  }

  /**
   * Get a backup, with the response status and headers.
   *
   * @param backupId The backup&#39;s ID.
   * @return the decoded body with status code and headers
   */
  public ApiResponse<Backup> getBackupWithHttpInfo(String backupId) {
    ApiRequest request = getBackupRequest(backupId);
    return transport.execute(request, new TypeReference<Backup>() {});
  }


  private ApiRequest getBackupRequest(String backupId) {
    return ApiRequest.of("getBackup", "GET", "/backups/{backupId}")
        .require("backupId", backupId)
        .pathParam("backupId", backupId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Get a backup policy
   * <p>Returns one backup policy.
   *
   * @param policyId The backup policy&#39;s ID.
   * @return BackupPolicy
   */
  public BackupPolicy getBackupPolicy(String policyId) {
    return getBackupPolicyWithHttpInfo(policyId).getData();
  }

  /**
   * Get a backup policy, with the response status and headers.
   *
   * @param policyId The backup policy&#39;s ID.
   * @return the decoded body with status code and headers
   */
  public ApiResponse<BackupPolicy> getBackupPolicyWithHttpInfo(String policyId) {
    ApiRequest request = getBackupPolicyRequest(policyId);
    return transport.execute(request, new TypeReference<BackupPolicy>() {});
  }


  private ApiRequest getBackupPolicyRequest(String policyId) {
    return ApiRequest.of("getBackupPolicy", "GET", "/backup-policies/{policyId}")
        .require("policyId", policyId)
        .pathParam("policyId", policyId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * List backup policies
   * <p>Lists the scheduled backup policies.
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @return BackupPolicyList
   */
  public BackupPolicyList listBackupPolicies(String cursor, Integer limit) {
    return listBackupPoliciesWithHttpInfo(cursor, limit).getData();
  }

  /**
   * List backup policies, with the response status and headers.
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<BackupPolicyList> listBackupPoliciesWithHttpInfo(String cursor, Integer limit) {
    ApiRequest request = listBackupPoliciesRequest(cursor, limit);
    return transport.execute(request, new TypeReference<BackupPolicyList>() {});
  }

  /**
   * List backup policies: the first page, which also iterates over
   * every item of every page, fetching the next page only when needed (rulebook R6).
   *
   * <pre>{@code Page<Item> page = api.listBackupPoliciesAutoPaging(...); for (Item item : page) { ... }}</pre>
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @param <T> the item type of {@code BackupPolicyList.data}
   * @return the first page
   */
  @SuppressWarnings("unchecked")
  public <T> Page<T> listBackupPoliciesAutoPaging(String cursor, Integer limit) {
    return (Page<T>) (Page<?>) Page.first(transport, listBackupPoliciesRequest(cursor, limit),
        new TypeReference<BackupPolicyList>() {}, "cursor",
        BackupPolicyList::getData, BackupPolicyList::getNextCursor);
  }


  private ApiRequest listBackupPoliciesRequest(String cursor, Integer limit) {
    return ApiRequest.of("listBackupPolicies", "GET", "/backup-policies")
        .queryParam("cursor", cursor)
        .queryParam("limit", limit)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * List backups
   * <p>Lists backups, newest first, optionally filtered by status.
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @param status Only backups in this status. (optional)
   * @return BackupList
   */
  public BackupList listBackups(String cursor, Integer limit, BackupStatus status) {
    return listBackupsWithHttpInfo(cursor, limit, status).getData();
  }

  /**
   * List backups, with the response status and headers.
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @param status Only backups in this status. (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<BackupList> listBackupsWithHttpInfo(String cursor, Integer limit, BackupStatus status) {
    ApiRequest request = listBackupsRequest(cursor, limit, status);
    return transport.execute(request, new TypeReference<BackupList>() {});
  }

  /**
   * List backups: the first page, which also iterates over
   * every item of every page, fetching the next page only when needed (rulebook R6).
   *
   * <pre>{@code Page<Item> page = api.listBackupsAutoPaging(...); for (Item item : page) { ... }}</pre>
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @param status Only backups in this status. (optional)
   * @param <T> the item type of {@code BackupList.data}
   * @return the first page
   */
  @SuppressWarnings("unchecked")
  public <T> Page<T> listBackupsAutoPaging(String cursor, Integer limit, BackupStatus status) {
    return (Page<T>) (Page<?>) Page.first(transport, listBackupsRequest(cursor, limit, status),
        new TypeReference<BackupList>() {}, "cursor",
        BackupList::getData, BackupList::getNextCursor);
  }


  private ApiRequest listBackupsRequest(String cursor, Integer limit, BackupStatus status) {
    return ApiRequest.of("listBackups", "GET", "/backups")
        .queryParam("cursor", cursor)
        .queryParam("limit", limit)
        .queryParam("status", status)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Restore a backup
   * <p>Restores resources from a completed backup. With &#x60;dryRun&#x60; the restore only reports what it would change. A backup that is not &#x60;completed&#x60; answers 409. 
   *
   * @param backupId The backup&#39;s ID.
   * @param restoreRequest RestoreRequest
   * @param idempotencyKey A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice.  (optional)
   * @return Restore
   */
  public Restore restoreBackup(String backupId, RestoreRequest restoreRequest, String idempotencyKey) {
    return restoreBackupWithHttpInfo(backupId, restoreRequest, idempotencyKey).getData();
  }

  /**
   * Restore a backup, with the response status and headers.
   *
   * @param backupId The backup&#39;s ID.
   * @param restoreRequest RestoreRequest
   * @param idempotencyKey A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice.  (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<Restore> restoreBackupWithHttpInfo(String backupId, RestoreRequest restoreRequest, String idempotencyKey) {
    ApiRequest request = restoreBackupRequest(backupId, restoreRequest, idempotencyKey);
    return transport.execute(request, new TypeReference<Restore>() {});
  }


  private ApiRequest restoreBackupRequest(String backupId, RestoreRequest restoreRequest, String idempotencyKey) {
    return ApiRequest.of("restoreBackup", "POST", "/backups/{backupId}/restore")
        .require("backupId", backupId)
        .require("RestoreRequest", restoreRequest)
        .pathParam("backupId", backupId)
        .header("Idempotency-Key", idempotencyKey)
        .jsonBody(restoreRequest, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Update a backup policy
   * <p>Changes a backup policy. Fields left out are unchanged; the next scheduled run uses the new settings.
   *
   * @param policyId The backup policy&#39;s ID.
   * @param backupPolicyUpdate BackupPolicyUpdate
   * @return BackupPolicy
   */
  public BackupPolicy updateBackupPolicy(String policyId, BackupPolicyUpdate backupPolicyUpdate) {
    return updateBackupPolicyWithHttpInfo(policyId, backupPolicyUpdate).getData();
  }

  /**
   * Update a backup policy, with the response status and headers.
   *
   * @param policyId The backup policy&#39;s ID.
   * @param backupPolicyUpdate BackupPolicyUpdate
   * @return the decoded body with status code and headers
   */
  public ApiResponse<BackupPolicy> updateBackupPolicyWithHttpInfo(String policyId, BackupPolicyUpdate backupPolicyUpdate) {
    ApiRequest request = updateBackupPolicyRequest(policyId, backupPolicyUpdate);
    return transport.execute(request, new TypeReference<BackupPolicy>() {});
  }


  private ApiRequest updateBackupPolicyRequest(String policyId, BackupPolicyUpdate backupPolicyUpdate) {
    return ApiRequest.of("updateBackupPolicy", "PATCH", "/backup-policies/{policyId}")
        .require("policyId", policyId)
        .require("BackupPolicyUpdate", backupPolicyUpdate)
        .pathParam("policyId", policyId)
        .jsonBody(backupPolicyUpdate, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
