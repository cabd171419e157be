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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What to restore.
 */
@JsonPropertyOrder({
  RestoreRequest.JSON_PROPERTY_SCOPE,
  RestoreRequest.JSON_PROPERTY_TARGET_REGION,
  RestoreRequest.JSON_PROPERTY_DRY_RUN
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class RestoreRequest {
  /** The JSON name of {@code scope}. */
  public static final String JSON_PROPERTY_SCOPE = "scope";
  @javax.annotation.Nonnull
  private List<BackupScopeItem> scope;


  /** The JSON name of {@code targetRegion}. */
  public static final String JSON_PROPERTY_TARGET_REGION = "targetRegion";
  @javax.annotation.Nullable
  private String targetRegion;

  /** Whether {@code targetRegion} was set (to null or not): unset, it is left out of the JSON; set to null, it is sent as null. */
  private boolean targetRegionIsSet;


  /** The JSON name of {@code dryRun}. */
  public static final String JSON_PROPERTY_DRY_RUN = "dryRun";
  @javax.annotation.Nullable
  private Boolean dryRun;


  /** An empty RestoreRequest; set its properties with the fluent setters. */
  public RestoreRequest() { 
  }

  /**
   * Sets {@code scope}.
   *
   * @param scope the new value
   * @return this object
   */
  public RestoreRequest scope(@javax.annotation.Nonnull List<BackupScopeItem> scope) {
    this.scope = scope;
    
    return this;
  }

  /**
   * Adds one item to {@code scope}, creating the list if it is unset.
   *
   * @param scopeItem the item to add
   * @return this object
   */
  public RestoreRequest addScopeItem(BackupScopeItem scopeItem) {
    if (this.scope == null) {
      this.scope = new ArrayList<>();
    }
    this.scope.add(scopeItem);
    return this;
  }

  /**
   * What to restore from the backup.
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
  public RestoreRequest targetRegion(@javax.annotation.Nullable String targetRegion) {
    this.targetRegion = targetRegion;
    this.targetRegionIsSet = true;
    return this;
  }

  /**
   * Restore into this region; &#x60;null&#x60; for the organisation&#39;s home region.
   * @return targetRegion
   */
  @javax.annotation.Nullable
  @com.fasterxml.jackson.annotation.JsonIgnore // the JSON goes through getTargetRegionJson()
  public String getTargetRegion() {
    return targetRegion;
  }


  // Jackson's view of targetRegion: the value once set (null included), else UNSET, which the filter leaves out.
  @JsonProperty(JSON_PROPERTY_TARGET_REGION)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = io.secureaistudio.sdk.runtime.Unset.class)
  private Object getTargetRegionJson() {
    return targetRegionIsSet ? targetRegion : io.secureaistudio.sdk.runtime.Unset.VALUE;
  }



  /**
   * Sets {@code targetRegion}.
   *
   * @param targetRegion the new value
   */
  @JsonProperty(value = JSON_PROPERTY_TARGET_REGION, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setTargetRegion(@javax.annotation.Nullable String targetRegion) {
    this.targetRegion = targetRegion;
    this.targetRegionIsSet = true;
  }


  /**
   * Sets {@code dryRun}.
   *
   * @param dryRun the new value
   * @return this object
   */
  public RestoreRequest dryRun(@javax.annotation.Nullable Boolean dryRun) {
    this.dryRun = dryRun;
    
    return this;
  }

  /**
   * Only report what would change.
   * @return dryRun
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_DRY_RUN, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Boolean getDryRun() {
    return dryRun;
  }



  /**
   * Sets {@code dryRun}.
   *
   * @param dryRun the new value
   */
  @JsonProperty(value = JSON_PROPERTY_DRY_RUN, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setDryRun(@javax.annotation.Nullable Boolean dryRun) {
    this.dryRun = dryRun;
    
  }



  /** @return a builder of {@code RestoreRequest}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code RestoreRequest}; each builder builds once. */
  public static final class Builder {
    private RestoreRequest building = new RestoreRequest();

    private Builder() {}

    private RestoreRequest target() {
      if (building == null) throw new IllegalStateException("this RestoreRequest.Builder has already built its object");
      return building;
    }

    /**
     * @param scope What to restore from the backup.
     * @return this builder
     */
    public Builder scope(List<BackupScopeItem> scope) {
      target().scope(scope);
      return this;
    }

    /**
     * @param targetRegion Restore into this region; &#x60;null&#x60; for the organisation&#39;s home region.
     * @return this builder
     */
    public Builder targetRegion(String targetRegion) {
      target().targetRegion(targetRegion);
      return this;
    }

    /**
     * @param dryRun Only report what would change.
     * @return this builder
     */
    public Builder dryRun(Boolean dryRun) {
      target().dryRun(dryRun);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public RestoreRequest build() {
      RestoreRequest built = target();
      if (built.getScope() == null) {
        throw new IllegalArgumentException("RestoreRequest: the property 'scope' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this RestoreRequest object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    RestoreRequest restoreRequest = (RestoreRequest) o;
    return Objects.equals(this.scope, restoreRequest.scope) &&
        Objects.equals(this.targetRegion, restoreRequest.targetRegion) &&
        Objects.equals(this.dryRun, restoreRequest.dryRun);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scope, targetRegion, dryRun);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class RestoreRequest {\n");
    sb.append("    scope: ").append(toIndentedString(scope)).append("\n");
    sb.append("    targetRegion: ").append(toIndentedString(targetRegion)).append("\n");
    sb.append("    dryRun: ").append(toIndentedString(dryRun)).append("\n");
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

