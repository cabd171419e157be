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
 * An Azure Blob Storage container.
 */
@JsonPropertyOrder({
  AzureBlobDestination.JSON_PROPERTY_PROVIDER,
  AzureBlobDestination.JSON_PROPERTY_STORAGE_ACCOUNT,
  AzureBlobDestination.JSON_PROPERTY_CONTAINER,
  AzureBlobDestination.JSON_PROPERTY_PREFIX
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class AzureBlobDestination implements BackupDestination {
  /**
   * Always &#x60;azure_blob&#x60;.
   *
   * <p>An open enum (rulebook R7.3): known values are the constants below, compared with
   * {@code equals}; a value this SDK does not know yet is kept as received ({@link #isKnown()}
   * is false).
   */
  public static final class ProviderEnum {

    /** The known value <code>&quot;azure_blob&quot;</code>. */
    public static final ProviderEnum AZURE_BLOB = new ProviderEnum(String.valueOf("azure_blob"));


    private static final java.util.List<ProviderEnum> KNOWN = java.util.Arrays.asList(AZURE_BLOB);

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


  /** The JSON name of {@code storageAccount}. */
  public static final String JSON_PROPERTY_STORAGE_ACCOUNT = "storageAccount";
  @javax.annotation.Nonnull
  private String storageAccount;


  /** The JSON name of {@code container}. */
  public static final String JSON_PROPERTY_CONTAINER = "container";
  @javax.annotation.Nonnull
  private String container;


  /** The JSON name of {@code prefix}. */
  public static final String JSON_PROPERTY_PREFIX = "prefix";
  @javax.annotation.Nullable
  private String prefix;


  /** An empty AzureBlobDestination; set its properties with the fluent setters. */
  public AzureBlobDestination() { 
  }

  /**
   * Sets {@code provider}.
   *
   * @param provider the new value
   * @return this object
   */
  public AzureBlobDestination provider(@javax.annotation.Nonnull ProviderEnum provider) {
    this.provider = provider;
    
    return this;
  }

  /**
   * Always &#x60;azure_blob&#x60;.
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
   * Sets {@code storageAccount}.
   *
   * @param storageAccount the new value
   * @return this object
   */
  public AzureBlobDestination storageAccount(@javax.annotation.Nonnull String storageAccount) {
    this.storageAccount = storageAccount;
    
    return this;
  }

  /**
   * The storage account name.
   * @return storageAccount
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_STORAGE_ACCOUNT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getStorageAccount() {
    return storageAccount;
  }



  /**
   * Sets {@code storageAccount}.
   *
   * @param storageAccount the new value
   */
  @JsonProperty(value = JSON_PROPERTY_STORAGE_ACCOUNT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setStorageAccount(@javax.annotation.Nonnull String storageAccount) {
    this.storageAccount = storageAccount;
    
  }


  /**
   * Sets {@code container}.
   *
   * @param container the new value
   * @return this object
   */
  public AzureBlobDestination container(@javax.annotation.Nonnull String container) {
    this.container = container;
    
    return this;
  }

  /**
   * The container name.
   * @return container
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CONTAINER, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getContainer() {
    return container;
  }



  /**
   * Sets {@code container}.
   *
   * @param container the new value
   */
  @JsonProperty(value = JSON_PROPERTY_CONTAINER, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setContainer(@javax.annotation.Nonnull String container) {
    this.container = container;
    
  }


  /**
   * Sets {@code prefix}.
   *
   * @param prefix the new value
   * @return this object
   */
  public AzureBlobDestination prefix(@javax.annotation.Nullable String prefix) {
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



  /** @return a builder of {@code AzureBlobDestination}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code AzureBlobDestination}; each builder builds once. */
  public static final class Builder {
    private AzureBlobDestination building = new AzureBlobDestination();

    private Builder() {}

    private AzureBlobDestination target() {
      if (building == null) throw new IllegalStateException("this AzureBlobDestination.Builder has already built its object");
      return building;
    }

    /**
     * @param provider Always &#x60;azure_blob&#x60;.
     * @return this builder
     */
    public Builder provider(ProviderEnum provider) {
      target().provider(provider);
      return this;
    }

    /**
     * @param storageAccount The storage account name.
     * @return this builder
     */
    public Builder storageAccount(String storageAccount) {
      target().storageAccount(storageAccount);
      return this;
    }

    /**
     * @param container The container name.
     * @return this builder
     */
    public Builder container(String container) {
      target().container(container);
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
    public AzureBlobDestination build() {
      AzureBlobDestination built = target();
      if (built.getProvider() == null) {
        throw new IllegalArgumentException("AzureBlobDestination: the property 'provider' is required");
      }
      if (built.getStorageAccount() == null) {
        throw new IllegalArgumentException("AzureBlobDestination: the property 'storageAccount' is required");
      }
      if (built.getContainer() == null) {
        throw new IllegalArgumentException("AzureBlobDestination: the property 'container' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this AzureBlobDestination object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    AzureBlobDestination azureBlobDestination = (AzureBlobDestination) o;
    return Objects.equals(this.provider, azureBlobDestination.provider) &&
        Objects.equals(this.storageAccount, azureBlobDestination.storageAccount) &&
        Objects.equals(this.container, azureBlobDestination.container) &&
        Objects.equals(this.prefix, azureBlobDestination.prefix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, storageAccount, container, prefix);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class AzureBlobDestination {\n");
    sb.append("    provider: ").append(toIndentedString(provider)).append("\n");
    sb.append("    storageAccount: ").append(toIndentedString(storageAccount)).append("\n");
    sb.append("    container: ").append(toIndentedString(container)).append("\n");
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

