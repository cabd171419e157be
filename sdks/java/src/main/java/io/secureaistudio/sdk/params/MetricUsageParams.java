// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.params;

import java.time.OffsetDateTime;
import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.model.SystemMetrics;
import io.secureaistudio.sdk.model.UsageSeries;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of {@link io.secureaistudio.sdk.services.MetricsService#usage} besides the path
 * ({@code getUsageMetrics}): immutable; build one with {@link #builder()}, change a copy with
 * {@link #toBuilder()}.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class MetricUsageParams {
  private final OffsetDateTime from;
  private final OffsetDateTime to;
  private final String granularity;

  private MetricUsageParams(Builder b) {
    this.from = b.from;
    this.to = b.to;
    this.granularity = b.granularity;
  }

  /** @return a builder with nothing set */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder preset with these parameters */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.from = from;
    b.to = to;
    b.granularity = granularity;
    return b;
  }

  /** @return Start of the series (inclusive). (null when not set) */
  public OffsetDateTime from() {
    return from;
  }

  /** @return End of the series (exclusive). (null when not set) */
  public OffsetDateTime to() {
    return to;
  }

  /** @return Bucket size. (null when not set) */
  public String granularity() {
    return granularity;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof MetricUsageParams)) return false;
    MetricUsageParams other = (MetricUsageParams) o;
    return true
        && java.util.Objects.equals(from, other.from)
        && java.util.Objects.equals(to, other.to)
        && java.util.Objects.equals(granularity, other.granularity);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(from, to, granularity, getClass());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("MetricUsageParams{");
    if (from != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("from=").append(from);
    if (to != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("to=").append(to);
    if (granularity != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("granularity=").append(granularity);
    return s.append('}').toString();
  }

  /** Builds {@link MetricUsageParams}; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private OffsetDateTime from;
    private OffsetDateTime to;
    private String granularity;

    private Builder() {}

    /**
     * @param from Start of the series (inclusive).
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "query", name = "from")
    public Builder from(OffsetDateTime from) {
      this.from = from;
      return this;
    }

    /**
     * @param to End of the series (exclusive).
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "query", name = "to")
    public Builder to(OffsetDateTime to) {
      this.to = to;
      return this;
    }

    /**
     * @param granularity Bucket size. (null: not sent)
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "query", name = "granularity")
    public Builder granularity(String granularity) {
      this.granularity = granularity;
      return this;
    }

    /**
     * @return the parameters
     * @throws IllegalArgumentException when a required parameter is not set
     */
    public MetricUsageParams build() {
      if (from == null) {
        throw new IllegalArgumentException("the query parameter 'from' of getUsageMetrics is required");
      }
      if (to == null) {
        throw new IllegalArgumentException("the query parameter 'to' of getUsageMetrics is required");
      }
      return new MetricUsageParams(this);
    }
  }
}
