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
import io.secureaistudio.sdk.model.BackupDestination;
import io.secureaistudio.sdk.model.BackupScopeItem;
import io.secureaistudio.sdk.model.EncryptionSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A manual backup.
 */
@JsonPropertyOrder({
  BackupCreate.JSON_PROPERTY_DESTINATION,
  BackupCreate.JSON_PROPERTY_SCOPE,
  BackupCreate.JSON_PROPERTY_REGIONS,
  BackupCreate.JSON_PROPERTY_ENCRYPTION,
  BackupCreate.JSON_PROPERTY_DESCRIPTION
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class BackupCreate {
  /** The JSON name of {@code destination}. */
  public static final String JSON_PROPERTY_DESTINATION = "destination";
  @javax.annotation.Nonnull
  private BackupDestination destination;


  /** The JSON name of {@code scope}. */
  public static final String JSON_PROPERTY_SCOPE = "scope";
  @javax.annotation.Nonnull
  private List<BackupScopeItem> scope;


  /** The JSON name of {@code regions}. */
  public static final String JSON_PROPERTY_REGIONS = "regions";
  @javax.annotation.Nullable
  private List<String> regions;


  /** The JSON name of {@code encryption}. */
  public static final String JSON_PROPERTY_ENCRYPTION = "encryption";
  @javax.annotation.Nullable
  private EncryptionSettings encryption;


  /** The JSON name of {@code description}. */
  public static final String JSON_PROPERTY_DESCRIPTION = "description";
  @javax.annotation.Nullable
  private String description;

  /** Whether {@code description} was set (to null or not): unset, it is left out of the JSON; set to null, it is sent as null. */
  private boolean descriptionIsSet;


  /** An empty BackupCreate; set its properties with the fluent setters. */
  public BackupCreate() { 
  }

  /**
   * Sets {@code destination}.
   *
   * @param destination the new value
   * @return this object
   */
  public BackupCreate destination(@javax.annotation.Nonnull BackupDestination destination) {
    this.destination = destination;
    
    return this;
  }

  /**
   * Get destination
   * @return destination
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_DESTINATION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public BackupDestination getDestination() {
    return destination;
  }



  /**
   * Sets {@code destination}.
   *
   * @param destination the new value
   */
  @JsonProperty(value = JSON_PROPERTY_DESTINATION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setDestination(@javax.annotation.Nonnull BackupDestination destination) {
    this.destination = destination;
    
  }


  /**
   * Sets {@code scope}.
   *
   * @param scope the new value
   * @return this object
   */
  public BackupCreate scope(@javax.annotation.Nonnull List<BackupScopeItem> scope) {
    this.scope = scope;
    
    return this;
  }

  /**
   * Adds one item to {@code scope}, creating the list if it is unset.
   *
   * @param scopeItem the item to add
   * @return this object
   */
  public BackupCreate addScopeItem(BackupScopeItem scopeItem) {
    if (this.scope == null) {
      this.scope = new ArrayList<>();
    }
    this.scope.add(scopeItem);
    return this;
  }

  /**
   * What to back up.
   * @return scope
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_SCOPE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public List<BackupScopeItem> getScope() {
    return scope;
  }



  /**
   * Sets {@code scope}.
   *
   * @param scope the new value
   */
  @JsonProperty(value = JSON_PROPERTY_SCOPE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setScope(@javax.annotation.Nonnull List<BackupScopeItem> scope) {
    this.scope = scope;
    
  }


  /**
   * Sets {@code regions}.
   *
   * @param regions the new value
   * @return this object
   */
  public BackupCreate regions(@javax.annotation.Nullable List<String> regions) {
    this.regions = regions;
    
    return this;
  }

  /**
   * Adds one item to {@code regions}, creating the list if it is unset.
   *
   * @param regionsItem the item to add
   * @return this object
   */
  public BackupCreate addRegionsItem(String regionsItem) {
    if (this.regions == null) {
      this.regions = new ArrayList<>();
    }
    this.regions.add(regionsItem);
    return this;
  }

  /**
   * Regions to replicate the backup to.
   * @return regions
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_REGIONS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public List<String> getRegions() {
    return regions;
  }



  /**
   * Sets {@code regions}.
   *
   * @param regions the new value
   */
  @JsonProperty(value = JSON_PROPERTY_REGIONS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setRegions(@javax.annotation.Nullable List<String> regions) {
    this.regions = regions;
    
  }


  /**
   * Sets {@code encryption}.
   *
   * @param encryption the new value
   * @return this object
   */
  public BackupCreate encryption(@javax.annotation.Nullable EncryptionSettings encryption) {
    this.encryption = encryption;
    
    return this;
  }

  /**
   * Get encryption
   * @return encryption
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ENCRYPTION, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public EncryptionSettings getEncryption() {
    return encryption;
  }



  /**
   * Sets {@code encryption}.
   *
   * @param encryption the new value
   */
  @JsonProperty(value = JSON_PROPERTY_ENCRYPTION, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setEncryption(@javax.annotation.Nullable EncryptionSettings encryption) {
    this.encryption = encryption;
    
  }


  /**
   * Sets {@code description}.
   *
   * @param description the new value
   * @return this object
   */
  public BackupCreate description(@javax.annotation.Nullable String description) {
    this.description = description;
    this.descriptionIsSet = true;
    return this;
  }

  /**
   * A free-text description.
   * @return description
   */
  @javax.annotation.Nullable
  @com.fasterxml.jackson.annotation.JsonIgnore // the JSON goes through getDescriptionJson()
  public String getDescription() {
    return description;
  }


  // Jackson's view of description: the value once set (null included), else UNSET, which the filter leaves out.
  @JsonProperty(JSON_PROPERTY_DESCRIPTION)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = io.secureaistudio.sdk.runtime.Unset.class)
  private Object getDescriptionJson() {
    return descriptionIsSet ? description : io.secureaistudio.sdk.runtime.Unset.VALUE;
  }



  /**
   * Sets {@code description}.
   *
   * @param description the new value
   */
  @JsonProperty(value = JSON_PROPERTY_DESCRIPTION, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setDescription(@javax.annotation.Nullable String description) {
    this.description = description;
    this.descriptionIsSet = true;
  }



  /** @return a builder of {@code BackupCreate}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code BackupCreate}; each builder builds once. */
  public static final class Builder {
    private BackupCreate building = new BackupCreate();

    private Builder() {}

    private BackupCreate target() {
      if (building == null) throw new IllegalStateException("this BackupCreate.Builder has already built its object");
      return building;
    }

    /**
     * @param destination the property {@code destination}
     * @return this builder
     */
    public Builder destination(BackupDestination destination) {
      target().destination(destination);
      return this;
    }

    /**
     * @param scope What to back up.
     * @return this builder
     */
    public Builder scope(List<BackupScopeItem> scope) {
      target().scope(scope);
      return this;
    }

    /**
     * @param regions Regions to replicate the backup to.
     * @return this builder
     */
    public Builder regions(List<String> regions) {
      target().regions(regions);
      return this;
    }

    /**
     * @param encryption the property {@code encryption}
     * @return this builder
     */
    public Builder encryption(EncryptionSettings encryption) {
      target().encryption(encryption);
      return this;
    }

    /**
     * @param description A free-text description.
     * @return this builder
     */
    public Builder description(String description) {
      target().description(description);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public BackupCreate build() {
      BackupCreate built = target();
      if (built.getDestination() == null) {
        throw new IllegalArgumentException("BackupCreate: the property 'destination' is required");
      }
      if (built.getScope() == null) {
        throw new IllegalArgumentException("BackupCreate: the property 'scope' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this BackupCreate object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    BackupCreate backupCreate = (BackupCreate) o;
    return Objects.equals(this.destination, backupCreate.destination) &&
        Objects.equals(this.scope, backupCreate.scope) &&
        Objects.equals(this.regions, backupCreate.regions) &&
        Objects.equals(this.encryption, backupCreate.encryption) &&
        Objects.equals(this.description, backupCreate.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(destination, scope, regions, encryption, description);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class BackupCreate {\n");
    sb.append("    destination: ").append(toIndentedString(destination)).append("\n");
    sb.append("    scope: ").append(toIndentedString(scope)).append("\n");
    sb.append("    regions: ").append(toIndentedString(regions)).append("\n");
    sb.append("    encryption: ").append(toIndentedString(encryption)).append("\n");
    sb.append("    description: ").append(toIndentedString(description)).append("\n");
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

