/**
 * Hand-written runtime of the Secure AI Studio Java SDK: client options, the HTTP transport
 * every generated API class calls, authentication, multipart encoding, the typed exceptions
 * (rulebook R5) and the retry policy (R3).
 *
 * <p>Written by hand in {@code generators/java/runtime/} and copied into the SDK by the
 * generator; generated code lives in {@code io.secureaistudio.sdk.api} and
 * {@code io.secureaistudio.sdk.model}.
 */
package io.secureaistudio.sdk.runtime;
