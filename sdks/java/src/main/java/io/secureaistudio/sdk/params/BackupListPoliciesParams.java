// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.params;

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
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of {@link io.secureaistudio.sdk.services.BackupsService#listPolicies} besides the path
 * ({@code listBackupPolicies}): immutable; build one with {@link #builder()}, change a copy with
 * {@link #toBuilder()}.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class BackupListPoliciesParams {
  private final String cursor;
  private final Integer limit;

  private BackupListPoliciesParams(Builder b) {
    this.cursor = b.cursor;
    this.limit = b.limit;
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

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof BackupListPoliciesParams)) return false;
    BackupListPoliciesParams other = (BackupListPoliciesParams) o;
    return true
        && java.util.Objects.equals(cursor, other.cursor)
        && java.util.Objects.equals(limit, other.limit);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(cursor, limit, getClass());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("BackupListPoliciesParams{");
    if (cursor != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("cursor=").append(cursor);
    if (limit != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("limit=").append(limit);
    return s.append('}').toString();
  }

  /** Builds {@link BackupListPoliciesParams}; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private String cursor;
    private Integer limit;

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
     * @return the parameters
     * @throws IllegalArgumentException when a required parameter is not set
     */
    public BackupListPoliciesParams build() {
      return new BackupListPoliciesParams(this);
    }
  }
}
