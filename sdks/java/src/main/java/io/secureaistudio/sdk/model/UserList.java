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
import io.secureaistudio.sdk.model.User;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A page of users.
 */
@JsonPropertyOrder({
  UserList.JSON_PROPERTY_DATA,
  UserList.JSON_PROPERTY_NEXT_CURSOR
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class UserList {
  /** The JSON name of {@code data}. */
  public static final String JSON_PROPERTY_DATA = "data";
  @javax.annotation.Nonnull
  private List<User> data;


  /** The JSON name of {@code nextCursor}. */
  public static final String JSON_PROPERTY_NEXT_CURSOR = "nextCursor";
  @javax.annotation.Nullable
  private String nextCursor;


  /** An empty UserList; set its properties with the fluent setters. */
  public UserList() { 
  }

  /**
   * Sets {@code data}.
   *
   * @param data the new value
   * @return this object
   */
  public UserList data(@javax.annotation.Nonnull List<User> data) {
    this.data = data;
    
    return this;
  }

  /**
   * Adds one item to {@code data}, creating the list if it is unset.
   *
   * @param dataItem the item to add
   * @return this object
   */
  public UserList addDataItem(User dataItem) {
    if (this.data == null) {
      this.data = new ArrayList<>();
    }
    this.data.add(dataItem);
    return this;
  }

  /**
   * The users on this page.
   * @return data
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_DATA, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public List<User> getData() {
    return data;
  }



  /**
   * Sets {@code data}.
   *
   * @param data the new value
   */
  @JsonProperty(value = JSON_PROPERTY_DATA, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setData(@javax.annotation.Nonnull List<User> data) {
    this.data = data;
    
  }


  /**
   * Sets {@code nextCursor}.
   *
   * @param nextCursor the new value
   * @return this object
   */
  public UserList nextCursor(@javax.annotation.Nullable String nextCursor) {
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
   * Pages of {@code UserList} bodies whose items are {@code data}: what a list method
   * returning {@code UserList} with {@code x-pagination.itemsField: data} gives, an
   * iterable over every item of every page (rulebook R6).
   */
  public static final class DataPage extends io.secureaistudio.sdk.runtime.Page<User> {
    /**
     * Fetches the first page of {@code request}; called by the generated list methods.
     *
     * @param transport the client's transport
     * @param request the list request, without a cursor for the first page
     * @param cursorParam the query parameter that takes the cursor
     * @param nextCursor reads the next cursor out of a page
     */
    public DataPage(io.secureaistudio.sdk.runtime.Transport transport, io.secureaistudio.sdk.runtime.ApiRequest request,
        String cursorParam, java.util.function.Function<UserList, String> nextCursor) {
      super(transport, request, new com.fasterxml.jackson.core.type.TypeReference<UserList>() {}, cursorParam, UserList::getData, nextCursor);
    }
  }

  /**
   * The async counterpart of {@link DataPage}: what an async list method returning
   * {@code UserList} gives, an {@code AsyncPage} whose next page is a future (rulebook R6).
   */
  public static final class DataAsyncPage extends io.secureaistudio.sdk.runtime.AsyncPage<User> {
    private DataAsyncPage(io.secureaistudio.sdk.runtime.AsyncPage<User> page) {
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
        io.secureaistudio.sdk.runtime.ApiRequest request, String cursorParam, java.util.function.Function<UserList, String> nextCursor) {
      return io.secureaistudio.sdk.runtime.AsyncCalls.map(io.secureaistudio.sdk.runtime.AsyncPage.first(transport, request,
          new com.fasterxml.jackson.core.type.TypeReference<UserList>() {}, cursorParam, UserList::getData, nextCursor),
          DataAsyncPage::new);
    }
  }


  /** @return a builder of {@code UserList}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code UserList}; each builder builds once. */
  public static final class Builder {
    private UserList building = new UserList();

    private Builder() {}

    private UserList target() {
      if (building == null) throw new IllegalStateException("this UserList.Builder has already built its object");
      return building;
    }

    /**
     * @param data The users on this page.
     * @return this builder
     */
    public Builder data(List<User> data) {
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
    public UserList build() {
      UserList built = target();
      if (built.getData() == null) {
        throw new IllegalArgumentException("UserList: the property 'data' is required");
      }
      if (built.getNextCursor() == null) {
        throw new IllegalArgumentException("UserList: the property 'nextCursor' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this UserList object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    UserList userList = (UserList) o;
    return Objects.equals(this.data, userList.data) &&
        Objects.equals(this.nextCursor, userList.nextCursor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(data, nextCursor);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class UserList {\n");
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

