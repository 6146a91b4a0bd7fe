package dev.bindery.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points (or adds) one service binding of a worker at another service for this test only. A test
 * with overrides always gets a fresh group of its own.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(WithBinding.List.class)
public @interface WithBinding {

  /** The worker whose {@code env} changes. */
  String worker();

  /** The binding name in its {@code env}. */
  String binding();

  /** The service it reaches. */
  String service();

  /** A named entrypoint of the service; empty for the default export. */
  String entrypoint() default "";

  /** Holds repeated {@link WithBinding}s. */
  @Target({ElementType.METHOD, ElementType.TYPE})
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @interface List {
    WithBinding[] value();
  }
}
