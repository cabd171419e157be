// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.params;

import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.model.User;
import io.secureaistudio.sdk.model.UserInvite;
import io.secureaistudio.sdk.model.UserList;
import io.secureaistudio.sdk.model.UserStatus;
import io.secureaistudio.sdk.model.UserUpdate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of {@link io.secureaistudio.sdk.services.UsersService#list} besides the path
 * ({@code listUsers}): immutable; build one with {@link #builder()}, change a copy with
 * {@link #toBuilder()}.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class UserListParams {
  private final String cursor;
  private final Integer limit;
  private final UserStatus status;
  private final String roleId;

  private UserListParams(Builder b) {
    this.cursor = b.cursor;
    this.limit = b.limit;
    this.status = b.status;
    this.roleId = b.roleId;
  }

  /** @return a builder with nothing set */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder preset with these parameters */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.cursor = cursor;
    b.limit = limit;
    b.status = status;
    b.roleId = roleId;
    return b;
  }

  /** @return The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (null when not set) */
  public String cursor() {
    return cursor;
  }

  /** @return The largest number of items a page holds. (null when not set) */
  public Integer limit() {
    return limit;
  }

  /** @return Only users in this status. (null when not set) */
  public UserStatus status() {
    return status;
  }

  /** @return Only users holding this role. (null when not set) */
  public String roleId() {
    return roleId;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof UserListParams)) return false;
    UserListParams other = (UserListParams) o;
    return true
        && java.util.Objects.equals(cursor, other.cursor)
        && java.util.Objects.equals(limit, other.limit)
        && java.util.Objects.equals(status, other.status)
        && java.util.Objects.equals(roleId, other.roleId);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(cursor, limit, status, roleId, getClass());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("UserListParams{");
    if (cursor != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("cursor=").append(cursor);
    if (limit != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("limit=").append(limit);
    if (status != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("status=").append(status);
    if (roleId != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("roleId=").append(roleId);
    return s.append('}').toString();
  }

  /** Builds {@link UserListParams}; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private String cursor;
    private Integer limit;
    private UserStatus status;
    private String roleId;

    private Builder() {}

    /**
     * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (null: not sent)
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "query", name = "cursor")
    public Builder cursor(String cursor) {
      this.cursor = cursor;
      return this;
    }

    /**
     * @param limit The largest number of items a page holds. (null: not sent)
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "query", name = "limit")
    public Builder limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param status Only users in this status. (null: not sent)
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "query", name = "status")
    public Builder status(UserStatus status) {
      this.status = status;
      return this;
    }

    /**
     * @param roleId Only users holding this role. (null: not sent)
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "query", name = "roleId")
    public Builder roleId(String roleId) {
      this.roleId = roleId;
      return this;
    }

    /**
     * @return the parameters
     * @throws IllegalArgumentException when a required parameter is not set
     */
    public UserListParams build() {
      return new UserListParams(this);
    }
  }
}
