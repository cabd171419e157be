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
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How backup data is encrypted at rest. Data is always encrypted with AES-256-GCM.
 */
@JsonPropertyOrder({
  EncryptionSettings.JSON_PROPERTY_ALGORITHM,
  EncryptionSettings.JSON_PROPERTY_KEY_SOURCE,
  EncryptionSettings.JSON_PROPERTY_KMS_KEY_ID
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class EncryptionSettings {
  /**
   * The cipher.
   *
   * <p>An open enum (rulebook R7.3): known values are the constants below, compared with
   * {@code equals}; a value this SDK does not know yet is kept as received ({@link #isKnown()}
   * is false).
   */
  public static final class AlgorithmEnum {

    /** The known value <code>&quot;AES-256-GCM&quot;</code>. */
    public static final AlgorithmEnum AES_256_GCM = new AlgorithmEnum(String.valueOf("AES-256-GCM"));


    private static final java.util.List<AlgorithmEnum> KNOWN = java.util.Arrays.asList(AES_256_GCM);

    private final String value;

    private AlgorithmEnum(String value) {
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
    public static AlgorithmEnum[] values() {
      return KNOWN.toArray(new AlgorithmEnum[0]);
    }

    /**
     * The known constant for {@code value}, or a new instance keeping an unknown value.
     *
     * @param value the value as received
     * @return the constant equal to {@code value}, else a new instance holding it; null for null
     */
    @JsonCreator
    public static AlgorithmEnum fromValue(String value) {
      if (value == null) return null;
      for (AlgorithmEnum known : KNOWN) {
        if (known.value.equals(value)) return known;
      }
      return new AlgorithmEnum(value);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof AlgorithmEnum && value.equals(((AlgorithmEnum) o).value);
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

  /** The JSON name of {@code algorithm}. */
  public static final String JSON_PROPERTY_ALGORITHM = "algorithm";
  @javax.annotation.Nonnull
  private AlgorithmEnum algorithm;


  /**
   * Who holds the key; &#x60;customer_managed&#x60; needs &#x60;kmsKeyId&#x60;.
   *
   * <p>An open enum (rulebook R7.3): known values are the constants below, compared with
   * {@code equals}; a value this SDK does not know yet is kept as received ({@link #isKnown()}
   * is false).
   */
  public static final class KeySourceEnum {

    /** The known value <code>&quot;platform_managed&quot;</code>. */
    public static final KeySourceEnum PLATFORM_MANAGED = new KeySourceEnum(String.valueOf("platform_managed"));

    /** The known value <code>&quot;customer_managed&quot;</code>. */
    public static final KeySourceEnum CUSTOMER_MANAGED = new KeySourceEnum(String.valueOf("customer_managed"));


    private static final java.util.List<KeySourceEnum> KNOWN = java.util.Arrays.asList(PLATFORM_MANAGED, CUSTOMER_MANAGED);

    private final String value;

    private KeySourceEnum(String value) {
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
    public static KeySourceEnum[] values() {
      return KNOWN.toArray(new KeySourceEnum[0]);
    }

    /**
     * The known constant for {@code value}, or a new instance keeping an unknown value.
     *
     * @param value the value as received
     * @return the constant equal to {@code value}, else a new instance holding it; null for null
     */
    @JsonCreator
    public static KeySourceEnum fromValue(String value) {
      if (value == null) return null;
      for (KeySourceEnum known : KNOWN) {
        if (known.value.equals(value)) return known;
      }
      return new KeySourceEnum(value);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof KeySourceEnum && value.equals(((KeySourceEnum) o).value);
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

  /** The JSON name of {@code keySource}. */
  public static final String JSON_PROPERTY_KEY_SOURCE = "keySource";
  @javax.annotation.Nonnull
  private KeySourceEnum keySource;


  /** The JSON name of {@code kmsKeyId}. */
  public static final String JSON_PROPERTY_KMS_KEY_ID = "kmsKeyId";
  @javax.annotation.Nullable
  private String kmsKeyId;

  /** Whether {@code kmsKeyId} was set (to null or not): unset, it is left out of the JSON; set to null, it is sent as null. */
  private boolean kmsKeyIdIsSet;


  /** An empty EncryptionSettings; set its properties with the fluent setters. */
  public EncryptionSettings() { 
  }

  /**
   * Sets {@code algorithm}.
   *
   * @param algorithm the new value
   * @return this object
   */
  public EncryptionSettings algorithm(@javax.annotation.Nonnull AlgorithmEnum algorithm) {
    this.algorithm = algorithm;
    
    return this;
  }

  /**
   * The cipher.
   * @return algorithm
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_ALGORITHM, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public AlgorithmEnum getAlgorithm() {
    return algorithm;
  }



  /**
   * Sets {@code algorithm}.
   *
   * @param algorithm the new value
   */
  @JsonProperty(value = JSON_PROPERTY_ALGORITHM, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setAlgorithm(@javax.annotation.Nonnull AlgorithmEnum algorithm) {
    this.algorithm = algorithm;
    
  }


  /**
   * Sets {@code keySource}.
   *
   * @param keySource the new value
   * @return this object
   */
  public EncryptionSettings keySource(@javax.annotation.Nonnull KeySourceEnum keySource) {
    this.keySource = keySource;
    
    return this;
  }

  /**
   * Who holds the key; &#x60;customer_managed&#x60; needs &#x60;kmsKeyId&#x60;.
   * @return keySource
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_KEY_SOURCE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public KeySourceEnum getKeySource() {
    return keySource;
  }



  /**
   * Sets {@code keySource}.
   *
   * @param keySource the new value
   */
  @JsonProperty(value = JSON_PROPERTY_KEY_SOURCE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setKeySource(@javax.annotation.Nonnull KeySourceEnum keySource) {
    this.keySource = keySource;
    
  }


  /**
   * Sets {@code kmsKeyId}.
   *
   * @param kmsKeyId the new value
   * @return this object
   */
  public EncryptionSettings kmsKeyId(@javax.annotation.Nullable String kmsKeyId) {
    this.kmsKeyId = kmsKeyId;
    this.kmsKeyIdIsSet = true;
    return this;
  }

  /**
   * The customer&#39;s KMS key (ARN, Key Vault key URI or Cloud KMS key name).
   * @return kmsKeyId
   */
  @javax.annotation.Nullable
  @com.fasterxml.jackson.annotation.JsonIgnore // the JSON goes through getKmsKeyIdJson()
  public String getKmsKeyId() {
    return kmsKeyId;
  }


  // Jackson's view of kmsKeyId: the value once set (null included), else UNSET, which the filter leaves out.
  @JsonProperty(JSON_PROPERTY_KMS_KEY_ID)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = io.secureaistudio.sdk.runtime.Unset.class)
  private Object getKmsKeyIdJson() {
    return kmsKeyIdIsSet ? kmsKeyId : io.secureaistudio.sdk.runtime.Unset.VALUE;
  }



  /**
   * Sets {@code kmsKeyId}.
   *
   * @param kmsKeyId the new value
   */
  @JsonProperty(value = JSON_PROPERTY_KMS_KEY_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setKmsKeyId(@javax.annotation.Nullable String kmsKeyId) {
    this.kmsKeyId = kmsKeyId;
    this.kmsKeyIdIsSet = true;
  }



  /** @return a builder of {@code EncryptionSettings}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code EncryptionSettings}; each builder builds once. */
  public static final class Builder {
    private EncryptionSettings building = new EncryptionSettings();

    private Builder() {}

    private EncryptionSettings target() {
      if (building == null) throw new IllegalStateException("this EncryptionSettings.Builder has already built its object");
      return building;
    }

    /**
     * @param algorithm The cipher.
     * @return this builder
     */
    public Builder algorithm(AlgorithmEnum algorithm) {
      target().algorithm(algorithm);
      return this;
    }

    /**
     * @param keySource Who holds the key; &#x60;customer_managed&#x60; needs &#x60;kmsKeyId&#x60;.
     * @return this builder
     */
    public Builder keySource(KeySourceEnum keySource) {
      target().keySource(keySource);
      return this;
    }

    /**
     * @param kmsKeyId The customer&#39;s KMS key (ARN, Key Vault key URI or Cloud KMS key name).
     * @return this builder
     */
    public Builder kmsKeyId(String kmsKeyId) {
      target().kmsKeyId(kmsKeyId);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public EncryptionSettings build() {
      EncryptionSettings built = target();
      if (built.getAlgorithm() == null) {
        throw new IllegalArgumentException("EncryptionSettings: the property 'algorithm' is required");
      }
      if (built.getKeySource() == null) {
        throw new IllegalArgumentException("EncryptionSettings: the property 'keySource' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this EncryptionSettings object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    EncryptionSettings encryptionSettings = (EncryptionSettings) o;
    return Objects.equals(this.algorithm, encryptionSettings.algorithm) &&
        Objects.equals(this.keySource, encryptionSettings.keySource) &&
        Objects.equals(this.kmsKeyId, encryptionSettings.kmsKeyId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(algorithm, keySource, kmsKeyId);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class EncryptionSettings {\n");
    sb.append("    algorithm: ").append(toIndentedString(algorithm)).append("\n");
    sb.append("    keySource: ").append(toIndentedString(keySource)).append("\n");
    sb.append("    kmsKeyId: ").append(toIndentedString(kmsKeyId)).append("\n");
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

