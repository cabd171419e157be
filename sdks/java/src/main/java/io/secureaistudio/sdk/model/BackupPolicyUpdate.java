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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Changes to a backup policy; fields left out are unchanged.
 */
@JsonPropertyOrder({
  BackupPolicyUpdate.JSON_PROPERTY_NAME,
  BackupPolicyUpdate.JSON_PROPERTY_ENABLED,
  BackupPolicyUpdate.JSON_PROPERTY_SCHEDULE,
  BackupPolicyUpdate.JSON_PROPERTY_RETENTION_DAYS,
  BackupPolicyUpdate.JSON_PROPERTY_REGIONS
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class BackupPolicyUpdate {
  /** The JSON name of {@code name}. */
  public static final String JSON_PROPERTY_NAME = "name";
  @javax.annotation.Nullable
  private String name;


  /** The JSON name of {@code enabled}. */
  public static final String JSON_PROPERTY_ENABLED = "enabled";
  @javax.annotation.Nullable
  private Boolean enabled;


  /** The JSON name of {@code schedule}. */
  public static final String JSON_PROPERTY_SCHEDULE = "schedule";
  @javax.annotation.Nullable
  private String schedule;


  /** The JSON name of {@code retentionDays}. */
  public static final String JSON_PROPERTY_RETENTION_DAYS = "retentionDays";
  @javax.annotation.Nullable
  private Integer retentionDays;


  /** The JSON name of {@code regions}. */
  public static final String JSON_PROPERTY_REGIONS = "regions";
  @javax.annotation.Nullable
  private List<String> regions;


  /** An empty BackupPolicyUpdate; set its properties with the fluent setters. */
  public BackupPolicyUpdate() { 
  }

  /**
   * Sets {@code name}.
   *
   * @param name the new value
   * @return this object
   */
  public BackupPolicyUpdate name(@javax.annotation.Nullable String name) {
    this.name = name;
    
    return this;
  }

  /**
   * A human-readable name.
   * @return name
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getName() {
    return name;
  }



  /**
   * Sets {@code name}.
   *
   * @param name the new value
   */
  @JsonProperty(value = JSON_PROPERTY_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setName(@javax.annotation.Nullable String name) {
    this.name = name;
    
  }


  /**
   * Sets {@code enabled}.
   *
   * @param enabled the new value
   * @return this object
   */
  public BackupPolicyUpdate enabled(@javax.annotation.Nullable Boolean enabled) {
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
  public BackupPolicyUpdate schedule(@javax.annotation.Nullable String schedule) {
    this.schedule = schedule;
    
    return this;
  }

  /**
   * A five-field cron expression, in UTC.
   * @return schedule
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_SCHEDULE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getSchedule() {
    return schedule;
  }



  /**
   * Sets {@code schedule}.
   *
   * @param schedule the new value
   */
  @JsonProperty(value = JSON_PROPERTY_SCHEDULE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setSchedule(@javax.annotation.Nullable String schedule) {
    this.schedule = schedule;
    
  }


  /**
   * Sets {@code retentionDays}.
   *
   * @param retentionDays the new value
   * @return this object
   */
  public BackupPolicyUpdate retentionDays(@javax.annotation.Nullable Integer retentionDays) {
    this.retentionDays = retentionDays;
    
    return this;
  }

  /**
   * Backups older than this are deleted.
   * minimum: 1
   * maximum: 3650
   * @return retentionDays
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_RETENTION_DAYS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Integer getRetentionDays() {
    return retentionDays;
  }



  /**
   * Sets {@code retentionDays}.
   *
   * @param retentionDays the new value
   */
  @JsonProperty(value = JSON_PROPERTY_RETENTION_DAYS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setRetentionDays(@javax.annotation.Nullable Integer retentionDays) {
    this.retentionDays = retentionDays;
    
  }


  /**
   * Sets {@code regions}.
   *
   * @param regions the new value
   * @return this object
   */
  public BackupPolicyUpdate regions(@javax.annotation.Nullable List<String> regions) {
    this.regions = regions;
    
    return this;
  }

  /**
   * Adds one item to {@code regions}, creating the list if it is unset.
   *
   * @param regionsItem the item to add
   * @return this object
   */
  public BackupPolicyUpdate addRegionsItem(String regionsItem) {
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



  /** @return a builder of {@code BackupPolicyUpdate}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code BackupPolicyUpdate}; each builder builds once. */
  public static final class Builder {
    private BackupPolicyUpdate building = new BackupPolicyUpdate();

    private Builder() {}

    private BackupPolicyUpdate target() {
      if (building == null) throw new IllegalStateException("this BackupPolicyUpdate.Builder has already built its object");
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
     * @param regions The regions every backup is replicated to.
     * @return this builder
     */
    public Builder regions(List<String> regions) {
      target().regions(regions);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public BackupPolicyUpdate build() {
      BackupPolicyUpdate built = target();
      building = null;
      return built;
    }
  }


  /**
   * Return true if this BackupPolicyUpdate object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    BackupPolicyUpdate backupPolicyUpdate = (BackupPolicyUpdate) o;
    return Objects.equals(this.name, backupPolicyUpdate.name) &&
        Objects.equals(this.enabled, backupPolicyUpdate.enabled) &&
        Objects.equals(this.schedule, backupPolicyUpdate.schedule) &&
        Objects.equals(this.retentionDays, backupPolicyUpdate.retentionDays) &&
        Objects.equals(this.regions, backupPolicyUpdate.regions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, enabled, schedule, retentionDays, regions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class BackupPolicyUpdate {\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    enabled: ").append(toIndentedString(enabled)).append("\n");
    sb.append("    schedule: ").append(toIndentedString(schedule)).append("\n");
    sb.append("    retentionDays: ").append(toIndentedString(retentionDays)).append("\n");
    sb.append("    regions: ").append(toIndentedString(regions)).append("\n");
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

