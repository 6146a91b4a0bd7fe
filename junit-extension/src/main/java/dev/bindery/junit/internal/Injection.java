package dev.bindery.junit.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/** Finds and checks the injection points of a test class, and fills fields. */
public final class Injection {

  /** An injection annotation, the type it fills, and how it names its target. */
  public record Kind(Class<? extends Annotation> annotation, Class<?> type) {}

  private final List<Kind> kinds;

  public Injection(List<Kind> kinds) {
    this.kinds = List.copyOf(kinds);
  }

  /** Every injectable field of the class hierarchy, checked: not final, of the right type. */
  public List<Field> fields(Class<?> testClass) {
    List<Field> out = new ArrayList<>();
    for (Kind k : kinds) {
      for (Field f : AnnotationSupport.findAnnotatedFields(testClass, k.annotation())) {
        String where = "@" + k.annotation().getSimpleName() + " field [" + f.getDeclaringClass().getSimpleName() + "."
            + f.getName() + "]";
        if (Modifier.isFinal(f.getModifiers())) {
          throw new ExtensionConfigurationException(where + " must not be final. Remove 'final' so it can be injected.");
        }
        if (!f.getType().equals(k.type())) {
          throw new ExtensionConfigurationException(where + " must be of type " + k.type().getName() + ", but is "
              + f.getType().getName() + ".");
        }
        out.add(f);
      }
    }
    return out;
  }

  /** Whether the class asks for one group for all its tests: a static injected field, or a @BeforeAll/@AfterAll parameter. */
  public boolean perClass(Class<?> testClass, Predicate<Parameter> ours) {
    for (Field f : fields(testClass)) {
      if (Modifier.isStatic(f.getModifiers())) {
        return true;
      }
    }
    List<Method> lifecycle = ReflectionSupport.findMethods(testClass,
        m -> AnnotationSupport.isAnnotated(m, BeforeAll.class) || AnnotationSupport.isAnnotated(m, AfterAll.class),
        HierarchyTraversalMode.TOP_DOWN);
    for (Method m : lifecycle) {
      for (Parameter p : m.getParameters()) {
        if (ours.test(p)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The values of {@code annotation}'s {@code value} on fields and method parameters of the class. */
  public static <A extends Annotation> Set<String> names(Class<?> testClass, Class<A> annotation, Function<A, String> value) {
    Set<String> out = new LinkedHashSet<>();
    for (Field f : AnnotationSupport.findAnnotatedFields(testClass, annotation)) {
      out.add(value.apply(f.getAnnotation(annotation)));
    }
    for (Method m : ReflectionSupport.findMethods(testClass, m -> true, HierarchyTraversalMode.TOP_DOWN)) {
      for (Parameter p : m.getParameters()) {
        A a = p.getAnnotation(annotation);
        if (a != null) {
          out.add(value.apply(a));
        }
      }
    }
    return out;
  }

  /** Sets {@code field} on {@code target} (null for a static field). */
  public static void set(Field field, Object target, Object value) {
    try {
      field.setAccessible(true);
      field.set(target, value);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new ExtensionConfigurationException("Could not inject field [" + field.getDeclaringClass().getSimpleName()
          + "." + field.getName() + "]: " + e.getMessage(), e);
    }
  }
}
