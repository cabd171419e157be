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
import io.secureaistudio.sdk.model.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A page of roles.
 */
@JsonPropertyOrder({
  RoleList.JSON_PROPERTY_DATA,
  RoleList.JSON_PROPERTY_NEXT_CURSOR
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class RoleList {
  /** The JSON name of {@code data}. */
  public static final String JSON_PROPERTY_DATA = "data";
  @javax.annotation.Nonnull
  private List<Role> data;


  /** The JSON name of {@code nextCursor}. */
  public static final String JSON_PROPERTY_NEXT_CURSOR = "nextCursor";
  @javax.annotation.Nullable
  private String nextCursor;


  /** An empty RoleList; set its properties with the fluent setters. */
  public RoleList() { 
  }

  /**
   * Sets {@code data}.
   *
   * @param data the new value
   * @return this object
   */
  public RoleList data(@javax.annotation.Nonnull List<Role> data) {
    this.data = data;
    
    return this;
  }

  /**
   * Adds one item to {@code data}, creating the list if it is unset.
   *
   * @param dataItem the item to add
   * @return this object
   */
  public RoleList addDataItem(Role dataItem) {
    if (this.data == null) {
      this.data = new ArrayList<>();
    }
    this.data.add(dataItem);
    return this;
  }

  /**
   * The roles on this page.
   * @return data
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_DATA, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public List<Role> getData() {
    return data;
  }



  /**
   * Sets {@code data}.
   *
   * @param data the new value
   */
  @JsonProperty(value = JSON_PROPERTY_DATA, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setData(@javax.annotation.Nonnull List<Role> data) {
    this.data = data;
    
  }


  /**
   * Sets {@code nextCursor}.
   *
   * @param nextCursor the new value
   * @return this object
   */
  public RoleList nextCursor(@javax.annotation.Nullable String nextCursor) {
    this.nextCursor = nextCursor;
    
    return this;
  }

  /**
   * Pass as &#x60;cursor&#x60; to read the next page; &#x60;null&#x60; on the last page.
   * @return nextCursor
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_NEXT_CURSOR, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getNextCursor() {
    return nextCursor;
  }



  /**
   * Sets {@code nextCursor}.
   *
   * @param nextCursor the new value
   */
  @JsonProperty(value = JSON_PROPERTY_NEXT_CURSOR, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setNextCursor(@javax.annotation.Nullable String nextCursor) {
    this.nextCursor = nextCursor;
    
  }


  /**
   * Pages of {@code RoleList} bodies whose items are {@code data}: what a list method
   * returning {@code RoleList} with {@code x-pagination.itemsField: data} gives, an
   * iterable over every item of every page (rulebook R6).
   */
  public static final class DataPage extends io.secureaistudio.sdk.runtime.Page<Role> {
    /**
     * Fetches the first page of {@code request}; called by the generated list methods.
     *
     * @param transport the client's transport
     * @param request the list request, without a cursor for the first page
     * @param cursorParam the query parameter that takes the cursor
     * @param nextCursor reads the next cursor out of a page
     */
    public DataPage(io.secureaistudio.sdk.runtime.Transport transport, io.secureaistudio.sdk.runtime.ApiRequest request,
        String cursorParam, java.util.function.Function<RoleList, String> nextCursor) {
      super(transport, request, new com.fasterxml.jackson.core.type.TypeReference<RoleList>() {}, cursorParam, RoleList::getData, nextCursor);
    }
  }

  /**
   * The async counterpart of {@link DataPage}: what an async list method returning
   * {@code RoleList} gives, an {@code AsyncPage} whose next page is a future (rulebook R6).
   */
  public static final class DataAsyncPage extends io.secureaistudio.sdk.runtime.AsyncPage<Role> {
    private DataAsyncPage(io.secureaistudio.sdk.runtime.AsyncPage<Role> page) {
      super(page);
    }

    /**
     * Requests the first page of {@code request} without blocking; called by the generated async list methods.
     *
     * @param transport the client's transport
     * @param request the list request, without a cursor for the first page
     * @param cursorParam the query parameter that takes the cursor
     * @param nextCursor reads the next cursor out of a page
     * @return the first page once it arrived; cancelling the future aborts the request
     */
    public static java.util.concurrent.CompletableFuture<DataAsyncPage> first(io.secureaistudio.sdk.runtime.Transport transport,
        io.secureaistudio.sdk.runtime.ApiRequest request, String cursorParam, java.util.function.Function<RoleList, String> nextCursor) {
      return io.secureaistudio.sdk.runtime.AsyncCalls.map(io.secureaistudio.sdk.runtime.AsyncPage.first(transport, request,
          new com.fasterxml.jackson.core.type.TypeReference<RoleList>() {}, cursorParam, RoleList::getData, nextCursor),
          DataAsyncPage::new);
    }
  }


  /** @return a builder of {@code RoleList}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code RoleList}; each builder builds once. */
  public static final class Builder {
    private RoleList building = new RoleList();

    private Builder() {}

    private RoleList target() {
      if (building == null) throw new IllegalStateException("this RoleList.Builder has already built its object");
      return building;
    }

    /**
     * @param data The roles on this page.
     * @return this builder
     */
    public Builder data(List<Role> data) {
      target().data(data);
      return this;
    }

    /**
     * @param nextCursor Pass as &#x60;cursor&#x60; to read the next page; &#x60;null&#x60; on the last page.
     * @return this builder
     */
    public Builder nextCursor(String nextCursor) {
      target().nextCursor(nextCursor);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public RoleList build() {
      RoleList built = target();
      if (built.getData() == null) {
        throw new IllegalArgumentException("RoleList: the property 'data' is required");
      }
      if (built.getNextCursor() == null) {
        throw new IllegalArgumentException("RoleList: the property 'nextCursor' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this RoleList object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    RoleList roleList = (RoleList) o;
    return Objects.equals(this.data, roleList.data) &&
        Objects.equals(this.nextCursor, roleList.nextCursor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(data, nextCursor);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class RoleList {\n");
    sb.append("    data: ").append(toIndentedString(data)).append("\n");
    sb.append("    nextCursor: ").append(toIndentedString(nextCursor)).append("\n");
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

