// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.params;

import io.secureaistudio.sdk.model.Asset;
import java.io.File;
import io.secureaistudio.sdk.model.Problem;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of {@link io.secureaistudio.sdk.services.AssetsService#upload} besides the path
 * ({@code uploadReferenceImage}): immutable; build one with {@link #builder()}, change a copy with
 * {@link #toBuilder()}.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class AssetUploadParams {
  private final io.secureaistudio.sdk.runtime.UploadFile file;
  private final String description;

  private AssetUploadParams(Builder b) {
    this.file = b.file;
    this.description = b.description;
  }

  /** @return a builder with nothing set */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder preset with these parameters */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.file = file;
    b.description = description;
    return b;
  }

  /** @return The image bytes (PNG, JPEG or WebP, at most 20 MiB). (null when not set) */
  public io.secureaistudio.sdk.runtime.UploadFile file() {
    return file;
  }

  /** @return A free-text description. (null when not set) */
  public String description() {
    return description;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof AssetUploadParams)) return false;
    AssetUploadParams other = (AssetUploadParams) o;
    return true
        && java.util.Objects.equals(file, other.file)
        && java.util.Objects.equals(description, other.description);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(file, description, getClass());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("AssetUploadParams{");
    if (file != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("file=").append(file);
    if (description != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("description=").append(description);
    return s.append('}').toString();
  }

  /** Builds {@link AssetUploadParams}; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private io.secureaistudio.sdk.runtime.UploadFile file;
    private String description;

    private Builder() {}

    /**
     * @param file The image bytes (PNG, JPEG or WebP, at most 20 MiB).
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "form", name = "file")
    public Builder file(io.secureaistudio.sdk.runtime.UploadFile file) {
      this.file = file;
      return this;
    }

    /**
     * @param file the file to upload; its content type comes from the file name, else from its first bytes
     * @return this builder
     */
    public Builder file(java.nio.file.Path file) {
      return file(io.secureaistudio.sdk.runtime.UploadFile.of(file));
    }

    /**
     * @param file the bytes to upload (sent with the filename {@code file}); their content type comes from their first bytes
     * @return this builder
     */
    public Builder file(byte[] file) {
      return file(io.secureaistudio.sdk.runtime.UploadFile.of(file));
    }

    /**
     * @param file opens the content to upload, again for every attempt (a retry re-reads it)
     * @return this builder
     */
    public Builder file(java.util.function.Supplier<java.io.InputStream> file) {
      return file(io.secureaistudio.sdk.runtime.UploadFile.of(file));
    }

    /**
     * @param description A free-text description. (null: not sent)
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "form", name = "description")
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * @return the parameters
     * @throws IllegalArgumentException when a required parameter is not set
     */
    public AssetUploadParams build() {
      if (file == null) {
        throw new IllegalArgumentException("the form parameter 'file' of uploadReferenceImage is required");
      }
      return new AssetUploadParams(this);
    }
  }
}
