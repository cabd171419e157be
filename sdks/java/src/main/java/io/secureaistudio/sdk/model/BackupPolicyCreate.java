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
 * A new backup policy.
 */
@JsonPropertyOrder({
  BackupPolicyCreate.JSON_PROPERTY_NAME,
  BackupPolicyCreate.JSON_PROPERTY_ENABLED,
  BackupPolicyCreate.JSON_PROPERTY_SCHEDULE,
  BackupPolicyCreate.JSON_PROPERTY_RETENTION_DAYS,
  BackupPolicyCreate.JSON_PROPERTY_DESTINATION,
  BackupPolicyCreate.JSON_PROPERTY_REGIONS,
  BackupPolicyCreate.JSON_PROPERTY_SCOPE,
  BackupPolicyCreate.JSON_PROPERTY_ENCRYPTION
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class BackupPolicyCreate {
  /** The JSON name of {@code name}. */
  public static final String JSON_PROPERTY_NAME = "name";
  @javax.annotation.Nonnull
  private String name;


  /** The JSON name of {@code enabled}. */
  public static final String JSON_PROPERTY_ENABLED = "enabled";
  @javax.annotation.Nullable
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
  @javax.annotation.Nullable
  private List<String> regions;


  /** The JSON name of {@code scope}. */
  public static final String JSON_PROPERTY_SCOPE = "scope";
  @javax.annotation.Nonnull
  private List<BackupScopeItem> scope;


  /** The JSON name of {@code encryption}. */
  public static final String JSON_PROPERTY_ENCRYPTION = "encryption";
  @javax.annotation.Nullable
  private EncryptionSettings encryption;


  /** An empty BackupPolicyCreate; set its properties with the fluent setters. */
  public BackupPolicyCreate() { 
  }

  /**
   * Sets {@code name}.
   *
   * @param name the new value
   * @return this object
   */
  public BackupPolicyCreate name(@javax.annotation.Nonnull String name) {
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
  public BackupPolicyCreate enabled(@javax.annotation.Nullable Boolean enabled) {
    this.enabled = enabled;
    
    return this;
  }

  /**
   * Disabled policies make no backups.
   * @return enabled
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ENABLED, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Boolean getEnabled() {
    return enabled;
  }



  /**
   * Sets {@code enabled}.
   *
   * @param enabled the new value
   */
  @JsonProperty(value = JSON_PROPERTY_ENABLED, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setEnabled(@javax.annotation.Nullable Boolean enabled) {
    this.enabled = enabled;
    
  }


  /**
   * Sets {@code schedule}.
   *
   * @param schedule the new value
   * @return this object
   */
  public BackupPolicyCreate schedule(@javax.annotation.Nonnull String schedule) {
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
  public BackupPolicyCreate retentionDays(@javax.annotation.Nonnull Integer retentionDays) {
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
  public BackupPolicyCreate destination(@javax.annotation.Nonnull BackupDestination destination) {
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
  public BackupPolicyCreate regions(@javax.annotation.Nullable List<String> regions) {
    this.regions = regions;
    
    return this;
  }

  /**
   * Adds one item to {@code regions}, creating the list if it is unset.
   *
   * @param regionsItem the item to add
   * @return this object
   */
  public BackupPolicyCreate addRegionsItem(String regionsItem) {
    if (this.regions == null) {
      this.regions = new ArrayList<>();
    }
    this.regions.add(regionsItem);
    return this;
  }

  /**
   * The regions every backup is replicated to.
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
   * Sets {@code scope}.
   *
   * @param scope the new value
   * @return this object
   */
  public BackupPolicyCreate scope(@javax.annotation.Nonnull List<BackupScopeItem> scope) {
    this.scope = scope;
    
    return this;
  }

  /**
   * Adds one item to {@code scope}, creating the list if it is unset.
   *
   * @param scopeItem the item to add
   * @return this object
   */
  public BackupPolicyCreate addScopeItem(BackupScopeItem scopeItem) {
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
  public BackupPolicyCreate encryption(@javax.annotation.Nullable EncryptionSettings encryption) {
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



  /** @return a builder of {@code BackupPolicyCreate}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code BackupPolicyCreate}; each builder builds once. */
  public static final class Builder {
    private BackupPolicyCreate building = new BackupPolicyCreate();

    private Builder() {}

    private BackupPolicyCreate target() {
      if (building == null) throw new IllegalStateException("this BackupPolicyCreate.Builder has already built its object");
      return building;
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
     * @param regions The regions every backup is replicated to.
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
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public BackupPolicyCreate build() {
      BackupPolicyCreate built = target();
      if (built.getName() == null) {
        throw new IllegalArgumentException("BackupPolicyCreate: the property 'name' is required");
      }
      if (built.getSchedule() == null) {
        throw new IllegalArgumentException("BackupPolicyCreate: the property 'schedule' is required");
      }
      if (built.getRetentionDays() == null) {
        throw new IllegalArgumentException("BackupPolicyCreate: the property 'retentionDays' is required");
      }
      if (built.getDestination() == null) {
        throw new IllegalArgumentException("BackupPolicyCreate: the property 'destination' is required");
      }
      if (built.getScope() == null) {
        throw new IllegalArgumentException("BackupPolicyCreate: the property 'scope' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this BackupPolicyCreate object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    BackupPolicyCreate backupPolicyCreate = (BackupPolicyCreate) o;
    return Objects.equals(this.name, backupPolicyCreate.name) &&
        Objects.equals(this.enabled, backupPolicyCreate.enabled) &&
        Objects.equals(this.schedule, backupPolicyCreate.schedule) &&
        Objects.equals(this.retentionDays, backupPolicyCreate.retentionDays) &&
        Objects.equals(this.destination, backupPolicyCreate.destination) &&
        Objects.equals(this.regions, backupPolicyCreate.regions) &&
        Objects.equals(this.scope, backupPolicyCreate.scope) &&
        Objects.equals(this.encryption, backupPolicyCreate.encryption);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, enabled, schedule, retentionDays, destination, regions, scope, encryption);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class BackupPolicyCreate {\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    enabled: ").append(toIndentedString(enabled)).append("\n");
    sb.append("    schedule: ").append(toIndentedString(schedule)).append("\n");
    sb.append("    retentionDays: ").append(toIndentedString(retentionDays)).append("\n");
    sb.append("    destination: ").append(toIndentedString(destination)).append("\n");
    sb.append("    regions: ").append(toIndentedString(regions)).append("\n");
    sb.append("    scope: ").append(toIndentedString(scope)).append("\n");
    sb.append("    encryption: ").append(toIndentedString(encryption)).append("\n");
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

