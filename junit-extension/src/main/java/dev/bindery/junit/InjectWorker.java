package dev.bindery.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects a worker of the group ({@link dev.bindery.runtime.Worker}) into a field or parameter:
 * the worker with this name, or the entry worker when no name is given.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface InjectWorker {

  /** The worker's {@code name} from its config; empty for the entry worker. */
  String value() default "";
}
