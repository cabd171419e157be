// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.model;

import java.util.Objects;
import java.util.Map;
import java.util.HashMap;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * &#x60;pending&#x60; and &#x60;generating&#x60; are in progress; &#x60;ready&#x60; and &#x60;failed&#x60; are terminal.
 */
public enum ComplianceReportStatus {
  
  PENDING("pending"),
  
  GENERATING("generating"),
  
  READY("ready"),
  
  FAILED("failed"),
  
  UNKNOWN_DEFAULT_OPEN_API("unknown_default_open_api");

  private String value;

  ComplianceReportStatus(String value) {
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
  public static ComplianceReportStatus fromValue(String value) {
    for (ComplianceReportStatus b : ComplianceReportStatus.values()) {
      if (b.value.equals(value)) {
        return b;
      }
    }
    return UNKNOWN_DEFAULT_OPEN_API;
  }

}

