package dev.bindery.junit;

import dev.bindery.runtime.WorkerException;
import dev.bindery.runtime.WorkerResponse;

/**
 * AssertJ entry points for worker responses, the call journal and JS errors. Import statically
 * next to AssertJ's {@code Assertions}:
 *
 * <pre>{@code
 * assertThat(group.fetch(WorkerRequest.get("http://localhost/"))).hasStatus(200).hasBodyText("3");
 * assertThat(journal).hasCall(CallPattern.rpc("worker_b", "add").withArgs(1, 2));
 * }</pre>
 */
public final class BinderyAssertions {

  private BinderyAssertions() {}

  public static WorkerResponseAssert assertThat(WorkerResponse actual) {
    return new WorkerResponseAssert(actual);
  }

  public static CallJournalAssert assertThat(CallJournal actual) {
    return new CallJournalAssert(actual);
  }

  public static WorkerExceptionAssert assertThat(WorkerException actual) {
    return new WorkerExceptionAssert(actual);
  }
}
