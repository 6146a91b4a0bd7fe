package dev.bindery.junit;

import dev.bindery.runtime.WorkerException;

/** Assertions on a {@link WorkerException}; start with {@link BinderyAssertions#assertThat(WorkerException)}. */
public final class WorkerExceptionAssert extends AbstractWorkerExceptionAssert<WorkerExceptionAssert> {

  public WorkerExceptionAssert(WorkerException actual) {
    super(actual, WorkerExceptionAssert.class);
  }
}
