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
 * The parameters of {@link io.secureaistudio.sdk.services.TemplatesService#delete} besides the path
 * ({@code deleteTemplate}): immutable; build one with {@link #builder()}, change a copy with
 * {@link #toBuilder()}.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class TemplateDeleteParams {
  private final String ifMatch;

  private TemplateDeleteParams(Builder b) {
    this.ifMatch = b.ifMatch;
  }

  /** @return a builder with nothing set */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder preset with these parameters */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.ifMatch = ifMatch;
    return b;
  }

  /** @return The ETag the change is based on, from the last read of the resource. (null when not set) */
  public String ifMatch() {
    return ifMatch;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof TemplateDeleteParams)) return false;
    TemplateDeleteParams other = (TemplateDeleteParams) o;
    return true
        && java.util.Objects.equals(ifMatch, other.ifMatch);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(ifMatch, getClass());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("TemplateDeleteParams{");
    if (ifMatch != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("ifMatch=").append(ifMatch);
    return s.append('}').toString();
  }

  /** Builds {@link TemplateDeleteParams}; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private String ifMatch;

    private Builder() {}

    /**
     * @param ifMatch The ETag the change is based on, from the last read of the resource.
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "header", name = "If-Match")
    public Builder ifMatch(String ifMatch) {
      this.ifMatch = ifMatch;
      return this;
    }

    /**
     * @return the parameters
     * @throws IllegalArgumentException when a required parameter is not set
     */
    public TemplateDeleteParams build() {
      if (ifMatch == null) {
        throw new IllegalArgumentException("the header parameter 'If-Match' of deleteTemplate is required");
      }
      return new TemplateDeleteParams(this);
    }
  }
}
