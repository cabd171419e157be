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
import io.secureaistudio.sdk.model.BackupStatus;
import io.secureaistudio.sdk.model.EncryptionSettings;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An encrypted backup.
 */
@JsonPropertyOrder({
  Backup.JSON_PROPERTY_ID,
  Backup.JSON_PROPERTY_STATUS,
  Backup.JSON_PROPERTY_DESTINATION,
  Backup.JSON_PROPERTY_SCOPE,
  Backup.JSON_PROPERTY_REGIONS,
  Backup.JSON_PROPERTY_ENCRYPTION,
  Backup.JSON_PROPERTY_POLICY_ID,
  Backup.JSON_PROPERTY_SIZE_BYTES,
  Backup.JSON_PROPERTY_CHECKSUM_SHA256,
  Backup.JSON_PROPERTY_DESCRIPTION,
  Backup.JSON_PROPERTY_CREATED_AT,
  Backup.JSON_PROPERTY_COMPLETED_AT
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class Backup {
  /** The JSON name of {@code id}. */
  public static final String JSON_PROPERTY_ID = "id";
  @javax.annotation.Nonnull
  private String id;


  /** The JSON name of {@code status}. */
  public static final String JSON_PROPERTY_STATUS = "status";
  @javax.annotation.Nonnull
  private BackupStatus status;


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
  @javax.annotation.Nonnull
  private List<String> regions;


  /** The JSON name of {@code encryption}. */
  public static final String JSON_PROPERTY_ENCRYPTION = "encryption";
  @javax.annotation.Nonnull
  private EncryptionSettings encryption;


  /** The JSON name of {@code policyId}. */
  public static final String JSON_PROPERTY_POLICY_ID = "policyId";
  @javax.annotation.Nullable
  private String policyId;


  /** The JSON name of {@code sizeBytes}. */
  public static final String JSON_PROPERTY_SIZE_BYTES = "sizeBytes";
  @javax.annotation.Nullable
  private Long sizeBytes;


  /** The JSON name of {@code checksumSha256}. */
  public static final String JSON_PROPERTY_CHECKSUM_SHA256 = "checksumSha256";
  @javax.annotation.Nullable
  private String checksumSha256;


  /** The JSON name of {@code description}. */
  public static final String JSON_PROPERTY_DESCRIPTION = "description";
  @javax.annotation.Nullable
  private String description;

  /** Whether {@code description} was set (to null or not): unset, it is left out of the JSON; set to null, it is sent as null. */
  private boolean descriptionIsSet;


  /** The JSON name of {@code createdAt}. */
  public static final String JSON_PROPERTY_CREATED_AT = "createdAt";
  @javax.annotation.Nonnull
  private OffsetDateTime createdAt;


  /** The JSON name of {@code completedAt}. */
  public static final String JSON_PROPERTY_COMPLETED_AT = "completedAt";
  @javax.annotation.Nullable
  private OffsetDateTime completedAt;


  /** An empty Backup; set its properties with the fluent setters. */
  public Backup() { 
  }

  /**
   * Sets {@code id}.
   *
   * @param id the new value
   * @return this object
   */
  public Backup id(@javax.annotation.Nonnull String id) {
    this.id = id;
    
    return this;
  }

  /**
   * A backup ID.
   * @return id
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getId() {
    return id;
  }



  /**
   * Sets {@code id}.
   *
   * @param id the new value
   */
  @JsonProperty(value = JSON_PROPERTY_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setId(@javax.annotation.Nonnull String id) {
    this.id = id;
    
  }


  /**
   * Sets {@code status}.
   *
   * @param status the new value
   * @return this object
   */
  public Backup status(@javax.annotation.Nonnull BackupStatus status) {
    this.status = status;
    
    return this;
  }

  /**
   * Get status
   * @return status
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_STATUS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public BackupStatus getStatus() {
    return status;
  }



  /**
   * Sets {@code status}.
   *
   * @param status the new value
   */
  @JsonProperty(value = JSON_PROPERTY_STATUS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setStatus(@javax.annotation.Nonnull BackupStatus status) {
    this.status = status;
    
  }


  /**
   * Sets {@code destination}.
   *
   * @param destination the new value
   * @return this object
   */
  public Backup destination(@javax.annotation.Nonnull BackupDestination destination) {
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
  public Backup scope(@javax.annotation.Nonnull List<BackupScopeItem> scope) {
    this.scope = scope;
    
    return this;
  }

  /**
   * Adds one item to {@code scope}, creating the list if it is unset.
   *
   * @param scopeItem the item to add
   * @return this object
   */
  public Backup addScopeItem(BackupScopeItem scopeItem) {
    if (this.scope == null) {
      this.scope = new ArrayList<>();
    }
    this.scope.add(scopeItem);
    return this;
  }

  /**
   * What the backup holds.
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
  public Backup regions(@javax.annotation.Nonnull List<String> regions) {
    this.regions = regions;
    
    return this;
  }

  /**
   * Adds one item to {@code regions}, creating the list if it is unset.
   *
   * @param regionsItem the item to add
   * @return this object
   */
  public Backup addRegionsItem(String regionsItem) {
    if (this.regions == null) {
      this.regions = new ArrayList<>();
    }
    this.regions.add(regionsItem);
    return this;
  }

  /**
   * The regions the backup is replicated to.
   * @return regions
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_REGIONS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public List<String> getRegions() {
    return regions;
  }



  /**
   * Sets {@code regions}.
   *
   * @param regions the new value
   */
  @JsonProperty(value = JSON_PROPERTY_REGIONS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setRegions(@javax.annotation.Nonnull List<String> regions) {
    this.regions = regions;
    
  }


  /**
   * Sets {@code encryption}.
   *
   * @param encryption the new value
   * @return this object
   */
  public Backup encryption(@javax.annotation.Nonnull EncryptionSettings encryption) {
    this.encryption = encryption;
    
    return this;
  }

  /**
   * Get encryption
   * @return encryption
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_ENCRYPTION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public EncryptionSettings getEncryption() {
    return encryption;
  }



  /**
   * Sets {@code encryption}.
   *
   * @param encryption the new value
   */
  @JsonProperty(value = JSON_PROPERTY_ENCRYPTION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setEncryption(@javax.annotation.Nonnull EncryptionSettings encryption) {
    this.encryption = encryption;
    
  }


  /**
   * Sets {@code policyId}.
   *
   * @param policyId the new value
   * @return this object
   */
  public Backup policyId(@javax.annotation.Nullable String policyId) {
    this.policyId = policyId;
    
    return this;
  }

  /**
   * The policy that made the backup; &#x60;null&#x60; for a manual one.
   * @return policyId
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_POLICY_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getPolicyId() {
    return policyId;
  }



  /**
   * Sets {@code policyId}.
   *
   * @param policyId the new value
   */
  @JsonProperty(value = JSON_PROPERTY_POLICY_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setPolicyId(@javax.annotation.Nullable String policyId) {
    this.policyId = policyId;
    
  }


  /**
   * Sets {@code sizeBytes}.
   *
   * @param sizeBytes the new value
   * @return this object
   */
  public Backup sizeBytes(@javax.annotation.Nullable Long sizeBytes) {
    this.sizeBytes = sizeBytes;
    
    return this;
  }

  /**
   * Size once completed.
   * minimum: 0
   * maximum: 1099511627776
   * @return sizeBytes
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_SIZE_BYTES, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Long getSizeBytes() {
    return sizeBytes;
  }



  /**
   * Sets {@code sizeBytes}.
   *
   * @param sizeBytes the new value
   */
  @JsonProperty(value = JSON_PROPERTY_SIZE_BYTES, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setSizeBytes(@javax.annotation.Nullable Long sizeBytes) {
    this.sizeBytes = sizeBytes;
    
  }


  /**
   * Sets {@code checksumSha256}.
   *
   * @param checksumSha256 the new value
   * @return this object
   */
  public Backup checksumSha256(@javax.annotation.Nullable String checksumSha256) {
    this.checksumSha256 = checksumSha256;
    
    return this;
  }

  /**
   * SHA-256 of the encrypted archive, once completed.
   * @return checksumSha256
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_CHECKSUM_SHA256, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getChecksumSha256() {
    return checksumSha256;
  }



  /**
   * Sets {@code checksumSha256}.
   *
   * @param checksumSha256 the new value
   */
  @JsonProperty(value = JSON_PROPERTY_CHECKSUM_SHA256, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setChecksumSha256(@javax.annotation.Nullable String checksumSha256) {
    this.checksumSha256 = checksumSha256;
    
  }


  /**
   * Sets {@code description}.
   *
   * @param description the new value
   * @return this object
   */
  public Backup description(@javax.annotation.Nullable String description) {
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


  /**
   * Sets {@code createdAt}.
   *
   * @param createdAt the new value
   * @return this object
   */
  public Backup createdAt(@javax.annotation.Nonnull OffsetDateTime createdAt) {
    this.createdAt = createdAt;
    
    return this;
  }

  /**
   * An RFC 3339 date-time in UTC.
   * @return createdAt
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CREATED_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }



  /**
   * Sets {@code createdAt}.
   *
   * @param createdAt the new value
   */
  @JsonProperty(value = JSON_PROPERTY_CREATED_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setCreatedAt(@javax.annotation.Nonnull OffsetDateTime createdAt) {
    this.createdAt = createdAt;
    
  }


  /**
   * Sets {@code completedAt}.
   *
   * @param completedAt the new value
   * @return this object
   */
  public Backup completedAt(@javax.annotation.Nullable OffsetDateTime completedAt) {
    this.completedAt = completedAt;
    
    return this;
  }

  /**
   * When the backup reached a terminal status.
   * @return completedAt
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_COMPLETED_AT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getCompletedAt() {
    return completedAt;
  }



  /**
   * Sets {@code completedAt}.
   *
   * @param completedAt the new value
   */
  @JsonProperty(value = JSON_PROPERTY_COMPLETED_AT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setCompletedAt(@javax.annotation.Nullable OffsetDateTime completedAt) {
    this.completedAt = completedAt;
    
  }



  /** @return a builder of {@code Backup}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code Backup}; each builder builds once. */
  public static final class Builder {
    private Backup building = new Backup();

    private Builder() {}

    private Backup target() {
      if (building == null) throw new IllegalStateException("this Backup.Builder has already built its object");
      return building;
    }

    /**
     * @param id A backup ID.
     * @return this builder
     */
    public Builder id(String id) {
      target().id(id);
      return this;
    }

    /**
     * @param status the property {@code status}
     * @return this builder
     */
    public Builder status(BackupStatus status) {
      target().status(status);
      return this;
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
     * @param scope What the backup holds.
     * @return this builder
     */
    public Builder scope(List<BackupScopeItem> scope) {
      target().scope(scope);
      return this;
    }

    /**
     * @param regions The regions the backup is replicated to.
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
     * @param policyId The policy that made the backup; &#x60;null&#x60; for a manual one.
     * @return this builder
     */
    public Builder policyId(String policyId) {
      target().policyId(policyId);
      return this;
    }

    /**
     * @param sizeBytes Size once completed.
     * @return this builder
     */
    public Builder sizeBytes(Long sizeBytes) {
      target().sizeBytes(sizeBytes);
      return this;
    }

    /**
     * @param checksumSha256 SHA-256 of the encrypted archive, once completed.
     * @return this builder
     */
    public Builder checksumSha256(String checksumSha256) {
      target().checksumSha256(checksumSha256);
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
     * @param createdAt An RFC 3339 date-time in UTC.
     * @return this builder
     */
    public Builder createdAt(OffsetDateTime createdAt) {
      target().createdAt(createdAt);
      return this;
    }

    /**
     * @param completedAt When the backup reached a terminal status.
     * @return this builder
     */
    public Builder completedAt(OffsetDateTime completedAt) {
      target().completedAt(completedAt);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public Backup build() {
      Backup built = target();
      if (built.getId() == null) {
        throw new IllegalArgumentException("Backup: the property 'id' is required");
      }
      if (built.getStatus() == null) {
        throw new IllegalArgumentException("Backup: the property 'status' is required");
      }
      if (built.getDestination() == null) {
        throw new IllegalArgumentException("Backup: the property 'destination' is required");
      }
      if (built.getScope() == null) {
        throw new IllegalArgumentException("Backup: the property 'scope' is required");
      }
      if (built.getRegions() == null) {
        throw new IllegalArgumentException("Backup: the property 'regions' is required");
      }
      if (built.getEncryption() == null) {
        throw new IllegalArgumentException("Backup: the property 'encryption' is required");
      }
      if (built.getPolicyId() == null) {
        throw new IllegalArgumentException("Backup: the property 'policyId' is required");
      }
      if (built.getSizeBytes() == null) {
        throw new IllegalArgumentException("Backup: the property 'sizeBytes' is required");
      }
      if (built.getChecksumSha256() == null) {
        throw new IllegalArgumentException("Backup: the property 'checksumSha256' is required");
      }
      if (built.getCreatedAt() == null) {
        throw new IllegalArgumentException("Backup: the property 'createdAt' is required");
      }
      if (built.getCompletedAt() == null) {
        throw new IllegalArgumentException("Backup: the property 'completedAt' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this Backup object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Backup backup = (Backup) o;
    return Objects.equals(this.id, backup.id) &&
        Objects.equals(this.status, backup.status) &&
        Objects.equals(this.destination, backup.destination) &&
        Objects.equals(this.scope, backup.scope) &&
        Objects.equals(this.regions, backup.regions) &&
        Objects.equals(this.encryption, backup.encryption) &&
        Objects.equals(this.policyId, backup.policyId) &&
        Objects.equals(this.sizeBytes, backup.sizeBytes) &&
        Objects.equals(this.checksumSha256, backup.checksumSha256) &&
        Objects.equals(this.description, backup.description) &&
        Objects.equals(this.createdAt, backup.createdAt) &&
        Objects.equals(this.completedAt, backup.completedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, status, destination, scope, regions, encryption, policyId, sizeBytes, checksumSha256, description, createdAt, completedAt);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Backup {\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    status: ").append(toIndentedString(status)).append("\n");
    sb.append("    destination: ").append(toIndentedString(destination)).append("\n");
    sb.append("    scope: ").append(toIndentedString(scope)).append("\n");
    sb.append("    regions: ").append(toIndentedString(regions)).append("\n");
    sb.append("    encryption: ").append(toIndentedString(encryption)).append("\n");
    sb.append("    policyId: ").append(toIndentedString(policyId)).append("\n");
    sb.append("    sizeBytes: ").append(toIndentedString(sizeBytes)).append("\n");
    sb.append("    checksumSha256: ").append(toIndentedString(checksumSha256)).append("\n");
    sb.append("    description: ").append(toIndentedString(description)).append("\n");
    sb.append("    createdAt: ").append(toIndentedString(createdAt)).append("\n");
    sb.append("    completedAt: ").append(toIndentedString(completedAt)).append("\n");
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

