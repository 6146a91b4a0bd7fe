package dev.bindery.junit;

import dev.bindery.runtime.WorkerException;
import org.assertj.core.api.AbstractThrowableAssert;

/** Assertions on a JS error that reached Java: its JS class, message, worker and stack. */
public abstract class AbstractWorkerExceptionAssert<SELF extends AbstractWorkerExceptionAssert<SELF>>
    extends AbstractThrowableAssert<SELF, WorkerException> {

  protected AbstractWorkerExceptionAssert(WorkerException actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** The JS constructor, such as {@code TypeError}. */
  public SELF hasJsClass(String expected) {
    isNotNull();
    if (!expected.equals(actual.jsClass())) {
      throw failureWithActualExpected(actual.jsClass(), expected,
          "%nExpecting JS error class to be:%n  %s%nbut was:%n  %s%nerror:%n  %s", expected, actual.jsClass(),
          actual.getMessage());
    }
    return myself;
  }

  /** The error's {@code message} as JS sees it. */
  public SELF hasJsMessage(String expected) {
    isNotNull();
    if (!expected.equals(actual.jsMessage())) {
      throw failureWithActualExpected(actual.jsMessage(), expected,
          "%nExpecting JS error message to be:%n  %s%nbut was:%n  %s", expected, actual.jsMessage());
    }
    return myself;
  }

  /** The worker the error comes from. */
  public SELF isFromWorker(String expected) {
    isNotNull();
    if (!expected.equals(actual.worker())) {
      throw failureWithActualExpected(actual.worker(), expected,
          "%nExpecting JS error to come from worker:%n  %s%nbut it came from:%n  %s", expected, actual.worker());
    }
    return myself;
  }
}
