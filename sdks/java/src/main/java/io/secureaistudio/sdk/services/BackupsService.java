// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.services;

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
import io.secureaistudio.sdk.params.BackupListPoliciesParams;
import io.secureaistudio.sdk.params.BackupListParams;
import com.fasterxml.jackson.core.type.TypeReference;
import io.secureaistudio.sdk.runtime.ApiOperation;
import io.secureaistudio.sdk.runtime.ApiParam;
import io.secureaistudio.sdk.runtime.ApiRequest;
import io.secureaistudio.sdk.runtime.ApiResponse;
import io.secureaistudio.sdk.runtime.AsyncCalls;
import io.secureaistudio.sdk.runtime.AsyncEventStream;
import io.secureaistudio.sdk.runtime.AuthScheme;
import io.secureaistudio.sdk.runtime.BinaryResponse;
import io.secureaistudio.sdk.runtime.EventStream;
import io.secureaistudio.sdk.runtime.HttpResponseFor;
import io.secureaistudio.sdk.runtime.RequestOptions;
import io.secureaistudio.sdk.runtime.Transport;
import io.secureaistudio.sdk.runtime.UploadFile;
import io.secureaistudio.sdk.runtime.WaitOptions;
import io.secureaistudio.sdk.runtime.WaitTimeoutException;
import io.secureaistudio.sdk.runtime.Waiter;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The {@code backups} resource.
 *
 * <p>Get it from {@code client.backups()}; {@code client.async().backups()}
 * has the same methods returning {@code CompletableFuture}s ({@link Async}). Optional and query
 * parameters go in the operation's immutable params class in {@code io.secureaistudio.sdk.params}
 * ({@code ...Params.builder()}); every
 * method throws {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with
 * an error status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class BackupsService {
  private final Transport transport;
  private final WithRawResponse raw;

  /**
   * The {@code backups} resource over {@code transport}; the client creates it ({@code client.backups()}).
   *
   * @param transport sends this resource's requests (the client's HTTP client, options and tokens)
   */
  public BackupsService(Transport transport) {
    this.transport = transport;
    this.raw = new WithRawResponse(transport);
  }

  /**
   * This resource with per-call options (rulebook R2.2): {@code timeout}, {@code maxRetries},
   * {@code idempotencyKey} and extra headers. Shares the client's HTTP client and tokens.
   *
   * @param options the overrides
   * @return a view of this resource whose calls use {@code options}
   */
  public BackupsService withOptions(RequestOptions options) {
    return new BackupsService(transport.withOptions(options));
  }

  /**
   * The same methods returning the decoded body with status code and headers ({@link HttpResponseFor}).
   *
   * @return the raw-response view of this resource
   */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * Create a backup ({@code POST /backups}, operation {@code createBackup}).
   * <p>Starts an encrypted backup of the chosen resources to a cloud destination. Data is encrypted with AES-256-GCM before it leaves the platform. Poll &#x60;getBackup&#x60; until it is terminal. 
   *
   * @param backupCreate the request body
   * @return the decoded response body
   */
  @ApiOperation("createBackup")
  public Backup create(@ApiParam(in = "body") BackupCreate backupCreate) {
    return raw.create(backupCreate).getData();
  }

  /**
   * Create a backup policy ({@code POST /backup-policies}, operation {@code createBackupPolicy}).
   * <p>Schedules recurring backups. &#x60;schedule&#x60; is a five-field cron expression in UTC; &#x60;regions&#x60; lists the regions every backup is replicated to (cross-region redundancy); backups older than &#x60;retentionDays&#x60; are deleted. 
   *
   * @param backupPolicyCreate the request body
   * @return the decoded response body
   */
  @ApiOperation("createBackupPolicy")
  public BackupPolicy createPolicy(@ApiParam(in = "body") BackupPolicyCreate backupPolicyCreate) {
    return raw.createPolicy(backupPolicyCreate).getData();
  }

  /**
   * Delete a backup policy ({@code DELETE /backup-policies/{policyId}}, operation {@code deleteBackupPolicy}).
   * <p>Deletes a backup policy. Backups it already made are kept until their retention ends.
   *
   * @param policyId The backup policy&#39;s ID.
   */
  @ApiOperation("deleteBackupPolicy")
  public void deletePolicy(@ApiParam(in = "path", name = "policyId") String policyId) {
    raw.deletePolicy(policyId);
  }

  /**
   * Get a backup ({@code GET /backups/{backupId}}, operation {@code getBackup}).
   * <p>Returns a backup with its status, size and checksum.
   *
   * @param backupId The backup&#39;s ID.
   * @return the decoded response body
   */
  @ApiOperation("getBackup")
  public Backup retrieve(@ApiParam(in = "path", name = "backupId") String backupId) {
    return raw.retrieve(backupId).getData();
  }

  /**
   * Waits until the Backup is finished (rulebook R8), with the default {@link WaitOptions}:
   * polls every second at first, growing 1.5x up to 10 s, for at most 15 minutes.
   *
   * @param backupId The backup&#39;s ID.
   * @return the Backup once {@code status} is {@code completed}, {@code failed}
   * @throws WaitTimeoutException when it is still not finished after 15 minutes
   */
  @ApiOperation(value = "getBackup", call = "wait")
  public Backup waitFor(@ApiParam(in = "path", name = "backupId") String backupId) {
    return waitFor(backupId, WaitOptions.defaults());
  }

  /**
   * Waits until the Backup is finished (rulebook R8): calls {@code getBackup} at once, then
   * again after each wait ({@code options}, or the server's {@code Retry-After}) until
   * {@code status} is terminal, and returns it whichever terminal status it has. Use it after
   * {@code createBackup}.
   *
   * @param backupId The backup&#39;s ID.
   * @param options intervals and overall timeout
   * @return the Backup once {@code status} is terminal
   * @throws WaitTimeoutException when the next wait would pass {@code options.timeout()};
   *     {@code getLastState(Backup.class)} is the last Backup seen
   * @throws io.secureaistudio.sdk.runtime.APIUserAbortException when the thread is interrupted while waiting
   */
  @ApiOperation(value = "getBackup", call = "wait")
  public Backup waitFor(@ApiParam(in = "path", name = "backupId") String backupId, WaitOptions options) {
    return Waiter.of("getBackup", "status", List.of("completed", "failed"))
        .waitFor(transport, options, () -> raw.retrieve(backupId));
  }

  /**
   * Get a backup policy ({@code GET /backup-policies/{policyId}}, operation {@code getBackupPolicy}).
   * <p>Returns one backup policy.
   *
   * @param policyId The backup policy&#39;s ID.
   * @return the decoded response body
   */
  @ApiOperation("getBackupPolicy")
  public BackupPolicy retrievePolicy(@ApiParam(in = "path", name = "policyId") String policyId) {
    return raw.retrievePolicy(policyId).getData();
  }

  /**
   * List backup policies ({@code GET /backup-policies}, operation {@code listBackupPolicies}).
   * <p>Lists the scheduled backup policies.
   * <p>Returns the first page; iterating it ({@code autoPager()}, {@code stream()}) fetches the
   * next pages when needed (rulebook R6).
   *
   * @param params the operation's other parameters (may be null)
   * @return the first page
   */
  @ApiOperation("listBackupPolicies")
  public BackupPolicyList.DataPage listPolicies(BackupListPoliciesParams params) {
    return new BackupPolicyList.DataPage(transport, listPoliciesRequest(params),
        "cursor", BackupPolicyList::getNextCursor);
  }

  /**
   * List backup policies, without optional parameters.
   *
   * @return the first page
   */
  @ApiOperation("listBackupPolicies")
  public BackupPolicyList.DataPage listPolicies() {
    return listPolicies(null);
  }

  /**
   * List backups ({@code GET /backups}, operation {@code listBackups}).
   * <p>Lists backups, newest first, optionally filtered by status.
   * <p>Returns the first page; iterating it ({@code autoPager()}, {@code stream()}) fetches the
   * next pages when needed (rulebook R6).
   *
   * @param params the operation's other parameters (may be null)
   * @return the first page
   */
  @ApiOperation("listBackups")
  public BackupList.DataPage list(BackupListParams params) {
    return new BackupList.DataPage(transport, listRequest(params),
        "cursor", BackupList::getNextCursor);
  }

  /**
   * List backups, without optional parameters.
   *
   * @return the first page
   */
  @ApiOperation("listBackups")
  public BackupList.DataPage list() {
    return list(null);
  }

  /**
   * Restore a backup ({@code POST /backups/{backupId}/restore}, operation {@code restoreBackup}).
   * <p>Restores resources from a completed backup. With &#x60;dryRun&#x60; the restore only reports what it would change. A backup that is not &#x60;completed&#x60; answers 409. 
   *
   * @param backupId The backup&#39;s ID.
   * @param restoreRequest the request body
   * @return the decoded response body
   */
  @ApiOperation("restoreBackup")
  public Restore restore(@ApiParam(in = "path", name = "backupId") String backupId, @ApiParam(in = "body") RestoreRequest restoreRequest) {
    return raw.restore(backupId, restoreRequest).getData();
  }

  /**
   * Update a backup policy ({@code PATCH /backup-policies/{policyId}}, operation {@code updateBackupPolicy}).
   * <p>Changes a backup policy. Fields left out are unchanged; the next scheduled run uses the new settings.
   *
   * @param policyId The backup policy&#39;s ID.
   * @param backupPolicyUpdate the request body
   * @return the decoded response body
   */
  @ApiOperation("updateBackupPolicy")
  public BackupPolicy updatePolicy(@ApiParam(in = "path", name = "policyId") String policyId, @ApiParam(in = "body") BackupPolicyUpdate backupPolicyUpdate) {
    return raw.updatePolicy(policyId, backupPolicyUpdate).getData();
  }

  /**
   * The methods of {@link BackupsService} returning the decoded body together with the response's
   * status code and headers; list methods return one page's body, event streams the raw text.
   */
  public static final class WithRawResponse {
    private final Transport transport;

    WithRawResponse(Transport transport) {
      this.transport = transport;
    }

    /**
     * Create a backup, with status and headers.
     *
     * @param backupCreate the request body
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<Backup> create(@ApiParam(in = "body") BackupCreate backupCreate) {
      ApiRequest request = createRequest(backupCreate);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<Backup>() {}));
    }

    /**
     * Create a backup policy, with status and headers.
     *
     * @param backupPolicyCreate the request body
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<BackupPolicy> createPolicy(@ApiParam(in = "body") BackupPolicyCreate backupPolicyCreate) {
      ApiRequest request = createPolicyRequest(backupPolicyCreate);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<BackupPolicy>() {}));
    }

    /**
     * Delete a backup policy, with status and headers.
     *
     * @param policyId The backup policy&#39;s ID.
     * @return the status code, headers and no body ({@code getData()} is null)
     */
    public HttpResponseFor<Void> deletePolicy(@ApiParam(in = "path", name = "policyId") String policyId) {
      ApiRequest request = deletePolicyRequest(policyId);
      return HttpResponseFor.of(transport.executeVoid(request));
    }

    /**
     * Get a backup, with status and headers.
     *
     * @param backupId The backup&#39;s ID.
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<Backup> retrieve(@ApiParam(in = "path", name = "backupId") String backupId) {
      ApiRequest request = retrieveRequest(backupId);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<Backup>() {}));
    }

    /**
     * Get a backup policy, with status and headers.
     *
     * @param policyId The backup policy&#39;s ID.
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<BackupPolicy> retrievePolicy(@ApiParam(in = "path", name = "policyId") String policyId) {
      ApiRequest request = retrievePolicyRequest(policyId);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<BackupPolicy>() {}));
    }

    /**
     * List backup policies, with status and headers.
     *
     * @param params the operation's other parameters (may be null)
     * @return the status code, headers and decoded body (one page)
     */
    public HttpResponseFor<BackupPolicyList> listPolicies(BackupListPoliciesParams params) {
      ApiRequest request = listPoliciesRequest(params);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<BackupPolicyList>() {}));
    }

    /**
     * List backup policies, without optional parameters, with status and headers.
     *
     * @return the status code, headers and decoded body (one page)
     */
    public HttpResponseFor<BackupPolicyList> listPolicies() {
      return listPolicies(null);
    }

    /**
     * List backups, with status and headers.
     *
     * @param params the operation's other parameters (may be null)
     * @return the status code, headers and decoded body (one page)
     */
    public HttpResponseFor<BackupList> list(BackupListParams params) {
      ApiRequest request = listRequest(params);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<BackupList>() {}));
    }

    /**
     * List backups, without optional parameters, with status and headers.
     *
     * @return the status code, headers and decoded body (one page)
     */
    public HttpResponseFor<BackupList> list() {
      return list(null);
    }

    /**
     * Restore a backup, with status and headers.
     *
     * @param backupId The backup&#39;s ID.
     * @param restoreRequest the request body
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<Restore> restore(@ApiParam(in = "path", name = "backupId") String backupId, @ApiParam(in = "body") RestoreRequest restoreRequest) {
      ApiRequest request = restoreRequest(backupId, restoreRequest);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<Restore>() {}));
    }

    /**
     * Update a backup policy, with status and headers.
     *
     * @param policyId The backup policy&#39;s ID.
     * @param backupPolicyUpdate the request body
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<BackupPolicy> updatePolicy(@ApiParam(in = "path", name = "policyId") String policyId, @ApiParam(in = "body") BackupPolicyUpdate backupPolicyUpdate) {
      ApiRequest request = updatePolicyRequest(policyId, backupPolicyUpdate);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<BackupPolicy>() {}));
    }
  }

  /**
   * The methods of {@link BackupsService} as {@link CompletableFuture}s, run on the client's async
   * executor. Cancelling a future ({@code cancel(true)} or {@code cancel(false)}) interrupts its call
   * (rulebook R2.3): a call not yet started sends nothing, a running attempt, retry wait or waiter
   * poll stops with {@code APIUserAbortException}. List methods and event streams block no thread
   * at all: they use {@code HttpClient.sendAsync}, an {@code AsyncPage} requests its next page only
   * when asked ({@code getNextPage()}, {@code autoPager().forEach(...)}), an {@code AsyncEventStream}
   * pushes events to its subscriber as they arrive.
   */
  public static final class Async {
    private final BackupsService sync;
    private final Executor executor;

    /**
     * The async view of {@code sync}; the client creates it ({@code client.async().backups()}).
     *
     * @param sync the resource whose calls this view runs
     * @param executor runs the calls that block (the client's async executor)
     */
    public Async(BackupsService sync, Executor executor) {
      this.sync = Objects.requireNonNull(sync, "sync");
      this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * This resource with per-call options (R2.2), as for {@link BackupsService#withOptions}.
     *
     * @param options the overrides
     * @return an async view of this resource whose calls use {@code options}
     */
    public Async withOptions(RequestOptions options) {
      return new Async(sync.withOptions(options), executor);
    }

    /**
     * Create a backup: see {@link BackupsService#create}.
     *
     * @param backupCreate the request body
     * @return a future of the decoded response body
     */
    public CompletableFuture<Backup> create(@ApiParam(in = "body") BackupCreate backupCreate) {
      return AsyncCalls.run(executor, () -> sync.create(backupCreate));
    }

    /**
     * Create a backup policy: see {@link BackupsService#createPolicy}.
     *
     * @param backupPolicyCreate the request body
     * @return a future of the decoded response body
     */
    public CompletableFuture<BackupPolicy> createPolicy(@ApiParam(in = "body") BackupPolicyCreate backupPolicyCreate) {
      return AsyncCalls.run(executor, () -> sync.createPolicy(backupPolicyCreate));
    }

    /**
     * Delete a backup policy: see {@link BackupsService#deletePolicy}.
     *
     * @param policyId The backup policy&#39;s ID.
     * @return a future completing with null once the call succeeded
     */
    public CompletableFuture<Void> deletePolicy(@ApiParam(in = "path", name = "policyId") String policyId) {
      return AsyncCalls.run(executor, () -> { sync.deletePolicy(policyId); return null; });
    }

    /**
     * Get a backup: see {@link BackupsService#retrieve}.
     *
     * @param backupId The backup&#39;s ID.
     * @return a future of the decoded response body
     */
    public CompletableFuture<Backup> retrieve(@ApiParam(in = "path", name = "backupId") String backupId) {
      return AsyncCalls.run(executor, () -> sync.retrieve(backupId));
    }

    /**
     * Waits until the Backup is finished, with the default {@link WaitOptions}: see {@link BackupsService#waitFor}.
     *
     * @param backupId The backup&#39;s ID.
     * @return a future of the Backup once {@code status} is terminal
     */
    public CompletableFuture<Backup> waitFor(String backupId) {
      return AsyncCalls.run(executor, () -> sync.waitFor(backupId));
    }

    /**
     * Waits until the Backup is finished: see {@link BackupsService#waitFor}.
     *
     * @param backupId The backup&#39;s ID.
     * @param options intervals and overall timeout
     * @return a future of the Backup once {@code status} is terminal
     */
    public CompletableFuture<Backup> waitFor(String backupId, WaitOptions options) {
      return AsyncCalls.run(executor, () -> sync.waitFor(backupId, options));
    }

    /**
     * Get a backup policy: see {@link BackupsService#retrievePolicy}.
     *
     * @param policyId The backup policy&#39;s ID.
     * @return a future of the decoded response body
     */
    public CompletableFuture<BackupPolicy> retrievePolicy(@ApiParam(in = "path", name = "policyId") String policyId) {
      return AsyncCalls.run(executor, () -> sync.retrievePolicy(policyId));
    }

    /**
     * List backup policies: see {@link BackupsService#listPolicies}.
     *
     * @param params the operation's other parameters (may be null)
     * @return a future of the first page; its {@code getNextPage()} and {@code autoPager()} fetch the next ones
     */
    public CompletableFuture<BackupPolicyList.DataAsyncPage> listPolicies(BackupListPoliciesParams params) {
      return BackupPolicyList.DataAsyncPage.first(sync.transport, listPoliciesRequest(params),
          "cursor", BackupPolicyList::getNextCursor);
    }

    /**
     * List backup policies, without optional parameters.
     *
     * @return a future of the first page; its {@code getNextPage()} and {@code autoPager()} fetch the next ones
     */
    public CompletableFuture<BackupPolicyList.DataAsyncPage> listPolicies() {
      return listPolicies(null);
    }

    /**
     * List backups: see {@link BackupsService#list}.
     *
     * @param params the operation's other parameters (may be null)
     * @return a future of the first page; its {@code getNextPage()} and {@code autoPager()} fetch the next ones
     */
    public CompletableFuture<BackupList.DataAsyncPage> list(BackupListParams params) {
      return BackupList.DataAsyncPage.first(sync.transport, listRequest(params),
          "cursor", BackupList::getNextCursor);
    }

    /**
     * List backups, without optional parameters.
     *
     * @return a future of the first page; its {@code getNextPage()} and {@code autoPager()} fetch the next ones
     */
    public CompletableFuture<BackupList.DataAsyncPage> list() {
      return list(null);
    }

    /**
     * Restore a backup: see {@link BackupsService#restore}.
     *
     * @param backupId The backup&#39;s ID.
     * @param restoreRequest the request body
     * @return a future of the decoded response body
     */
    public CompletableFuture<Restore> restore(@ApiParam(in = "path", name = "backupId") String backupId, @ApiParam(in = "body") RestoreRequest restoreRequest) {
      return AsyncCalls.run(executor, () -> sync.restore(backupId, restoreRequest));
    }

    /**
     * Update a backup policy: see {@link BackupsService#updatePolicy}.
     *
     * @param policyId The backup policy&#39;s ID.
     * @param backupPolicyUpdate the request body
     * @return a future of the decoded response body
     */
    public CompletableFuture<BackupPolicy> updatePolicy(@ApiParam(in = "path", name = "policyId") String policyId, @ApiParam(in = "body") BackupPolicyUpdate backupPolicyUpdate) {
      return AsyncCalls.run(executor, () -> sync.updatePolicy(policyId, backupPolicyUpdate));
    }
  }

  private static ApiRequest createRequest(@ApiParam(in = "body") BackupCreate backupCreate) {
    return ApiRequest.of("createBackup", "POST", "/backups")
        .header("Idempotency-Key", null)
        .require("BackupCreate", backupCreate)
        .jsonBody(backupCreate, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest createPolicyRequest(@ApiParam(in = "body") BackupPolicyCreate backupPolicyCreate) {
    return ApiRequest.of("createBackupPolicy", "POST", "/backup-policies")
        .header("Idempotency-Key", null)
        .require("BackupPolicyCreate", backupPolicyCreate)
        .jsonBody(backupPolicyCreate, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest deletePolicyRequest(@ApiParam(in = "path", name = "policyId") String policyId) {
    return ApiRequest.of("deleteBackupPolicy", "DELETE", "/backup-policies/{policyId}")
        .require("policyId", policyId)
        .pathParam("policyId", policyId)
        .accept("application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest retrieveRequest(@ApiParam(in = "path", name = "backupId") String backupId) {
    return ApiRequest.of("getBackup", "GET", "/backups/{backupId}")
        .require("backupId", backupId)
        .pathParam("backupId", backupId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest retrievePolicyRequest(@ApiParam(in = "path", name = "policyId") String policyId) {
    return ApiRequest.of("getBackupPolicy", "GET", "/backup-policies/{policyId}")
        .require("policyId", policyId)
        .pathParam("policyId", policyId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest listPoliciesRequest(BackupListPoliciesParams params) {
    return ApiRequest.of("listBackupPolicies", "GET", "/backup-policies")
        .queryParam("cursor", params == null ? null : params.cursor())
        .queryParam("limit", params == null ? null : params.limit())
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest listRequest(BackupListParams params) {
    return ApiRequest.of("listBackups", "GET", "/backups")
        .queryParam("cursor", params == null ? null : params.cursor())
        .queryParam("limit", params == null ? null : params.limit())
        .queryParam("status", params == null ? null : params.status())
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest restoreRequest(@ApiParam(in = "path", name = "backupId") String backupId, @ApiParam(in = "body") RestoreRequest restoreRequest) {
    return ApiRequest.of("restoreBackup", "POST", "/backups/{backupId}/restore")
        .require("backupId", backupId)
        .pathParam("backupId", backupId)
        .header("Idempotency-Key", null)
        .require("RestoreRequest", restoreRequest)
        .jsonBody(restoreRequest, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest updatePolicyRequest(@ApiParam(in = "path", name = "policyId") String policyId, @ApiParam(in = "body") BackupPolicyUpdate backupPolicyUpdate) {
    return ApiRequest.of("updateBackupPolicy", "PATCH", "/backup-policies/{policyId}")
        .require("policyId", policyId)
        .pathParam("policyId", policyId)
        .require("BackupPolicyUpdate", backupPolicyUpdate)
        .jsonBody(backupPolicyUpdate, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
