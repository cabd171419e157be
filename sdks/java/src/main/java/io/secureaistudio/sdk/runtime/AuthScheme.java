package io.secureaistudio.sdk.runtime;

import java.util.Objects;

/**
 * One security scheme an operation accepts, as declared in the OpenAPI document. Generated
 * operations list theirs; the transport applies the first one the client has credentials for.
 */
public final class AuthScheme {
  /** Where an API key travels. */
  public enum Location {
    /** A request header. */
    HEADER,
    /** A query parameter. */
    QUERY,
    /** A cookie. */
    COOKIE
  }

  private final String name;
  private final boolean bearer;
  private final Location location;
  private final String parameterName;

  private AuthScheme(String name, boolean bearer, Location location, String parameterName) {
    this.name = Objects.requireNonNull(name, "name");
    this.bearer = bearer;
    this.location = location;
    this.parameterName = parameterName;
  }

  /**
   * An HTTP bearer scheme: {@code Authorization: Bearer <token>}.
   *
   * @param name the scheme's name in the API document's {@code securitySchemes}
   * @return the scheme
   */
  public static AuthScheme bearer(String name) {
    return new AuthScheme(name, true, Location.HEADER, "Authorization");
  }

  /**
   * An API-key scheme carried in {@code location} under {@code parameterName}.
   *
   * @param name the scheme's name in the API document's {@code securitySchemes}
   * @param location where the key travels
   * @param parameterName the header, query parameter or cookie carrying the key
   * @return the scheme
   */
  public static AuthScheme apiKey(String name, Location location, String parameterName) {
    return new AuthScheme(name, false, Objects.requireNonNull(location), Objects.requireNonNull(parameterName));
  }

  /** @return the scheme's name in the API document's {@code securitySchemes} */
  public String name() { return name; }
  /** @return true for an HTTP bearer (or OAuth 2) scheme, false for an API key */
  public boolean isBearer() { return bearer; }
  /** @return where the credential travels ({@code HEADER} for bearer schemes) */
  public Location location() { return location; }
  /** @return the header, query parameter or cookie carrying the credential */
  public String parameterName() { return parameterName; }
}
