// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.services;

import io.secureaistudio.sdk.model.PermissionList;
import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.model.Role;
import io.secureaistudio.sdk.model.RoleAssignment;
import io.secureaistudio.sdk.model.RoleList;
import io.secureaistudio.sdk.model.User;
import io.secureaistudio.sdk.params.RoleListPermissionsParams;
import io.secureaistudio.sdk.params.RoleListParams;
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
 * The {@code roles} resource.
 *
 * <p>Get it from {@code client.roles()}; {@code client.async().roles()}
 * has the same methods returning {@code CompletableFuture}s ({@link Async}). Optional and query
 * parameters go in the operation's immutable params class in {@code io.secureaistudio.sdk.params}
 * ({@code ...Params.builder()}); every
 * method throws {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with
 * an error status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class RolesService {
  private final Transport transport;
  private final WithRawResponse raw;

  /**
   * The {@code roles} resource over {@code transport}; the client creates it ({@code client.roles()}).
   *
   * @param transport sends this resource's requests (the client's HTTP client, options and tokens)
   */
  public RolesService(Transport transport) {
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
  public RolesService withOptions(RequestOptions options) {
    return new RolesService(transport.withOptions(options));
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
   * Assign roles to a user ({@code PUT /users/{userId}/roles}, operation {@code assignUserRoles}).
   * <p>Replaces the set of roles a user holds. The user&#39;s effective permissions change at once.
   *
   * @param userId The user&#39;s ID.
   * @param roleAssignment the request body
   * @return the decoded response body
   */
  @ApiOperation("assignUserRoles")
  public User assign(@ApiParam(in = "path", name = "userId") String userId, @ApiParam(in = "body") RoleAssignment roleAssignment) {
    return raw.assign(userId, roleAssignment).getData();
  }

  /**
   * Get a role ({@code GET /roles/{roleId}}, operation {@code getRole}).
   * <p>Returns one role with its permissions.
   *
   * @param roleId The role&#39;s ID.
   * @return the decoded response body
   */
  @ApiOperation("getRole")
  public Role retrieve(@ApiParam(in = "path", name = "roleId") String roleId) {
    return raw.retrieve(roleId).getData();
  }

  /**
   * List permissions ({@code GET /permissions}, operation {@code listPermissions}).
   * <p>Lists every permission a role can grant.
   * <p>Returns the first page; iterating it ({@code autoPager()}, {@code stream()}) fetches the
   * next pages when needed (rulebook R6).
   *
   * @param params the operation's other parameters (may be null)
   * @return the first page
   */
  @ApiOperation("listPermissions")
  public PermissionList.DataPage listPermissions(RoleListPermissionsParams params) {
    return new PermissionList.DataPage(transport, listPermissionsRequest(params),
        "cursor", PermissionList::getNextCursor);
  }

  /**
   * List permissions, without optional parameters.
   *
   * @return the first page
   */
  @ApiOperation("listPermissions")
  public PermissionList.DataPage listPermissions() {
    return listPermissions(null);
  }

  /**
   * List roles ({@code GET /roles}, operation {@code listRoles}).
   * <p>Lists the built-in and custom roles with their permissions.
   * <p>Returns the first page; iterating it ({@code autoPager()}, {@code stream()}) fetches the
   * next pages when needed (rulebook R6).
   *
   * @param params the operation's other parameters (may be null)
   * @return the first page
   */
  @ApiOperation("listRoles")
  public RoleList.DataPage list(RoleListParams params) {
    return new RoleList.DataPage(transport, listRequest(params),
        "cursor", RoleList::getNextCursor);
  }

  /**
   * List roles, without optional parameters.
   *
   * @return the first page
   */
  @ApiOperation("listRoles")
  public RoleList.DataPage list() {
    return list(null);
  }

  /**
   * The methods of {@link RolesService} returning the decoded body together with the response's
   * status code and headers; list methods return one page's body, event streams the raw text.
   */
  public static final class WithRawResponse {
    private final Transport transport;

    WithRawResponse(Transport transport) {
      this.transport = transport;
    }

    /**
     * Assign roles to a user, with status and headers.
     *
     * @param userId The user&#39;s ID.
     * @param roleAssignment the request body
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<User> assign(@ApiParam(in = "path", name = "userId") String userId, @ApiParam(in = "body") RoleAssignment roleAssignment) {
      ApiRequest request = assignRequest(userId, roleAssignment);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<User>() {}));
    }

    /**
     * Get a role, with status and headers.
     *
     * @param roleId The role&#39;s ID.
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<Role> retrieve(@ApiParam(in = "path", name = "roleId") String roleId) {
      ApiRequest request = retrieveRequest(roleId);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<Role>() {}));
    }

    /**
     * List permissions, with status and headers.
     *
     * @param params the operation's other parameters (may be null)
     * @return the status code, headers and decoded body (one page)
     */
    public HttpResponseFor<PermissionList> listPermissions(RoleListPermissionsParams params) {
      ApiRequest request = listPermissionsRequest(params);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<PermissionList>() {}));
    }

    /**
     * List permissions, without optional parameters, with status and headers.
     *
     * @return the status code, headers and decoded body (one page)
     */
    public HttpResponseFor<PermissionList> listPermissions() {
      return listPermissions(null);
    }

    /**
     * List roles, with status and headers.
     *
     * @param params the operation's other parameters (may be null)
     * @return the status code, headers and decoded body (one page)
     */
    public HttpResponseFor<RoleList> list(RoleListParams params) {
      ApiRequest request = listRequest(params);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<RoleList>() {}));
    }

    /**
     * List roles, without optional parameters, with status and headers.
     *
     * @return the status code, headers and decoded body (one page)
     */
    public HttpResponseFor<RoleList> list() {
      return list(null);
    }
  }

  /**
   * The methods of {@link RolesService} as {@link CompletableFuture}s, run on the client's async
   * executor. Cancelling a future ({@code cancel(true)} or {@code cancel(false)}) interrupts its call
   * (rulebook R2.3): a call not yet started sends nothing, a running attempt, retry wait or waiter
   * poll stops with {@code APIUserAbortException}. List methods and event streams block no thread
   * at all: they use {@code HttpClient.sendAsync}, an {@code AsyncPage} requests its next page only
   * when asked ({@code getNextPage()}, {@code autoPager().forEach(...)}), an {@code AsyncEventStream}
   * pushes events to its subscriber as they arrive.
   */
  public static final class Async {
    private final RolesService sync;
    private final Executor executor;

    /**
     * The async view of {@code sync}; the client creates it ({@code client.async().roles()}).
     *
     * @param sync the resource whose calls this view runs
     * @param executor runs the calls that block (the client's async executor)
     */
    public Async(RolesService sync, Executor executor) {
      this.sync = Objects.requireNonNull(sync, "sync");
      this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * This resource with per-call options (R2.2), as for {@link RolesService#withOptions}.
     *
     * @param options the overrides
     * @return an async view of this resource whose calls use {@code options}
     */
    public Async withOptions(RequestOptions options) {
      return new Async(sync.withOptions(options), executor);
    }

    /**
     * Assign roles to a user: see {@link RolesService#assign}.
     *
     * @param userId The user&#39;s ID.
     * @param roleAssignment the request body
     * @return a future of the decoded response body
     */
    public CompletableFuture<User> assign(@ApiParam(in = "path", name = "userId") String userId, @ApiParam(in = "body") RoleAssignment roleAssignment) {
      return AsyncCalls.run(executor, () -> sync.assign(userId, roleAssignment));
    }

    /**
     * Get a role: see {@link RolesService#retrieve}.
     *
     * @param roleId The role&#39;s ID.
     * @return a future of the decoded response body
     */
    public CompletableFuture<Role> retrieve(@ApiParam(in = "path", name = "roleId") String roleId) {
      return AsyncCalls.run(executor, () -> sync.retrieve(roleId));
    }

    /**
     * List permissions: see {@link RolesService#listPermissions}.
     *
     * @param params the operation's other parameters (may be null)
     * @return a future of the first page; its {@code getNextPage()} and {@code autoPager()} fetch the next ones
     */
    public CompletableFuture<PermissionList.DataAsyncPage> listPermissions(RoleListPermissionsParams params) {
      return PermissionList.DataAsyncPage.first(sync.transport, listPermissionsRequest(params),
          "cursor", PermissionList::getNextCursor);
    }

    /**
     * List permissions, without optional parameters.
     *
     * @return a future of the first page; its {@code getNextPage()} and {@code autoPager()} fetch the next ones
     */
    public CompletableFuture<PermissionList.DataAsyncPage> listPermissions() {
      return listPermissions(null);
    }

    /**
     * List roles: see {@link RolesService#list}.
     *
     * @param params the operation's other parameters (may be null)
     * @return a future of the first page; its {@code getNextPage()} and {@code autoPager()} fetch the next ones
     */
    public CompletableFuture<RoleList.DataAsyncPage> list(RoleListParams params) {
      return RoleList.DataAsyncPage.first(sync.transport, listRequest(params),
          "cursor", RoleList::getNextCursor);
    }

    /**
     * List roles, without optional parameters.
     *
     * @return a future of the first page; its {@code getNextPage()} and {@code autoPager()} fetch the next ones
     */
    public CompletableFuture<RoleList.DataAsyncPage> list() {
      return list(null);
    }
  }

  private static ApiRequest assignRequest(@ApiParam(in = "path", name = "userId") String userId, @ApiParam(in = "body") RoleAssignment roleAssignment) {
    return ApiRequest.of("assignUserRoles", "PUT", "/users/{userId}/roles")
        .require("userId", userId)
        .pathParam("userId", userId)
        .require("RoleAssignment", roleAssignment)
        .jsonBody(roleAssignment, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest retrieveRequest(@ApiParam(in = "path", name = "roleId") String roleId) {
    return ApiRequest.of("getRole", "GET", "/roles/{roleId}")
        .require("roleId", roleId)
        .pathParam("roleId", roleId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest listPermissionsRequest(RoleListPermissionsParams params) {
    return ApiRequest.of("listPermissions", "GET", "/permissions")
        .queryParam("cursor", params == null ? null : params.cursor())
        .queryParam("limit", params == null ? null : params.limit())
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest listRequest(RoleListParams params) {
    return ApiRequest.of("listRoles", "GET", "/roles")
        .queryParam("cursor", params == null ? null : params.cursor())
        .queryParam("limit", params == null ? null : params.limit())
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
