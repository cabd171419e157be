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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A schedule of recurring backups.
 */
@JsonPropertyOrder({
  BackupPolicy.JSON_PROPERTY_ID,
  BackupPolicy.JSON_PROPERTY_NAME,
  BackupPolicy.JSON_PROPERTY_ENABLED,
  BackupPolicy.JSON_PROPERTY_SCHEDULE,
  BackupPolicy.JSON_PROPERTY_RETENTION_DAYS,
  BackupPolicy.JSON_PROPERTY_DESTINATION,
  BackupPolicy.JSON_PROPERTY_REGIONS,
  BackupPolicy.JSON_PROPERTY_SCOPE,
  BackupPolicy.JSON_PROPERTY_ENCRYPTION,
  BackupPolicy.JSON_PROPERTY_CREATED_AT,
  BackupPolicy.JSON_PROPERTY_UPDATED_AT
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class BackupPolicy {
  /** The JSON name of {@code id}. */
  public static final String JSON_PROPERTY_ID = "id";
  @javax.annotation.Nonnull
  private String id;


  /** The JSON name of {@code name}. */
  public static final String JSON_PROPERTY_NAME = "name";
  @javax.annotation.Nonnull
  private String name;


  /** The JSON name of {@code enabled}. */
  public static final String JSON_PROPERTY_ENABLED = "enabled";
  @javax.annotation.Nonnull
  private Boolean enabled;


  /** The JSON name of {@code schedule}. */
  public static final String JSON_PROPERTY_SCHEDULE = "schedule";
  @javax.annotation.Nonnull
  private String schedule;


  /** The JSON name of {@code retentionDays}. */
  public static final String JSON_PROPERTY_RETENTION_DAYS = "retentionDays";
  @javax.annotation.Nonnull
  private Integer retentionDays;


  /** The JSON name of {@code destination}. */
  public static final String JSON_PROPERTY_DESTINATION = "destination";
  @javax.annotation.Nonnull
  private BackupDestination destination;


  /** The JSON name of {@code regions}. */
  public static final String JSON_PROPERTY_REGIONS = "regions";
  @javax.annotation.Nonnull
  private List<String> regions;


  /** The JSON name of {@code scope}. */
  public static final String JSON_PROPERTY_SCOPE = "scope";
  @javax.annotation.Nonnull
  private List<BackupScopeItem> scope;


  /** The JSON name of {@code encryption}. */
  public static final String JSON_PROPERTY_ENCRYPTION = "encryption";
  @javax.annotation.Nonnull
  private EncryptionSettings encryption;


  /** The JSON name of {@code createdAt}. */
  public static final String JSON_PROPERTY_CREATED_AT = "createdAt";
  @javax.annotation.Nonnull
  private OffsetDateTime createdAt;


  /** The JSON name of {@code updatedAt}. */
  public static final String JSON_PROPERTY_UPDATED_AT = "updatedAt";
  @javax.annotation.Nonnull
  private OffsetDateTime updatedAt;


  /** An empty BackupPolicy; set its properties with the fluent setters. */
  public BackupPolicy() { 
  }

  /**
   * Sets {@code id}.
   *
   * @param id the new value
   * @return this object
   */
  public BackupPolicy id(@javax.annotation.Nonnull String id) {
    this.id = id;
    
    return this;
  }

  /**
   * A backup policy ID.
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
   * Sets {@code name}.
   *
   * @param name the new value
   * @return this object
   */
  public BackupPolicy name(@javax.annotation.Nonnull String name) {
    this.name = name;
    
    return this;
  }

  /**
   * A human-readable name.
   * @return name
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_NAME, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getName() {
    return name;
  }



  /**
   * Sets {@code name}.
   *
   * @param name the new value
   */
  @JsonProperty(value = JSON_PROPERTY_NAME, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setName(@javax.annotation.Nonnull String name) {
    this.name = name;
    
  }


  /**
   * Sets {@code enabled}.
   *
   * @param enabled the new value
   * @return this object
   */
  public BackupPolicy enabled(@javax.annotation.Nonnull Boolean enabled) {
    this.enabled = enabled;
    
    return this;
  }

  /**
   * Disabled policies make no backups.
   * @return enabled
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_ENABLED, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Boolean getEnabled() {
    return enabled;
  }



  /**
   * Sets {@code enabled}.
   *
   * @param enabled the new value
   */
  @JsonProperty(value = JSON_PROPERTY_ENABLED, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setEnabled(@javax.annotation.Nonnull Boolean enabled) {
    this.enabled = enabled;
    
  }


  /**
   * Sets {@code schedule}.
   *
   * @param schedule the new value
   * @return this object
   */
  public BackupPolicy schedule(@javax.annotation.Nonnull String schedule) {
    this.schedule = schedule;
    
    return this;
  }

  /**
   * A five-field cron expression, in UTC.
   * @return schedule
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_SCHEDULE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getSchedule() {
    return schedule;
  }



  /**
   * Sets {@code schedule}.
   *
   * @param schedule the new value
   */
  @JsonProperty(value = JSON_PROPERTY_SCHEDULE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setSchedule(@javax.annotation.Nonnull String schedule) {
    this.schedule = schedule;
    
  }


  /**
   * Sets {@code retentionDays}.
   *
   * @param retentionDays the new value
   * @return this object
   */
  public BackupPolicy retentionDays(@javax.annotation.Nonnull Integer retentionDays) {
    this.retentionDays = retentionDays;
    
    return this;
  }

  /**
   * Backups older than this are deleted.
   * minimum: 1
   * maximum: 3650
   * @return retentionDays
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_RETENTION_DAYS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Integer getRetentionDays() {
    return retentionDays;
  }



  /**
   * Sets {@code retentionDays}.
   *
   * @param retentionDays the new value
   */
  @JsonProperty(value = JSON_PROPERTY_RETENTION_DAYS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setRetentionDays(@javax.annotation.Nonnull Integer retentionDays) {
    this.retentionDays = retentionDays;
    
  }


  /**
   * Sets {@code destination}.
   *
   * @param destination the new value
   * @return this object
   */
  public BackupPolicy destination(@javax.annotation.Nonnull BackupDestination destination) {
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
   * Sets {@code regions}.
   *
   * @param regions the new value
   * @return this object
   */
  public BackupPolicy regions(@javax.annotation.Nonnull List<String> regions) {
    this.regions = regions;
    
    return this;
  }

  /**
   * Adds one item to {@code regions}, creating the list if it is unset.
   *
   * @param regionsItem the item to add
   * @return this object
   */
  public BackupPolicy addRegionsItem(String regionsItem) {
    if (this.regions == null) {
      this.regions = new ArrayList<>();
    }
    this.regions.add(regionsItem);
    return this;
  }

  /**
   * The regions every backup is replicated to (cross-region redundancy).
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
   * Sets {@code scope}.
   *
   * @param scope the new value
   * @return this object
   */
  public BackupPolicy scope(@javax.annotation.Nonnull List<BackupScopeItem> scope) {
    this.scope = scope;
    
    return this;
  }

  /**
   * Adds one item to {@code scope}, creating the list if it is unset.
   *
   * @param scopeItem the item to add
   * @return this object
   */
  public BackupPolicy addScopeItem(BackupScopeItem scopeItem) {
    if (this.scope == null) {
      this.scope = new ArrayList<>();
    }
    this.scope.add(scopeItem);
    return this;
  }

  /**
   * What each backup holds.
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
   * Sets {@code encryption}.
   *
   * @param encryption the new value
   * @return this object
   */
  public BackupPolicy encryption(@javax.annotation.Nonnull EncryptionSettings encryption) {
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
   * Sets {@code createdAt}.
   *
   * @param createdAt the new value
   * @return this object
   */
  public BackupPolicy createdAt(@javax.annotation.Nonnull OffsetDateTime createdAt) {
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
   * Sets {@code updatedAt}.
   *
   * @param updatedAt the new value
   * @return this object
   */
  public BackupPolicy updatedAt(@javax.annotation.Nonnull OffsetDateTime updatedAt) {
    this.updatedAt = updatedAt;
    
    return this;
  }

  /**
   * An RFC 3339 date-time in UTC.
   * @return updatedAt
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_UPDATED_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }



  /**
   * Sets {@code updatedAt}.
   *
   * @param updatedAt the new value
   */
  @JsonProperty(value = JSON_PROPERTY_UPDATED_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setUpdatedAt(@javax.annotation.Nonnull OffsetDateTime updatedAt) {
    this.updatedAt = updatedAt;
    
  }



  /** @return a builder of {@code BackupPolicy}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code BackupPolicy}; each builder builds once. */
  public static final class Builder {
    private BackupPolicy building = new BackupPolicy();

    private Builder() {}

    private BackupPolicy target() {
      if (building == null) throw new IllegalStateException("this BackupPolicy.Builder has already built its object");
      return building;
    }

    /**
     * @param id A backup policy ID.
     * @return this builder
     */
    public Builder id(String id) {
      target().id(id);
      return this;
    }

    /**
     * @param name A human-readable name.
     * @return this builder
     */
    public Builder name(String name) {
      target().name(name);
      return this;
    }

    /**
     * @param enabled Disabled policies make no backups.
     * @return this builder
     */
    public Builder enabled(Boolean enabled) {
      target().enabled(enabled);
      return this;
    }

    /**
     * @param schedule A five-field cron expression, in UTC.
     * @return this builder
     */
    public Builder schedule(String schedule) {
      target().schedule(schedule);
      return this;
    }

    /**
     * @param retentionDays Backups older than this are deleted.
     * @return this builder
     */
    public Builder retentionDays(Integer retentionDays) {
      target().retentionDays(retentionDays);
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
     * @param regions The regions every backup is replicated to (cross-region redundancy).
     * @return this builder
     */
    public Builder regions(List<String> regions) {
      target().regions(regions);
      return this;
    }

    /**
     * @param scope What each backup holds.
     * @return this builder
     */
    public Builder scope(List<BackupScopeItem> scope) {
      target().scope(scope);
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
     * @param createdAt An RFC 3339 date-time in UTC.
     * @return this builder
     */
    public Builder createdAt(OffsetDateTime createdAt) {
      target().createdAt(createdAt);
      return this;
    }

    /**
     * @param updatedAt An RFC 3339 date-time in UTC.
     * @return this builder
     */
    public Builder updatedAt(OffsetDateTime updatedAt) {
      target().updatedAt(updatedAt);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public BackupPolicy build() {
      BackupPolicy built = target();
      if (built.getId() == null) {
        throw new IllegalArgumentException("BackupPolicy: the property 'id' is required");
      }
      if (built.getName() == null) {
        throw new IllegalArgumentException("BackupPolicy: the property 'name' is required");
      }
      if (built.getEnabled() == null) {
        throw new IllegalArgumentException("BackupPolicy: the property 'enabled' is required");
      }
      if (built.getSchedule() == null) {
        throw new IllegalArgumentException("BackupPolicy: the property 'schedule' is required");
      }
      if (built.getRetentionDays() == null) {
        throw new IllegalArgumentException("BackupPolicy: the property 'retentionDays' is required");
      }
      if (built.getDestination() == null) {
        throw new IllegalArgumentException("BackupPolicy: the property 'destination' is required");
      }
      if (built.getRegions() == null) {
        throw new IllegalArgumentException("BackupPolicy: the property 'regions' is required");
      }
      if (built.getScope() == null) {
        throw new IllegalArgumentException("BackupPolicy: the property 'scope' is required");
      }
      if (built.getEncryption() == null) {
        throw new IllegalArgumentException("BackupPolicy: the property 'encryption' is required");
      }
      if (built.getCreatedAt() == null) {
        throw new IllegalArgumentException("BackupPolicy: the property 'createdAt' is required");
      }
      if (built.getUpdatedAt() == null) {
        throw new IllegalArgumentException("BackupPolicy: the property 'updatedAt' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this BackupPolicy object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    BackupPolicy backupPolicy = (BackupPolicy) o;
    return Objects.equals(this.id, backupPolicy.id) &&
        Objects.equals(this.name, backupPolicy.name) &&
        Objects.equals(this.enabled, backupPolicy.enabled) &&
        Objects.equals(this.schedule, backupPolicy.schedule) &&
        Objects.equals(this.retentionDays, backupPolicy.retentionDays) &&
        Objects.equals(this.destination, backupPolicy.destination) &&
        Objects.equals(this.regions, backupPolicy.regions) &&
        Objects.equals(this.scope, backupPolicy.scope) &&
        Objects.equals(this.encryption, backupPolicy.encryption) &&
        Objects.equals(this.createdAt, backupPolicy.createdAt) &&
        Objects.equals(this.updatedAt, backupPolicy.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, enabled, schedule, retentionDays, destination, regions, scope, encryption, createdAt, updatedAt);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class BackupPolicy {\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    enabled: ").append(toIndentedString(enabled)).append("\n");
    sb.append("    schedule: ").append(toIndentedString(schedule)).append("\n");
    sb.append("    retentionDays: ").append(toIndentedString(retentionDays)).append("\n");
    sb.append("    destination: ").append(toIndentedString(destination)).append("\n");
    sb.append("    regions: ").append(toIndentedString(regions)).append("\n");
    sb.append("    scope: ").append(toIndentedString(scope)).append("\n");
    sb.append("    encryption: ").append(toIndentedString(encryption)).append("\n");
    sb.append("    createdAt: ").append(toIndentedString(createdAt)).append("\n");
    sb.append("    updatedAt: ").append(toIndentedString(updatedAt)).append("\n");
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

