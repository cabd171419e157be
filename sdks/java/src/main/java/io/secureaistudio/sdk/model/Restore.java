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
import io.secureaistudio.sdk.model.BackupScopeItem;
import io.secureaistudio.sdk.model.BackupStatus;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A restore from a backup.
 */
@JsonPropertyOrder({
  Restore.JSON_PROPERTY_ID,
  Restore.JSON_PROPERTY_BACKUP_ID,
  Restore.JSON_PROPERTY_STATUS,
  Restore.JSON_PROPERTY_SCOPE,
  Restore.JSON_PROPERTY_TARGET_REGION,
  Restore.JSON_PROPERTY_DRY_RUN,
  Restore.JSON_PROPERTY_CREATED_AT,
  Restore.JSON_PROPERTY_COMPLETED_AT
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class Restore {
  /** The JSON name of {@code id}. */
  public static final String JSON_PROPERTY_ID = "id";
  @javax.annotation.Nonnull
  private String id;


  /** The JSON name of {@code backupId}. */
  public static final String JSON_PROPERTY_BACKUP_ID = "backupId";
  @javax.annotation.Nonnull
  private String backupId;


  /** The JSON name of {@code status}. */
  public static final String JSON_PROPERTY_STATUS = "status";
  @javax.annotation.Nonnull
  private BackupStatus status;


  /** The JSON name of {@code scope}. */
  public static final String JSON_PROPERTY_SCOPE = "scope";
  @javax.annotation.Nonnull
  private List<BackupScopeItem> scope;


  /** The JSON name of {@code targetRegion}. */
  public static final String JSON_PROPERTY_TARGET_REGION = "targetRegion";
  @javax.annotation.Nullable
  private String targetRegion;


  /** The JSON name of {@code dryRun}. */
  public static final String JSON_PROPERTY_DRY_RUN = "dryRun";
  @javax.annotation.Nonnull
  private Boolean dryRun;


  /** The JSON name of {@code createdAt}. */
  public static final String JSON_PROPERTY_CREATED_AT = "createdAt";
  @javax.annotation.Nonnull
  private OffsetDateTime createdAt;


  /** The JSON name of {@code completedAt}. */
  public static final String JSON_PROPERTY_COMPLETED_AT = "completedAt";
  @javax.annotation.Nullable
  private OffsetDateTime completedAt;


  /** An empty Restore; set its properties with the fluent setters. */
  public Restore() { 
  }

  /**
   * Sets {@code id}.
   *
   * @param id the new value
   * @return this object
   */
  public Restore id(@javax.annotation.Nonnull String id) {
    this.id = id;
    
    return this;
  }

  /**
   * A restore ID.
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
   * Sets {@code backupId}.
   *
   * @param backupId the new value
   * @return this object
   */
  public Restore backupId(@javax.annotation.Nonnull String backupId) {
    this.backupId = backupId;
    
    return this;
  }

  /**
   * A backup ID.
   * @return backupId
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_BACKUP_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getBackupId() {
    return backupId;
  }



  /**
   * Sets {@code backupId}.
   *
   * @param backupId the new value
   */
  @JsonProperty(value = JSON_PROPERTY_BACKUP_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setBackupId(@javax.annotation.Nonnull String backupId) {
    this.backupId = backupId;
    
  }


  /**
   * Sets {@code status}.
   *
   * @param status the new value
   * @return this object
   */
  public Restore status(@javax.annotation.Nonnull BackupStatus status) {
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
   * Sets {@code scope}.
   *
   * @param scope the new value
   * @return this object
   */
  public Restore scope(@javax.annotation.Nonnull List<BackupScopeItem> scope) {
    this.scope = scope;
    
    return this;
  }

  /**
   * Adds one item to {@code scope}, creating the list if it is unset.
   *
   * @param scopeItem the item to add
   * @return this object
   */
  public Restore addScopeItem(BackupScopeItem scopeItem) {
    if (this.scope == null) {
      this.scope = new ArrayList<>();
    }
    this.scope.add(scopeItem);
    return this;
  }

  /**
   * What is restored.
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
   * Sets {@code targetRegion}.
   *
   * @param targetRegion the new value
   * @return this object
   */
  public Restore targetRegion(@javax.annotation.Nullable String targetRegion) {
    this.targetRegion = targetRegion;
    
    return this;
  }

  /**
   * The region restored into.
   * @return targetRegion
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_TARGET_REGION, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getTargetRegion() {
    return targetRegion;
  }



  /**
   * Sets {@code targetRegion}.
   *
   * @param targetRegion the new value
   */
  @JsonProperty(value = JSON_PROPERTY_TARGET_REGION, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setTargetRegion(@javax.annotation.Nullable String targetRegion) {
    this.targetRegion = targetRegion;
    
  }


  /**
   * Sets {@code dryRun}.
   *
   * @param dryRun the new value
   * @return this object
   */
  public Restore dryRun(@javax.annotation.Nonnull Boolean dryRun) {
    this.dryRun = dryRun;
    
    return this;
  }

  /**
   * Whether this is a dry run.
   * @return dryRun
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_DRY_RUN, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Boolean getDryRun() {
    return dryRun;
  }



  /**
   * Sets {@code dryRun}.
   *
   * @param dryRun the new value
   */
  @JsonProperty(value = JSON_PROPERTY_DRY_RUN, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setDryRun(@javax.annotation.Nonnull Boolean dryRun) {
    this.dryRun = dryRun;
    
  }


  /**
   * Sets {@code createdAt}.
   *
   * @param createdAt the new value
   * @return this object
   */
  public Restore createdAt(@javax.annotation.Nonnull OffsetDateTime createdAt) {
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
  public Restore completedAt(@javax.annotation.Nullable OffsetDateTime completedAt) {
    this.completedAt = completedAt;
    
    return this;
  }

  /**
   * When the restore reached a terminal status.
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



  /** @return a builder of {@code Restore}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code Restore}; each builder builds once. */
  public static final class Builder {
    private Restore building = new Restore();

    private Builder() {}

    private Restore target() {
      if (building == null) throw new IllegalStateException("this Restore.Builder has already built its object");
      return building;
    }

    /**
     * @param id A restore ID.
     * @return this builder
     */
    public Builder id(String id) {
      target().id(id);
      return this;
    }

    /**
     * @param backupId A backup ID.
     * @return this builder
     */
    public Builder backupId(String backupId) {
      target().backupId(backupId);
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
     * @param scope What is restored.
     * @return this builder
     */
    public Builder scope(List<BackupScopeItem> scope) {
      target().scope(scope);
      return this;
    }

    /**
     * @param targetRegion The region restored into.
     * @return this builder
     */
    public Builder targetRegion(String targetRegion) {
      target().targetRegion(targetRegion);
      return this;
    }

    /**
     * @param dryRun Whether this is a dry run.
     * @return this builder
     */
    public Builder dryRun(Boolean dryRun) {
      target().dryRun(dryRun);
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
     * @param completedAt When the restore reached a terminal status.
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
    public Restore build() {
      Restore built = target();
      if (built.getId() == null) {
        throw new IllegalArgumentException("Restore: the property 'id' is required");
      }
      if (built.getBackupId() == null) {
        throw new IllegalArgumentException("Restore: the property 'backupId' is required");
      }
      if (built.getStatus() == null) {
        throw new IllegalArgumentException("Restore: the property 'status' is required");
      }
      if (built.getScope() == null) {
        throw new IllegalArgumentException("Restore: the property 'scope' is required");
      }
      if (built.getTargetRegion() == null) {
        throw new IllegalArgumentException("Restore: the property 'targetRegion' is required");
      }
      if (built.getDryRun() == null) {
        throw new IllegalArgumentException("Restore: the property 'dryRun' is required");
      }
      if (built.getCreatedAt() == null) {
        throw new IllegalArgumentException("Restore: the property 'createdAt' is required");
      }
      if (built.getCompletedAt() == null) {
        throw new IllegalArgumentException("Restore: the property 'completedAt' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this Restore object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Restore restore = (Restore) o;
    return Objects.equals(this.id, restore.id) &&
        Objects.equals(this.backupId, restore.backupId) &&
        Objects.equals(this.status, restore.status) &&
        Objects.equals(this.scope, restore.scope) &&
        Objects.equals(this.targetRegion, restore.targetRegion) &&
        Objects.equals(this.dryRun, restore.dryRun) &&
        Objects.equals(this.createdAt, restore.createdAt) &&
        Objects.equals(this.completedAt, restore.completedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, backupId, status, scope, targetRegion, dryRun, createdAt, completedAt);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Restore {\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    backupId: ").append(toIndentedString(backupId)).append("\n");
    sb.append("    status: ").append(toIndentedString(status)).append("\n");
    sb.append("    scope: ").append(toIndentedString(scope)).append("\n");
    sb.append("    targetRegion: ").append(toIndentedString(targetRegion)).append("\n");
    sb.append("    dryRun: ").append(toIndentedString(dryRun)).append("\n");
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

