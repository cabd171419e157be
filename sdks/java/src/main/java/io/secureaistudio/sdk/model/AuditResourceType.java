// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.model;

import java.util.Objects;
import java.util.Map;
import java.util.HashMap;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The type of resource an audit event is about.
 */
public enum AuditResourceType {
  
  USER("user"),
  
  ROLE("role"),
  
  API_KEY("api_key"),
  
  TOKEN("token"),
  
  JOB("job"),
  
  ASSET("asset"),
  
  TEMPLATE("template"),
  
  BACKUP("backup"),
  
  BACKUP_POLICY("backup_policy"),
  
  COMPLIANCE_REPORT("compliance_report"),
  
  UNKNOWN_DEFAULT_OPEN_API("unknown_default_open_api");

  private String value;

  AuditResourceType(String value) {
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
  public static AuditResourceType fromValue(String value) {
    for (AuditResourceType b : AuditResourceType.values()) {
      if (b.value.equals(value)) {
        return b;
      }
    }
    return UNKNOWN_DEFAULT_OPEN_API;
  }

}

