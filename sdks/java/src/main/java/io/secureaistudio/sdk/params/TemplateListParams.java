// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.params;

import io.secureaistudio.sdk.model.JobType;
import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.model.Template;
import io.secureaistudio.sdk.model.TemplateCreate;
import io.secureaistudio.sdk.model.TemplateList;
import io.secureaistudio.sdk.model.TemplateUpdate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of {@link io.secureaistudio.sdk.services.TemplatesService#list} besides the path
 * ({@code listTemplates}): immutable; build one with {@link #builder()}, change a copy with
 * {@link #toBuilder()}.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class TemplateListParams {
  private final String cursor;
  private final Integer limit;
  private final JobType kind;
  private final String tag;

  private TemplateListParams(Builder b) {
    this.cursor = b.cursor;
    this.limit = b.limit;
    this.kind = b.kind;
    this.tag = b.tag;
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
    b.kind = kind;
    b.tag = tag;
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

  /** @return Only templates of this kind. (null when not set) */
  public JobType kind() {
    return kind;
  }

  /** @return Only templates carrying this tag. (null when not set) */
  public String tag() {
    return tag;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof TemplateListParams)) return false;
    TemplateListParams other = (TemplateListParams) o;
    return true
        && java.util.Objects.equals(cursor, other.cursor)
        && java.util.Objects.equals(limit, other.limit)
        && java.util.Objects.equals(kind, other.kind)
        && java.util.Objects.equals(tag, other.tag);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(cursor, limit, kind, tag, getClass());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("TemplateListParams{");
    if (cursor != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("cursor=").append(cursor);
    if (limit != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("limit=").append(limit);
    if (kind != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("kind=").append(kind);
    if (tag != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("tag=").append(tag);
    return s.append('}').toString();
  }

  /** Builds {@link TemplateListParams}; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private String cursor;
    private Integer limit;
    private JobType kind;
    private String tag;

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
     * @param kind Only templates of this kind. (null: not sent)
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "query", name = "kind")
    public Builder kind(JobType kind) {
      this.kind = kind;
      return this;
    }

    /**
     * @param tag Only templates carrying this tag. (null: not sent)
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "query", name = "tag")
    public Builder tag(String tag) {
      this.tag = tag;
      return this;
    }

    /**
     * @return the parameters
     * @throws IllegalArgumentException when a required parameter is not set
     */
    public TemplateListParams build() {
      return new TemplateListParams(this);
    }
  }
}
