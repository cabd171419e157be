// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.api;

import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.model.User;
import io.secureaistudio.sdk.model.UserInvite;
import io.secureaistudio.sdk.model.UserList;
import io.secureaistudio.sdk.model.UserStatus;
import io.secureaistudio.sdk.model.UserUpdate;
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
 * Operations tagged {@code Users}.
 *
 * <p>Get an instance from {@code SecureAIStudioClient#users()}. Every method throws
 * {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with an error
 * status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class UsersApi {
  private final Transport transport;

  public UsersApi(Transport transport) {
    this.transport = transport;
  }

  /**
   * This API with per-call options (rulebook R2.2): {@code timeout} and {@code maxRetries} override
   * the client's, extra headers are added. Shares the client's HTTP client and tokens.
   *
   * @param options the overrides
   * @return a view of this API whose calls use {@code options}
   */
  public UsersApi withOptions(RequestOptions options) {
    return new UsersApi(transport.withOptions(options));
  }

  /**
   * Deactivate a user
   * <p>Deactivates a user. Their sessions and tokens stop working at once; their work is kept.
   *
   * @param userId The user&#39;s ID.
   * @return User
   */
  public User deactivateUser(String userId) {
    return deactivateUserWithHttpInfo(userId).getData();
  }

  /**
   * Deactivate a user, with the response status and headers.
   *
   * @param userId The user&#39;s ID.
   * @return the decoded body with status code and headers
   */
  public ApiResponse<User> deactivateUserWithHttpInfo(String userId) {
    ApiRequest request = deactivateUserRequest(userId);
    return transport.execute(request, new TypeReference<User>() {});
  }


  private ApiRequest deactivateUserRequest(String userId) {
    return ApiRequest.of("deactivateUser", "POST", "/users/{userId}/deactivate")
        .require("userId", userId)
        .pathParam("userId", userId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Get a user
   * <p>Returns one user.
   *
   * @param userId The user&#39;s ID.
   * @return User
   */
  public User getUser(String userId) {
    return getUserWithHttpInfo(userId).getData();
  }

  /**
   * Get a user, with the response status and headers.
   *
   * @param userId The user&#39;s ID.
   * @return the decoded body with status code and headers
   */
  public ApiResponse<User> getUserWithHttpInfo(String userId) {
    ApiRequest request = getUserRequest(userId);
    return transport.execute(request, new TypeReference<User>() {});
  }


  private ApiRequest getUserRequest(String userId) {
    return ApiRequest.of("getUser", "GET", "/users/{userId}")
        .require("userId", userId)
        .pathParam("userId", userId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Invite a user
   * <p>Invites a user by email with an initial set of roles. The user is &#x60;invited&#x60; until they accept.
   *
   * @param userInvite UserInvite
   * @param idempotencyKey A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice.  (optional)
   * @return User
   */
  public User inviteUser(UserInvite userInvite, String idempotencyKey) {
    return inviteUserWithHttpInfo(userInvite, idempotencyKey).getData();
  }

  /**
   * Invite a user, with the response status and headers.
   *
   * @param userInvite UserInvite
   * @param idempotencyKey A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice.  (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<User> inviteUserWithHttpInfo(UserInvite userInvite, String idempotencyKey) {
    ApiRequest request = inviteUserRequest(userInvite, idempotencyKey);
    return transport.execute(request, new TypeReference<User>() {});
  }


  private ApiRequest inviteUserRequest(UserInvite userInvite, String idempotencyKey) {
    return ApiRequest.of("inviteUser", "POST", "/users")
        .require("UserInvite", userInvite)
        .header("Idempotency-Key", idempotencyKey)
        .jsonBody(userInvite, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * List users
   * <p>Lists the organisation&#39;s users, optionally filtered by status or role.
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @param status Only users in this status. (optional)
   * @param roleId Only users holding this role. (optional)
   * @return UserList
   */
  public UserList listUsers(String cursor, Integer limit, UserStatus status, String roleId) {
    return listUsersWithHttpInfo(cursor, limit, status, roleId).getData();
  }

  /**
   * List users, with the response status and headers.
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @param status Only users in this status. (optional)
   * @param roleId Only users holding this role. (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<UserList> listUsersWithHttpInfo(String cursor, Integer limit, UserStatus status, String roleId) {
    ApiRequest request = listUsersRequest(cursor, limit, status, roleId);
    return transport.execute(request, new TypeReference<UserList>() {});
  }

  /**
   * List users: the first page, which also iterates over
   * every item of every page, fetching the next page only when needed (rulebook R6).
   *
   * <pre>{@code for (var item : api.listUsersAutoPaging(...)) { ... }}</pre>
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @param status Only users in this status. (optional)
   * @param roleId Only users holding this role. (optional)
   * @return the first page, a {@code Page} of the items in {@code UserList.data}
   */
  public UserList.DataPage listUsersAutoPaging(String cursor, Integer limit, UserStatus status, String roleId) {
    return new UserList.DataPage(transport, listUsersRequest(cursor, limit, status, roleId),
        "cursor", UserList::getNextCursor);
  }


  private ApiRequest listUsersRequest(String cursor, Integer limit, UserStatus status, String roleId) {
    return ApiRequest.of("listUsers", "GET", "/users")
        .queryParam("cursor", cursor)
        .queryParam("limit", limit)
        .queryParam("status", status)
        .queryParam("roleId", roleId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Update a user
   * <p>Changes a user&#39;s display name. Fields left out are unchanged.
   *
   * @param userId The user&#39;s ID.
   * @param userUpdate UserUpdate
   * @return User
   */
  public User updateUser(String userId, UserUpdate userUpdate) {
    return updateUserWithHttpInfo(userId, userUpdate).getData();
  }

  /**
   * Update a user, with the response status and headers.
   *
   * @param userId The user&#39;s ID.
   * @param userUpdate UserUpdate
   * @return the decoded body with status code and headers
   */
  public ApiResponse<User> updateUserWithHttpInfo(String userId, UserUpdate userUpdate) {
    ApiRequest request = updateUserRequest(userId, userUpdate);
    return transport.execute(request, new TypeReference<User>() {});
  }


  private ApiRequest updateUserRequest(String userId, UserUpdate userUpdate) {
    return ApiRequest.of("updateUser", "PATCH", "/users/{userId}")
        .require("userId", userId)
        .require("UserUpdate", userUpdate)
        .pathParam("userId", userId)
        .jsonBody(userUpdate, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
