package dev.bindery.contract.internal;

import dev.bindery.contract.BindingUse;
import dev.bindery.contract.CallSite;
import dev.bindery.contract.CallerUsage;
import dev.bindery.contract.Finding;
import dev.bindery.contract.RuleCatalog;
import dev.bindery.contract.ServiceBinding;
import dev.bindery.contract.Severity;
import dev.bindery.contract.UseKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Puts a callee's changes in the light of its callers (Pact's can-i-deploy, statically): a change that breaks
 * something a caller uses is BREAKING; one that breaks only what nobody uses any more is a SAFE cleanup.
 * Without caller information the catalog severities stand.
 */
public final class CalleeVerifier {

    public List<Finding> verify(List<Change> changes, String callee, Collection<CallerUsage> callers) {
        List<Finding> out = new ArrayList<>();
        for (Change c : changes) {
            Severity base = c.finding().severity();
            if (callers == null || base == Severity.SAFE) {
                out.add(c.finding());
                continue;
            }
            List<CallSite> users = users(c, callee, callers);
            Change adjusted;
            if (users.isEmpty()) {
                adjusted = c.with(Severity.SAFE, users, true, c.finding().message()
                        + " No caller uses it any more: safe cleanup (rollout step 3).");
            } else {
                Severity sev = c.finding().rule().equals(RuleCatalog.METHOD_DEPRECATED_DELETED) ? Severity.BREAKING : base;
                adjusted = c.with(sev, users, false, c.finding().message() + " Used by " + users.size()
                        + " call site" + (users.size() == 1 ? "" : "s") + ".");
            }
            out.add(adjusted.finding());
        }
        return out;
    }

    /** Call sites that use what the change touches; dynamic uses of the same binding count, never guessed away. */
    static List<CallSite> users(Change c, String callee, Collection<CallerUsage> callers) {
        List<CallSite> sites = new ArrayList<>();
        for (CallerUsage caller : callers) {
            for (ServiceBinding b : caller.bindings()) {
                if (!b.service().equals(callee) || !b.entrypoint().equals(c.entrypoint())) {
                    continue;
                }
                boolean any = false;
                for (BindingUse use : caller.uses()) {
                    if (use.binding().equals(b.binding()) && touches(use, c.path())) {
                        sites.add(new CallSite(caller.worker(), b.binding(), describe(use), use.location()));
                        any = true;
                    }
                }
                if (!any && c.path().isEmpty()) {
                    sites.add(new CallSite(caller.worker(), b.binding(), "services binding " + b.binding(), b.location()));
                }
            }
        }
        return sites;
    }

    private static boolean touches(BindingUse use, List<String> path) {
        if (path.isEmpty()) {
            return true;
        }
        if (use.kind() == UseKind.FETCH) {
            return false;
        }
        if (use.kind() == UseKind.DYNAMIC) {
            int n = Math.min(use.path().size(), path.size());
            return use.path().subList(0, n).equals(path.subList(0, n));
        }
        return use.path().size() >= path.size() && use.path().subList(0, path.size()).equals(path);
    }

    /** {@code env.B.counter.increment()}, {@code env.B[<computed>]}, {@code env.B.fetch()}. */
    public static String describe(BindingUse use) {
        String base = "env." + use.binding();
        return switch (use.kind()) {
            case FETCH -> base + ".fetch()";
            case DYNAMIC -> base + (use.path().isEmpty() ? "" : "." + String.join(".", use.path())) + "[<computed>]";
            case CALL -> base + "." + String.join(".", use.path()) + "()";
            case PROPERTY -> base + "." + String.join(".", use.path());
        };
    }
}
