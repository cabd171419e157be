// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.services;

import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.model.User;
import io.secureaistudio.sdk.model.UserInvite;
import io.secureaistudio.sdk.model.UserList;
import io.secureaistudio.sdk.model.UserStatus;
import io.secureaistudio.sdk.model.UserUpdate;
import io.secureaistudio.sdk.params.UserListParams;
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
 * The {@code users} resource.
 *
 * <p>Get it from {@code client.users()}; {@code client.async().users()}
 * has the same methods returning {@code CompletableFuture}s ({@link Async}). Optional and query
 * parameters go in the operation's immutable params class in {@code io.secureaistudio.sdk.params}
 * ({@code ...Params.builder()}); every
 * method throws {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with
 * an error status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class UsersService {
  private final Transport transport;
  private final WithRawResponse raw;

  /**
   * The {@code users} resource over {@code transport}; the client creates it ({@code client.users()}).
   *
   * @param transport sends this resource's requests (the client's HTTP client, options and tokens)
   */
  public UsersService(Transport transport) {
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
  public UsersService withOptions(RequestOptions options) {
    return new UsersService(transport.withOptions(options));
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
   * Deactivate a user ({@code POST /users/{userId}/deactivate}, operation {@code deactivateUser}).
   * <p>Deactivates a user. Their sessions and tokens stop working at once; their work is kept.
   *
   * @param userId The user&#39;s ID.
   * @return the decoded response body
   */
  @ApiOperation("deactivateUser")
  public User deactivate(@ApiParam(in = "path", name = "userId") String userId) {
    return raw.deactivate(userId).getData();
  }

  /**
   * Get a user ({@code GET /users/{userId}}, operation {@code getUser}).
   * <p>Returns one user.
   *
   * @param userId The user&#39;s ID.
   * @return the decoded response body
   */
  @ApiOperation("getUser")
  public User retrieve(@ApiParam(in = "path", name = "userId") String userId) {
    return raw.retrieve(userId).getData();
  }

  /**
   * Invite a user ({@code POST /users}, operation {@code inviteUser}).
   * <p>Invites a user by email with an initial set of roles. The user is &#x60;invited&#x60; until they accept.
   *
   * @param userInvite the request body
   * @return the decoded response body
   */
  @ApiOperation("inviteUser")
  public User invite(@ApiParam(in = "body") UserInvite userInvite) {
    return raw.invite(userInvite).getData();
  }

  /**
   * List users ({@code GET /users}, operation {@code listUsers}).
   * <p>Lists the organisation&#39;s users, optionally filtered by status or role.
   * <p>Returns the first page; iterating it ({@code autoPager()}, {@code stream()}) fetches the
   * next pages when needed (rulebook R6).
   *
   * @param params the operation's other parameters (may be null)
   * @return the first page
   */
  @ApiOperation("listUsers")
  public UserList.DataPage list(UserListParams params) {
    return new UserList.DataPage(transport, listRequest(params),
        "cursor", UserList::getNextCursor);
  }

  /**
   * List users, without optional parameters.
   *
   * @return the first page
   */
  @ApiOperation("listUsers")
  public UserList.DataPage list() {
    return list(null);
  }

  /**
   * Update a user ({@code PATCH /users/{userId}}, operation {@code updateUser}).
   * <p>Changes a user&#39;s display name. Fields left out are unchanged.
   *
   * @param userId The user&#39;s ID.
   * @param userUpdate the request body
   * @return the decoded response body
   */
  @ApiOperation("updateUser")
  public User update(@ApiParam(in = "path", name = "userId") String userId, @ApiParam(in = "body") UserUpdate userUpdate) {
    return raw.update(userId, userUpdate).getData();
  }

  /**
   * The methods of {@link UsersService} returning the decoded body together with the response's
   * status code and headers; list methods return one page's body, event streams the raw text.
   */
  public static final class WithRawResponse {
    private final Transport transport;

    WithRawResponse(Transport transport) {
      this.transport = transport;
    }

    /**
     * Deactivate a user, with status and headers.
     *
     * @param userId The user&#39;s ID.
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<User> deactivate(@ApiParam(in = "path", name = "userId") String userId) {
      ApiRequest request = deactivateRequest(userId);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<User>() {}));
    }

    /**
     * Get a user, with status and headers.
     *
     * @param userId The user&#39;s ID.
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<User> retrieve(@ApiParam(in = "path", name = "userId") String userId) {
      ApiRequest request = retrieveRequest(userId);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<User>() {}));
    }

    /**
     * Invite a user, with status and headers.
     *
     * @param userInvite the request body
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<User> invite(@ApiParam(in = "body") UserInvite userInvite) {
      ApiRequest request = inviteRequest(userInvite);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<User>() {}));
    }

    /**
     * List users, with status and headers.
     *
     * @param params the operation's other parameters (may be null)
     * @return the status code, headers and decoded body (one page)
     */
    public HttpResponseFor<UserList> list(UserListParams params) {
      ApiRequest request = listRequest(params);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<UserList>() {}));
    }

    /**
     * List users, without optional parameters, with status and headers.
     *
     * @return the status code, headers and decoded body (one page)
     */
    public HttpResponseFor<UserList> list() {
      return list(null);
    }

    /**
     * Update a user, with status and headers.
     *
     * @param userId The user&#39;s ID.
     * @param userUpdate the request body
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<User> update(@ApiParam(in = "path", name = "userId") String userId, @ApiParam(in = "body") UserUpdate userUpdate) {
      ApiRequest request = updateRequest(userId, userUpdate);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<User>() {}));
    }
  }

  /**
   * The methods of {@link UsersService} as {@link CompletableFuture}s, run on the client's async
   * executor. Cancelling a future ({@code cancel(true)} or {@code cancel(false)}) interrupts its call
   * (rulebook R2.3): a call not yet started sends nothing, a running attempt, retry wait or waiter
   * poll stops with {@code APIUserAbortException}. List methods and event streams block no thread
   * at all: they use {@code HttpClient.sendAsync}, an {@code AsyncPage} requests its next page only
   * when asked ({@code getNextPage()}, {@code autoPager().forEach(...)}), an {@code AsyncEventStream}
   * pushes events to its subscriber as they arrive.
   */
  public static final class Async {
    private final UsersService sync;
    private final Executor executor;

    /**
     * The async view of {@code sync}; the client creates it ({@code client.async().users()}).
     *
     * @param sync the resource whose calls this view runs
     * @param executor runs the calls that block (the client's async executor)
     */
    public Async(UsersService sync, Executor executor) {
      this.sync = Objects.requireNonNull(sync, "sync");
      this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * This resource with per-call options (R2.2), as for {@link UsersService#withOptions}.
     *
     * @param options the overrides
     * @return an async view of this resource whose calls use {@code options}
     */
    public Async withOptions(RequestOptions options) {
      return new Async(sync.withOptions(options), executor);
    }

    /**
     * Deactivate a user: see {@link UsersService#deactivate}.
     *
     * @param userId The user&#39;s ID.
     * @return a future of the decoded response body
     */
    public CompletableFuture<User> deactivate(@ApiParam(in = "path", name = "userId") String userId) {
      return AsyncCalls.run(executor, () -> sync.deactivate(userId));
    }

    /**
     * Get a user: see {@link UsersService#retrieve}.
     *
     * @param userId The user&#39;s ID.
     * @return a future of the decoded response body
     */
    public CompletableFuture<User> retrieve(@ApiParam(in = "path", name = "userId") String userId) {
      return AsyncCalls.run(executor, () -> sync.retrieve(userId));
    }

    /**
     * Invite a user: see {@link UsersService#invite}.
     *
     * @param userInvite the request body
     * @return a future of the decoded response body
     */
    public CompletableFuture<User> invite(@ApiParam(in = "body") UserInvite userInvite) {
      return AsyncCalls.run(executor, () -> sync.invite(userInvite));
    }

    /**
     * List users: see {@link UsersService#list}.
     *
     * @param params the operation's other parameters (may be null)
     * @return a future of the first page; its {@code getNextPage()} and {@code autoPager()} fetch the next ones
     */
    public CompletableFuture<UserList.DataAsyncPage> list(UserListParams params) {
      return UserList.DataAsyncPage.first(sync.transport, listRequest(params),
          "cursor", UserList::getNextCursor);
    }

    /**
     * List users, without optional parameters.
     *
     * @return a future of the first page; its {@code getNextPage()} and {@code autoPager()} fetch the next ones
     */
    public CompletableFuture<UserList.DataAsyncPage> list() {
      return list(null);
    }

    /**
     * Update a user: see {@link UsersService#update}.
     *
     * @param userId The user&#39;s ID.
     * @param userUpdate the request body
     * @return a future of the decoded response body
     */
    public CompletableFuture<User> update(@ApiParam(in = "path", name = "userId") String userId, @ApiParam(in = "body") UserUpdate userUpdate) {
      return AsyncCalls.run(executor, () -> sync.update(userId, userUpdate));
    }
  }

  private static ApiRequest deactivateRequest(@ApiParam(in = "path", name = "userId") String userId) {
    return ApiRequest.of("deactivateUser", "POST", "/users/{userId}/deactivate")
        .require("userId", userId)
        .pathParam("userId", userId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest retrieveRequest(@ApiParam(in = "path", name = "userId") String userId) {
    return ApiRequest.of("getUser", "GET", "/users/{userId}")
        .require("userId", userId)
        .pathParam("userId", userId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest inviteRequest(@ApiParam(in = "body") UserInvite userInvite) {
    return ApiRequest.of("inviteUser", "POST", "/users")
        .header("Idempotency-Key", null)
        .require("UserInvite", userInvite)
        .jsonBody(userInvite, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest listRequest(UserListParams params) {
    return ApiRequest.of("listUsers", "GET", "/users")
        .queryParam("cursor", params == null ? null : params.cursor())
        .queryParam("limit", params == null ? null : params.limit())
        .queryParam("status", params == null ? null : params.status())
        .queryParam("roleId", params == null ? null : params.roleId())
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest updateRequest(@ApiParam(in = "path", name = "userId") String userId, @ApiParam(in = "body") UserUpdate userUpdate) {
    return ApiRequest.of("updateUser", "PATCH", "/users/{userId}")
        .require("userId", userId)
        .pathParam("userId", userId)
        .require("UserUpdate", userUpdate)
        .jsonBody(userUpdate, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
