// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.api;

import io.secureaistudio.sdk.model.PermissionList;
import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.model.Role;
import io.secureaistudio.sdk.model.RoleAssignment;
import io.secureaistudio.sdk.model.RoleList;
import io.secureaistudio.sdk.model.User;
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
 * Operations tagged {@code Roles}.
 *
 * <p>Get an instance from {@code SecureAIStudioClient#roles()}. Every method throws
 * {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with an error
 * status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class RolesApi {
  private final Transport transport;

  public RolesApi(Transport transport) {
    this.transport = transport;
  }

  /**
   * This API with per-call options (rulebook R2.2): {@code timeout} and {@code maxRetries} override
   * the client's, extra headers are added. Shares the client's HTTP client and tokens.
   *
   * @param options the overrides
   * @return a view of this API whose calls use {@code options}
   */
  public RolesApi withOptions(RequestOptions options) {
    return new RolesApi(transport.withOptions(options));
  }

  /**
   * Assign roles to a user
   * <p>Replaces the set of roles a user holds. The user&#39;s effective permissions change at once.
   *
   * @param userId The user&#39;s ID.
   * @param roleAssignment RoleAssignment
   * @return User
   */
  public User assignUserRoles(String userId, RoleAssignment roleAssignment) {
    return assignUserRolesWithHttpInfo(userId, roleAssignment).getData();
  }

  /**
   * Assign roles to a user, with the response status and headers.
   *
   * @param userId The user&#39;s ID.
   * @param roleAssignment RoleAssignment
   * @return the decoded body with status code and headers
   */
  public ApiResponse<User> assignUserRolesWithHttpInfo(String userId, RoleAssignment roleAssignment) {
    ApiRequest request = assignUserRolesRequest(userId, roleAssignment);
    return transport.execute(request, new TypeReference<User>() {});
  }


  private ApiRequest assignUserRolesRequest(String userId, RoleAssignment roleAssignment) {
    return ApiRequest.of("assignUserRoles", "PUT", "/users/{userId}/roles")
        .require("userId", userId)
        .require("RoleAssignment", roleAssignment)
        .pathParam("userId", userId)
        .jsonBody(roleAssignment, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Get a role
   * <p>Returns one role with its permissions.
   *
   * @param roleId The role&#39;s ID.
   * @return Role
   */
  public Role getRole(String roleId) {
    return getRoleWithHttpInfo(roleId).getData();
  }

  /**
   * Get a role, with the response status and headers.
   *
   * @param roleId The role&#39;s ID.
   * @return the decoded body with status code and headers
   */
  public ApiResponse<Role> getRoleWithHttpInfo(String roleId) {
    ApiRequest request = getRoleRequest(roleId);
    return transport.execute(request, new TypeReference<Role>() {});
  }


  private ApiRequest getRoleRequest(String roleId) {
    return ApiRequest.of("getRole", "GET", "/roles/{roleId}")
        .require("roleId", roleId)
        .pathParam("roleId", roleId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * List permissions
   * <p>Lists every permission a role can grant.
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @return PermissionList
   */
  public PermissionList listPermissions(String cursor, Integer limit) {
    return listPermissionsWithHttpInfo(cursor, limit).getData();
  }

  /**
   * List permissions, with the response status and headers.
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<PermissionList> listPermissionsWithHttpInfo(String cursor, Integer limit) {
    ApiRequest request = listPermissionsRequest(cursor, limit);
    return transport.execute(request, new TypeReference<PermissionList>() {});
  }

  /**
   * List permissions: the first page, which also iterates over
   * every item of every page, fetching the next page only when needed (rulebook R6).
   *
   * <pre>{@code for (var item : api.listPermissionsAutoPaging(...)) { ... }}</pre>
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @return the first page, a {@code Page} of the items in {@code PermissionList.data}
   */
  public PermissionList.DataPage listPermissionsAutoPaging(String cursor, Integer limit) {
    return new PermissionList.DataPage(transport, listPermissionsRequest(cursor, limit),
        "cursor", PermissionList::getNextCursor);
  }


  private ApiRequest listPermissionsRequest(String cursor, Integer limit) {
    return ApiRequest.of("listPermissions", "GET", "/permissions")
        .queryParam("cursor", cursor)
        .queryParam("limit", limit)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * List roles
   * <p>Lists the built-in and custom roles with their permissions.
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @return RoleList
   */
  public RoleList listRoles(String cursor, Integer limit) {
    return listRolesWithHttpInfo(cursor, limit).getData();
  }

  /**
   * List roles, with the response status and headers.
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<RoleList> listRolesWithHttpInfo(String cursor, Integer limit) {
    ApiRequest request = listRolesRequest(cursor, limit);
    return transport.execute(request, new TypeReference<RoleList>() {});
  }

  /**
   * List roles: the first page, which also iterates over
   * every item of every page, fetching the next page only when needed (rulebook R6).
   *
   * <pre>{@code for (var item : api.listRolesAutoPaging(...)) { ... }}</pre>
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @return the first page, a {@code Page} of the items in {@code RoleList.data}
   */
  public RoleList.DataPage listRolesAutoPaging(String cursor, Integer limit) {
    return new RoleList.DataPage(transport, listRolesRequest(cursor, limit),
        "cursor", RoleList::getNextCursor);
  }


  private ApiRequest listRolesRequest(String cursor, Integer limit) {
    return ApiRequest.of("listRoles", "GET", "/roles")
        .queryParam("cursor", cursor)
        .queryParam("limit", limit)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
