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
   */
  public enum ProviderEnum {
    AZURE_BLOB(String.valueOf("azure_blob")),
    
    UNKNOWN_DEFAULT_OPEN_API(String.valueOf("unknown_default_open_api"));

    private String value;

    ProviderEnum(String value) {
      this.value = value;
    }

    @JsonValue
    public String getValue() {
      return value;
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }

    @JsonCreator
    public static ProviderEnum fromValue(String value) {
      for (ProviderEnum b : ProviderEnum.values()) {
        if (b.value.equals(value)) {
          return b;
        }
      }
      return UNKNOWN_DEFAULT_OPEN_API;
    }
  }

  public static final String JSON_PROPERTY_PROVIDER = "provider";
  @javax.annotation.Nonnull
  private ProviderEnum provider;

  public static final String JSON_PROPERTY_STORAGE_ACCOUNT = "storageAccount";
  @javax.annotation.Nonnull
  private String storageAccount;

  public static final String JSON_PROPERTY_CONTAINER = "container";
  @javax.annotation.Nonnull
  private String container;

  public static final String JSON_PROPERTY_PREFIX = "prefix";
  @javax.annotation.Nullable
  private String prefix;

  public AzureBlobDestination() { 
  }

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


  @JsonProperty(value = JSON_PROPERTY_PROVIDER, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setProvider(@javax.annotation.Nonnull ProviderEnum provider) {
    this.provider = provider;
  }


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


  @JsonProperty(value = JSON_PROPERTY_STORAGE_ACCOUNT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setStorageAccount(@javax.annotation.Nonnull String storageAccount) {
    this.storageAccount = storageAccount;
  }


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


  @JsonProperty(value = JSON_PROPERTY_CONTAINER, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setContainer(@javax.annotation.Nonnull String container) {
    this.container = container;
  }


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


  @JsonProperty(value = JSON_PROPERTY_PREFIX, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setPrefix(@javax.annotation.Nullable String prefix) {
    this.prefix = prefix;
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

