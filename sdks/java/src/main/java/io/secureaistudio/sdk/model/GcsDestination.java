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
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A Google Cloud Storage bucket.
 */
@JsonPropertyOrder({
  GcsDestination.JSON_PROPERTY_PROVIDER,
  GcsDestination.JSON_PROPERTY_BUCKET,
  GcsDestination.JSON_PROPERTY_LOCATION,
  GcsDestination.JSON_PROPERTY_PREFIX
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class GcsDestination implements BackupDestination {
  /**
   * Always &#x60;gcs&#x60;.
   *
   * <p>An open enum (rulebook R7.3): known values are the constants below, compared with
   * {@code equals}; a value this SDK does not know yet is kept as received ({@link #isKnown()}
   * is false).
   */
  public static final class ProviderEnum {

    /** The known value <code>&quot;gcs&quot;</code>. */
    public static final ProviderEnum GCS = new ProviderEnum(String.valueOf("gcs"));


    private static final java.util.List<ProviderEnum> KNOWN = java.util.Arrays.asList(GCS);

    private final String value;

    private ProviderEnum(String value) {
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
    public static ProviderEnum[] values() {
      return KNOWN.toArray(new ProviderEnum[0]);
    }

    /**
     * The known constant for {@code value}, or a new instance keeping an unknown value.
     *
     * @param value the value as received
     * @return the constant equal to {@code value}, else a new instance holding it; null for null
     */
    @JsonCreator
    public static ProviderEnum fromValue(String value) {
      if (value == null) return null;
      for (ProviderEnum known : KNOWN) {
        if (known.value.equals(value)) return known;
      }
      return new ProviderEnum(value);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ProviderEnum && value.equals(((ProviderEnum) o).value);
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

  /** The JSON name of {@code provider}. */
  public static final String JSON_PROPERTY_PROVIDER = "provider";
  @javax.annotation.Nonnull
  private ProviderEnum provider;


  /** The JSON name of {@code bucket}. */
  public static final String JSON_PROPERTY_BUCKET = "bucket";
  @javax.annotation.Nonnull
  private String bucket;


  /** The JSON name of {@code location}. */
  public static final String JSON_PROPERTY_LOCATION = "location";
  @javax.annotation.Nullable
  private String location;


  /** The JSON name of {@code prefix}. */
  public static final String JSON_PROPERTY_PREFIX = "prefix";
  @javax.annotation.Nullable
  private String prefix;


  /** An empty GcsDestination; set its properties with the fluent setters. */
  public GcsDestination() { 
  }

  /**
   * Sets {@code provider}.
   *
   * @param provider the new value
   * @return this object
   */
  public GcsDestination provider(@javax.annotation.Nonnull ProviderEnum provider) {
    this.provider = provider;
    
    return this;
  }

  /**
   * Always &#x60;gcs&#x60;.
   * @return provider
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_PROVIDER, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public ProviderEnum getProvider() {
    return provider;
  }



  /**
   * Sets {@code provider}.
   *
   * @param provider the new value
   */
  @JsonProperty(value = JSON_PROPERTY_PROVIDER, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setProvider(@javax.annotation.Nonnull ProviderEnum provider) {
    this.provider = provider;
    
  }


  /**
   * Sets {@code bucket}.
   *
   * @param bucket the new value
   * @return this object
   */
  public GcsDestination bucket(@javax.annotation.Nonnull String bucket) {
    this.bucket = bucket;
    
    return this;
  }

  /**
   * The bucket name.
   * @return bucket
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_BUCKET, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getBucket() {
    return bucket;
  }



  /**
   * Sets {@code bucket}.
   *
   * @param bucket the new value
   */
  @JsonProperty(value = JSON_PROPERTY_BUCKET, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setBucket(@javax.annotation.Nonnull String bucket) {
    this.bucket = bucket;
    
  }


  /**
   * Sets {@code location}.
   *
   * @param location the new value
   * @return this object
   */
  public GcsDestination location(@javax.annotation.Nullable String location) {
    this.location = location;
    
    return this;
  }

  /**
   * A cloud provider region, for example &#x60;eu-west-1&#x60;, &#x60;westeurope&#x60; or &#x60;europe-west4&#x60;.
   * @return location
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_LOCATION, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getLocation() {
    return location;
  }



  /**
   * Sets {@code location}.
   *
   * @param location the new value
   */
  @JsonProperty(value = JSON_PROPERTY_LOCATION, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setLocation(@javax.annotation.Nullable String location) {
    this.location = location;
    
  }


  /**
   * Sets {@code prefix}.
   *
   * @param prefix the new value
   * @return this object
   */
  public GcsDestination prefix(@javax.annotation.Nullable String prefix) {
    this.prefix = prefix;
    
    return this;
  }

  /**
   * A key prefix inside the bucket or container.
   * @return prefix
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_PREFIX, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getPrefix() {
    return prefix;
  }



  /**
   * Sets {@code prefix}.
   *
   * @param prefix the new value
   */
  @JsonProperty(value = JSON_PROPERTY_PREFIX, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setPrefix(@javax.annotation.Nullable String prefix) {
    this.prefix = prefix;
    
  }



  /** @return a builder of {@code GcsDestination}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code GcsDestination}; each builder builds once. */
  public static final class Builder {
    private GcsDestination building = new GcsDestination();

    private Builder() {}

    private GcsDestination target() {
      if (building == null) throw new IllegalStateException("this GcsDestination.Builder has already built its object");
      return building;
    }

    /**
     * @param provider Always &#x60;gcs&#x60;.
     * @return this builder
     */
    public Builder provider(ProviderEnum provider) {
      target().provider(provider);
      return this;
    }

    /**
     * @param bucket The bucket name.
     * @return this builder
     */
    public Builder bucket(String bucket) {
      target().bucket(bucket);
      return this;
    }

    /**
     * @param location A cloud provider region, for example &#x60;eu-west-1&#x60;, &#x60;westeurope&#x60; or &#x60;europe-west4&#x60;.
     * @return this builder
     */
    public Builder location(String location) {
      target().location(location);
      return this;
    }

    /**
     * @param prefix A key prefix inside the bucket or container.
     * @return this builder
     */
    public Builder prefix(String prefix) {
      target().prefix(prefix);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public GcsDestination build() {
      GcsDestination built = target();
      if (built.getProvider() == null) {
        throw new IllegalArgumentException("GcsDestination: the property 'provider' is required");
      }
      if (built.getBucket() == null) {
        throw new IllegalArgumentException("GcsDestination: the property 'bucket' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this GcsDestination object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    GcsDestination gcsDestination = (GcsDestination) o;
    return Objects.equals(this.provider, gcsDestination.provider) &&
        Objects.equals(this.bucket, gcsDestination.bucket) &&
        Objects.equals(this.location, gcsDestination.location) &&
        Objects.equals(this.prefix, gcsDestination.prefix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, bucket, location, prefix);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class GcsDestination {\n");
    sb.append("    provider: ").append(toIndentedString(provider)).append("\n");
    sb.append("    bucket: ").append(toIndentedString(bucket)).append("\n");
    sb.append("    location: ").append(toIndentedString(location)).append("\n");
    sb.append("    prefix: ").append(toIndentedString(prefix)).append("\n");
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

