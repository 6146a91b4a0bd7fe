package dev.bindery.junit;

import dev.bindery.runtime.WorkerResponse;

/** Assertions on a {@link WorkerResponse}; start with {@link BinderyAssertions#assertThat(WorkerResponse)}. */
public final class WorkerResponseAssert extends AbstractWorkerResponseAssert<WorkerResponseAssert> {

  public WorkerResponseAssert(WorkerResponse actual) {
    super(actual, WorkerResponseAssert.class);
  }
}
