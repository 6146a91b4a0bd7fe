package dev.bindery.contract.internal;

import dev.bindery.contract.AcceptedChanges;
import dev.bindery.contract.Finding;
import dev.bindery.contract.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Applies the user's choices to raw findings: rules switched off, changes accepted; sorts the rest. */
public final class Policy {

    /** Worst first, then by worker, subject and rule id: stable across runs. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::worker).thenComparing(Finding::subject)
            .thenComparing(f -> f.rule().id()).thenComparing(Finding::fingerprint);

    private final Set<String> disabled;
    private final AcceptedChanges accepted;

    public Policy(Set<String> disabled, AcceptedChanges accepted) {
        this.disabled = disabled;
        this.accepted = accepted;
    }

    public Verdict apply(String subject, List<Finding> raw) {
        List<Finding> kept = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        for (Finding f : raw) {
            if (disabled.contains(f.rule().id())) {
                continue;
            }
            if (accepted.find(f).isPresent()) {
                suppressed.add(f);
            } else {
                kept.add(f);
            }
        }
        kept.sort(ORDER);
        suppressed.sort(ORDER);
        return new Verdict(subject, kept, suppressed);
    }
}
