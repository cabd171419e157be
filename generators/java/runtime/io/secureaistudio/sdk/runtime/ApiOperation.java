package io.secureaistudio.sdk.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a generated resource method with the API document's operation it calls, so tools (the
 * conformance driver, logging, tests) can find a method from an operationId at run time.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiOperation {
  /** @return the operationId the method calls */
  String value();

  /** @return how the method calls it: {@code call} (one request) or {@code wait} (a waiter polling it) */
  String call() default "call";
}
