package io.secureaistudio.sdk.runtime;

/**
 * How a model tells Jackson that a nullable property was never set (R3.7: a request body carries
 * exactly the fields the caller set). The model's JSON accessor returns {@link #VALUE} for an
 * unset property and the value, null included, once set; used as the property's
 * {@code @JsonInclude(valueFilter = Unset.class)}, this class leaves out exactly {@link #VALUE}, so
 * an explicit null is sent as {@code null} and an unset property not at all.
 */
public final class Unset {
  /** Stands for "never set". */
  public static final Object VALUE = new Object() {
    @Override
    public String toString() {
      return "(unset)";
    }
  };

  /** Jackson's value filter: true (leave out) only for {@link #VALUE}. */
  @Override
  public boolean equals(Object value) {
    return value == VALUE;
  }

  @Override
  public int hashCode() {
    return 0;
  }
}
