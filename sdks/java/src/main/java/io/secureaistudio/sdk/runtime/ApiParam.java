package io.secureaistudio.sdk.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a generated method argument or params-builder setter goes on the wire: Java keeps no
 * parameter names at run time, so this records the document's own name ({@code Last-Event-ID}
 * for {@code lastEventId}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface ApiParam {
  /** @return where the value goes: {@code path}, {@code query}, {@code header}, {@code form} or {@code body} */
  String in();

  /** @return the parameter's name in the API document; empty for the body */
  String name() default "";
}
