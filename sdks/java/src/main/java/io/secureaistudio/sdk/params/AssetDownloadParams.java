// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.params;

import io.secureaistudio.sdk.model.Asset;
import java.io.File;
import io.secureaistudio.sdk.model.Problem;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of {@link io.secureaistudio.sdk.services.AssetsService#download} besides the path
 * ({@code downloadAssetContent}): immutable; build one with {@link #builder()}, change a copy with
 * {@link #toBuilder()}.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class AssetDownloadParams {
  private final String range;

  private AssetDownloadParams(Builder b) {
    this.range = b.range;
  }

  /** @return a builder with nothing set */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder preset with these parameters */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.range = range;
    return b;
  }

  /** @return A single byte range (RFC 9110), for example &#x60;bytes&#x3D;0-1023&#x60;. (null when not set) */
  public String range() {
    return range;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof AssetDownloadParams)) return false;
    AssetDownloadParams other = (AssetDownloadParams) o;
    return true
        && java.util.Objects.equals(range, other.range);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(range, getClass());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("AssetDownloadParams{");
    if (range != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("range=").append(range);
    return s.append('}').toString();
  }

  /** Builds {@link AssetDownloadParams}; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private String range;

    private Builder() {}

    /**
     * @param range A single byte range (RFC 9110), for example &#x60;bytes&#x3D;0-1023&#x60;. (null: not sent)
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "header", name = "Range")
    public Builder range(String range) {
      this.range = range;
      return this;
    }

    /**
     * @return the parameters
     * @throws IllegalArgumentException when a required parameter is not set
     */
    public AssetDownloadParams build() {
      return new AssetDownloadParams(this);
    }
  }
}
