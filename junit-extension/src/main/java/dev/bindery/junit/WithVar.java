package dev.bindery.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sets a text var in one worker's {@code env} for this test only, without touching its config
 * file. A test with overrides always gets a fresh group of its own.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(WithVar.List.class)
public @interface WithVar {

  /** The worker's name. */
  String worker();

  /** The var's name in {@code env}. */
  String name();

  /** The text value. */
  String value();

  /** Holds repeated {@link WithVar}s. */
  @Target({ElementType.METHOD, ElementType.TYPE})
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @interface List {
    WithVar[] value();
  }
}
