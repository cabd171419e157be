// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.model;

import java.util.Objects;
import java.util.Map;
import java.util.HashMap;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import io.secureaistudio.sdk.model.UsagePoint;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Usage as a time series.
 */
@JsonPropertyOrder({
  UsageSeries.JSON_PROPERTY_FROM,
  UsageSeries.JSON_PROPERTY_TO,
  UsageSeries.JSON_PROPERTY_GRANULARITY,
  UsageSeries.JSON_PROPERTY_POINTS
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class UsageSeries {
  /** The JSON name of {@code from}. */
  public static final String JSON_PROPERTY_FROM = "from";
  @javax.annotation.Nonnull
  private OffsetDateTime from;


  /** The JSON name of {@code to}. */
  public static final String JSON_PROPERTY_TO = "to";
  @javax.annotation.Nonnull
  private OffsetDateTime to;


  /**
   * The bucket size.
   *
   * <p>An open enum (rulebook R7.3): known values are the constants below, compared with
   * {@code equals}; a value this SDK does not know yet is kept as received ({@link #isKnown()}
   * is false).
   */
  public static final class GranularityEnum {

    /** The known value <code>&quot;hour&quot;</code>. */
    public static final GranularityEnum HOUR = new GranularityEnum(String.valueOf("hour"));

    /** The known value <code>&quot;day&quot;</code>. */
    public static final GranularityEnum DAY = new GranularityEnum(String.valueOf("day"));

    /** The known value <code>&quot;month&quot;</code>. */
    public static final GranularityEnum MONTH = new GranularityEnum(String.valueOf("month"));


    private static final java.util.List<GranularityEnum> KNOWN = java.util.Arrays.asList(HOUR, DAY, MONTH);

    private final String value;

    private GranularityEnum(String value) {
      this.value = value;
    }

    /**
     * The value as sent on the wire.
     *
     * @return the value, known to this SDK or not
     */
    @JsonValue
    public String getValue() {
      return value;
    }

    /**
     * Whether the API document this SDK was generated from lists this value.
     *
     * @return true for one of the constants, false for a value a newer server sent
     */
    public boolean isKnown() {
      return KNOWN.contains(this);
    }

    /**
     * The known values.
     *
     * @return a new array of the constants, in the order the API document lists them
     */
    public static GranularityEnum[] values() {
      return KNOWN.toArray(new GranularityEnum[0]);
    }

    /**
     * The known constant for {@code value}, or a new instance keeping an unknown value.
     *
     * @param value the value as received
     * @return the constant equal to {@code value}, else a new instance holding it; null for null
     */
    @JsonCreator
    public static GranularityEnum fromValue(String value) {
      if (value == null) return null;
      for (GranularityEnum known : KNOWN) {
        if (known.value.equals(value)) return known;
      }
      return new GranularityEnum(value);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof GranularityEnum && value.equals(((GranularityEnum) o).value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /** The JSON name of {@code granularity}. */
  public static final String JSON_PROPERTY_GRANULARITY = "granularity";
  @javax.annotation.Nonnull
  private GranularityEnum granularity;


  /** The JSON name of {@code points}. */
  public static final String JSON_PROPERTY_POINTS = "points";
  @javax.annotation.Nonnull
  private List<UsagePoint> points;


  /** An empty UsageSeries; set its properties with the fluent setters. */
  public UsageSeries() { 
  }

  /**
   * Sets {@code from}.
   *
   * @param from the new value
   * @return this object
   */
  public UsageSeries from(@javax.annotation.Nonnull OffsetDateTime from) {
    this.from = from;
    
    return this;
  }

  /**
   * An RFC 3339 date-time in UTC.
   * @return from
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_FROM, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getFrom() {
    return from;
  }



  /**
   * Sets {@code from}.
   *
   * @param from the new value
   */
  @JsonProperty(value = JSON_PROPERTY_FROM, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setFrom(@javax.annotation.Nonnull OffsetDateTime from) {
    this.from = from;
    
  }


  /**
   * Sets {@code to}.
   *
   * @param to the new value
   * @return this object
   */
  public UsageSeries to(@javax.annotation.Nonnull OffsetDateTime to) {
    this.to = to;
    
    return this;
  }

  /**
   * An RFC 3339 date-time in UTC.
   * @return to
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_TO, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getTo() {
    return to;
  }



  /**
   * Sets {@code to}.
   *
   * @param to the new value
   */
  @JsonProperty(value = JSON_PROPERTY_TO, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setTo(@javax.annotation.Nonnull OffsetDateTime to) {
    this.to = to;
    
  }


  /**
   * Sets {@code granularity}.
   *
   * @param granularity the new value
   * @return this object
   */
  public UsageSeries granularity(@javax.annotation.Nonnull GranularityEnum granularity) {
    this.granularity = granularity;
    
    return this;
  }

  /**
   * The bucket size.
   * @return granularity
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_GRANULARITY, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public GranularityEnum getGranularity() {
    return granularity;
  }



  /**
   * Sets {@code granularity}.
   *
   * @param granularity the new value
   */
  @JsonProperty(value = JSON_PROPERTY_GRANULARITY, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setGranularity(@javax.annotation.Nonnull GranularityEnum granularity) {
    this.granularity = granularity;
    
  }


  /**
   * Sets {@code points}.
   *
   * @param points the new value
   * @return this object
   */
  public UsageSeries points(@javax.annotation.Nonnull List<UsagePoint> points) {
    this.points = points;
    
    return this;
  }

  /**
   * Adds one item to {@code points}, creating the list if it is unset.
   *
   * @param pointsItem the item to add
   * @return this object
   */
  public UsageSeries addPointsItem(UsagePoint pointsItem) {
    if (this.points == null) {
      this.points = new ArrayList<>();
    }
    this.points.add(pointsItem);
    return this;
  }

  /**
   * One point per bucket, oldest first.
   * @return points
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_POINTS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public List<UsagePoint> getPoints() {
    return points;
  }



  /**
   * Sets {@code points}.
   *
   * @param points the new value
   */
  @JsonProperty(value = JSON_PROPERTY_POINTS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setPoints(@javax.annotation.Nonnull List<UsagePoint> points) {
    this.points = points;
    
  }



  /** @return a builder of {@code UsageSeries}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code UsageSeries}; each builder builds once. */
  public static final class Builder {
    private UsageSeries building = new UsageSeries();

    private Builder() {}

    private UsageSeries target() {
      if (building == null) throw new IllegalStateException("this UsageSeries.Builder has already built its object");
      return building;
    }

    /**
     * @param from An RFC 3339 date-time in UTC.
     * @return this builder
     */
    public Builder from(OffsetDateTime from) {
      target().from(from);
      return this;
    }

    /**
     * @param to An RFC 3339 date-time in UTC.
     * @return this builder
     */
    public Builder to(OffsetDateTime to) {
      target().to(to);
      return this;
    }

    /**
     * @param granularity The bucket size.
     * @return this builder
     */
    public Builder granularity(GranularityEnum granularity) {
      target().granularity(granularity);
      return this;
    }

    /**
     * @param points One point per bucket, oldest first.
     * @return this builder
     */
    public Builder points(List<UsagePoint> points) {
      target().points(points);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public UsageSeries build() {
      UsageSeries built = target();
      if (built.getFrom() == null) {
        throw new IllegalArgumentException("UsageSeries: the property 'from' is required");
      }
      if (built.getTo() == null) {
        throw new IllegalArgumentException("UsageSeries: the property 'to' is required");
      }
      if (built.getGranularity() == null) {
        throw new IllegalArgumentException("UsageSeries: the property 'granularity' is required");
      }
      if (built.getPoints() == null) {
        throw new IllegalArgumentException("UsageSeries: the property 'points' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this UsageSeries object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    UsageSeries usageSeries = (UsageSeries) o;
    return Objects.equals(this.from, usageSeries.from) &&
        Objects.equals(this.to, usageSeries.to) &&
        Objects.equals(this.granularity, usageSeries.granularity) &&
        Objects.equals(this.points, usageSeries.points);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, granularity, points);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class UsageSeries {\n");
    sb.append("    from: ").append(toIndentedString(from)).append("\n");
    sb.append("    to: ").append(toIndentedString(to)).append("\n");
    sb.append("    granularity: ").append(toIndentedString(granularity)).append("\n");
    sb.append("    points: ").append(toIndentedString(points)).append("\n");
    sb.append("}");
    return sb.toString();
  }

  /**
   * Convert the given object to string with each line indented by 4 spaces
   * (except the first line).
   */
  private String toIndentedString(Object o) {
    return o == null ? "null" : o.toString().replace("\n", "\n    ");
  }
}

