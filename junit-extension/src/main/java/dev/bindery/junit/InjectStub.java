package dev.bindery.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the {@link ServiceStub} that answers every binding to this service. Naming a service
 * that a loaded worker provides replaces that worker behind its bindings.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface InjectStub {

  /** The service name, as bindings write it in {@code services[].service}. */
  String value();
}
