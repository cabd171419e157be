package io.secureaistudio.sdk.runtime;

import java.util.Objects;

/**
 * One security scheme an operation accepts, as declared in the OpenAPI document. Generated
 * operations list theirs; the transport applies the first one the client has credentials for.
 */
public final class AuthScheme {
  /** Where an API key travels. */
  public enum Location { HEADER, QUERY, COOKIE }

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

  /** An HTTP bearer scheme: {@code Authorization: Bearer <token>}. */
  public static AuthScheme bearer(String name) {
    return new AuthScheme(name, true, Location.HEADER, "Authorization");
  }

  /** An API-key scheme carried in {@code location} under {@code parameterName}. */
  public static AuthScheme apiKey(String name, Location location, String parameterName) {
    return new AuthScheme(name, false, Objects.requireNonNull(location), Objects.requireNonNull(parameterName));
  }

  public String name() { return name; }
  public boolean isBearer() { return bearer; }
  public Location location() { return location; }
  public String parameterName() { return parameterName; }
}
