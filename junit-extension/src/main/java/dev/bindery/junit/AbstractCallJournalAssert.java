package dev.bindery.junit;

import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link CallJournal}, with the near-miss report of {@link CallJournal#verify}. */
public abstract class AbstractCallJournalAssert<SELF extends AbstractCallJournalAssert<SELF>>
    extends AbstractAssert<SELF, CallJournal> {

  protected AbstractCallJournalAssert(CallJournal actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** At least one recorded call matches. */
  public SELF hasCall(CallPattern pattern) {
    isNotNull();
    if (actual.calls(pattern).isEmpty()) {
      throw failure("%n%s", actual.report("at least one call", pattern, 0));
    }
    return myself;
  }

  /** Exactly {@code times} recorded calls match. */
  public SELF hasCall(int times, CallPattern pattern) {
    isNotNull();
    int found = actual.calls(pattern).size();
    if (found != times) {
      throw failure("%n%s", actual.report("exactly " + times + (times == 1 ? " call" : " calls"), pattern, found));
    }
    return myself;
  }

  /** No recorded call matches. */
  public SELF hasNoCall(CallPattern pattern) {
    return hasCall(0, pattern);
  }

  /** Exactly {@code expected} cross-worker calls were made. */
  public SELF hasSize(int expected) {
    isNotNull();
    if (actual.all().size() != expected) {
      throw failureWithActualExpected(actual.all().size(), expected,
          "%nExpecting %s cross-worker calls but there were %s:%n%s", expected, actual.all().size(), actual);
    }
    return myself;
  }
}
