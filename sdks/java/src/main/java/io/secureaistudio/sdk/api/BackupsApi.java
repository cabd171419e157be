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
import io.secureaistudio.sdk.runtime.RequestOptions;
import io.secureaistudio.sdk.runtime.WaitOptions;
import io.secureaistudio.sdk.runtime.WaitTimeoutException;
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

  /**
   * Waits until the Backup is finished (rulebook R8), with the default {@link WaitOptions}:
   * polls every second at first, growing 1.5x up to 10 s, for at most 15 minutes.
   *
   * @param backupId The backup&#39;s ID.
   * @return the Backup once {@code status} is {@code completed}, {@code failed}
   * @throws WaitTimeoutException when it is still not finished after 15 minutes
   * @see #waitForBackup(String, WaitOptions)
   */
  public Backup waitForBackup(String backupId) {
    return waitForBackup(backupId, WaitOptions.defaults());
  }

  /**
   * Waits until the Backup is finished (rulebook R8): calls {@code getBackup} at once, then
   * again after each wait ({@code options}, or the server's {@code Retry-After}) until
   * {@code status} is terminal, and returns it whichever terminal status it has. Use it after
   * {@code createBackup}.
   *
   * <pre>{@code Backup done = api.waitForBackup(id, WaitOptions.defaults().withTimeout(Duration.ofMinutes(5)));}</pre>
   *
   * @param backupId The backup&#39;s ID.
   * @param options intervals and overall timeout
   * @return the Backup once {@code status} is {@code completed}, {@code failed}
   * @throws WaitTimeoutException when the next wait would pass {@code options.timeout()};
   *     {@code getLastState(Backup.class)} is the last Backup seen
   * @throws io.secureaistudio.sdk.runtime.APIUserAbortException when the thread is interrupted while waiting
   */
  public Backup waitForBackup(String backupId, WaitOptions options) {
    return Waiter.of("getBackup", "status", List.of("completed", "failed"))
        .waitFor(transport, options, () -> getBackupWithHttpInfo(backupId));
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
   * <pre>{@code for (var item : api.listBackupPoliciesAutoPaging(...)) { ... }}</pre>
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @return the first page, a {@code Page} of the items in {@code BackupPolicyList.data}
   */
  public BackupPolicyList.DataPage listBackupPoliciesAutoPaging(String cursor, Integer limit) {
    return new BackupPolicyList.DataPage(transport, listBackupPoliciesRequest(cursor, limit),
        "cursor", BackupPolicyList::getNextCursor);
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
   * <pre>{@code for (var item : api.listBackupsAutoPaging(...)) { ... }}</pre>
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @param status Only backups in this status. (optional)
   * @return the first page, a {@code Page} of the items in {@code BackupList.data}
   */
  public BackupList.DataPage listBackupsAutoPaging(String cursor, Integer limit, BackupStatus status) {
    return new BackupList.DataPage(transport, listBackupsRequest(cursor, limit, status),
        "cursor", BackupList::getNextCursor);
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
