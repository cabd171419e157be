// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.params;

import io.secureaistudio.sdk.model.ApiKey;
import io.secureaistudio.sdk.model.ApiKeyCreate;
import io.secureaistudio.sdk.model.ApiKeyList;
import io.secureaistudio.sdk.model.ApiKeyWithSecret;
import io.secureaistudio.sdk.model.Problem;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of {@link io.secureaistudio.sdk.services.ApiKeysService#list} besides the path
 * ({@code listApiKeys}): immutable; build one with {@link #builder()}, change a copy with
 * {@link #toBuilder()}.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class ApiKeyListParams {
  private final String cursor;
  private final Integer limit;

  private ApiKeyListParams(Builder b) {
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
    if (!(o instanceof ApiKeyListParams)) return false;
    ApiKeyListParams other = (ApiKeyListParams) o;
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
    StringBuilder s = new StringBuilder("ApiKeyListParams{");
    if (cursor != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("cursor=").append(cursor);
    if (limit != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("limit=").append(limit);
    return s.append('}').toString();
  }

  /** Builds {@link ApiKeyListParams}; {@link #build()} checks the required parameters. */
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
    public ApiKeyListParams build() {
      return new ApiKeyListParams(this);
    }
  }
}
