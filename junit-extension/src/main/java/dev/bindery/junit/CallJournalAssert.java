package dev.bindery.junit;

/** Assertions on a {@link CallJournal}; start with {@link BinderyAssertions#assertThat(CallJournal)}. */
public final class CallJournalAssert extends AbstractCallJournalAssert<CallJournalAssert> {

  public CallJournalAssert(CallJournal actual) {
    super(actual, CallJournalAssert.class);
  }
}
