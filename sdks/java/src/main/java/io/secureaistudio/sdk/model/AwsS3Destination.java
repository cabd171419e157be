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
 * An Amazon S3 bucket.
 */
@JsonPropertyOrder({
  AwsS3Destination.JSON_PROPERTY_PROVIDER,
  AwsS3Destination.JSON_PROPERTY_BUCKET,
  AwsS3Destination.JSON_PROPERTY_REGION,
  AwsS3Destination.JSON_PROPERTY_PREFIX
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class AwsS3Destination implements BackupDestination {
  /**
   * Always &#x60;aws_s3&#x60;.
   *
   * <p>An open enum (rulebook R7.3): known values are the constants below, compared with
   * {@code equals}; a value this SDK does not know yet is kept as received ({@link #isKnown()}
   * is false).
   */
  public static final class ProviderEnum {

    /** The known value <code>&quot;aws_s3&quot;</code>. */
    public static final ProviderEnum AWS_S3 = new ProviderEnum(String.valueOf("aws_s3"));


    private static final java.util.List<ProviderEnum> KNOWN = java.util.Arrays.asList(AWS_S3);

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


  /** The JSON name of {@code region}. */
  public static final String JSON_PROPERTY_REGION = "region";
  @javax.annotation.Nonnull
  private String region;


  /** The JSON name of {@code prefix}. */
  public static final String JSON_PROPERTY_PREFIX = "prefix";
  @javax.annotation.Nullable
  private String prefix;


  /** An empty AwsS3Destination; set its properties with the fluent setters. */
  public AwsS3Destination() { 
  }

  /**
   * Sets {@code provider}.
   *
   * @param provider the new value
   * @return this object
   */
  public AwsS3Destination provider(@javax.annotation.Nonnull ProviderEnum provider) {
    this.provider = provider;
    
    return this;
  }

  /**
   * Always &#x60;aws_s3&#x60;.
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
  public AwsS3Destination bucket(@javax.annotation.Nonnull String bucket) {
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
   * Sets {@code region}.
   *
   * @param region the new value
   * @return this object
   */
  public AwsS3Destination region(@javax.annotation.Nonnull String region) {
    this.region = region;
    
    return this;
  }

  /**
   * A cloud provider region, for example &#x60;eu-west-1&#x60;, &#x60;westeurope&#x60; or &#x60;europe-west4&#x60;.
   * @return region
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_REGION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getRegion() {
    return region;
  }



  /**
   * Sets {@code region}.
   *
   * @param region the new value
   */
  @JsonProperty(value = JSON_PROPERTY_REGION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setRegion(@javax.annotation.Nonnull String region) {
    this.region = region;
    
  }


  /**
   * Sets {@code prefix}.
   *
   * @param prefix the new value
   * @return this object
   */
  public AwsS3Destination prefix(@javax.annotation.Nullable String prefix) {
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



  /** @return a builder of {@code AwsS3Destination}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code AwsS3Destination}; each builder builds once. */
  public static final class Builder {
    private AwsS3Destination building = new AwsS3Destination();

    private Builder() {}

    private AwsS3Destination target() {
      if (building == null) throw new IllegalStateException("this AwsS3Destination.Builder has already built its object");
      return building;
    }

    /**
     * @param provider Always &#x60;aws_s3&#x60;.
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
     * @param region A cloud provider region, for example &#x60;eu-west-1&#x60;, &#x60;westeurope&#x60; or &#x60;europe-west4&#x60;.
     * @return this builder
     */
    public Builder region(String region) {
      target().region(region);
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
    public AwsS3Destination build() {
      AwsS3Destination built = target();
      if (built.getProvider() == null) {
        throw new IllegalArgumentException("AwsS3Destination: the property 'provider' is required");
      }
      if (built.getBucket() == null) {
        throw new IllegalArgumentException("AwsS3Destination: the property 'bucket' is required");
      }
      if (built.getRegion() == null) {
        throw new IllegalArgumentException("AwsS3Destination: the property 'region' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this AwsS3Destination object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    AwsS3Destination awsS3Destination = (AwsS3Destination) o;
    return Objects.equals(this.provider, awsS3Destination.provider) &&
        Objects.equals(this.bucket, awsS3Destination.bucket) &&
        Objects.equals(this.region, awsS3Destination.region) &&
        Objects.equals(this.prefix, awsS3Destination.prefix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, bucket, region, prefix);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class AwsS3Destination {\n");
    sb.append("    provider: ").append(toIndentedString(provider)).append("\n");
    sb.append("    bucket: ").append(toIndentedString(bucket)).append("\n");
    sb.append("    region: ").append(toIndentedString(region)).append("\n");
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

