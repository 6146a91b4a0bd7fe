package dev.bindery.contract.internal;

import dev.bindery.contract.Entrypoint;
import dev.bindery.contract.HiddenMember;
import dev.bindery.contract.Member;
import dev.bindery.contract.MemberKind;
import dev.bindery.contract.ReturnMode;
import dev.bindery.contract.RuleCatalog;
import dev.bindery.contract.Surface;
import dev.bindery.contract.TargetClass;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Compares two surfaces of one worker and classifies every change by the {@link RuleCatalog}. */
public final class SurfaceDiff {

    /** Where a list of members sits: the entrypoint, the path to it, and how subjects are spelled. */
    record Scope(String entrypoint, List<String> path, String subjectPrefix) {

        Scope child(String member, String target) {
            List<String> p = new ArrayList<>(path);
            p.add(member);
            return new Scope(entrypoint, p, subjectPrefix + "." + member + "()->" + target);
        }

        List<String> pathTo(String member) {
            List<String> p = new ArrayList<>(path);
            p.add(member);
            return p;
        }
    }

    public List<Change> diff(Surface older, Surface newer) {
        List<Change> out = new ArrayList<>();
        String worker = newer.worker();
        for (Entrypoint oe : older.entrypoints()) {
            var ne = newer.entrypoint(oe.name());
            if (ne.isEmpty()) {
                out.add(Change.of(RuleCatalog.ENTRYPOINT_NO_DELETE, worker, oe.name(), List.of(), oe.name(),
                        "Entrypoint '" + oe.name() + "' was removed or no longer extends WorkerEntrypoint.",
                        oe.location(), null));
                continue;
            }
            if (oe.style() != ne.get().style()) {
                out.add(Change.of(RuleCatalog.DEFAULT_ENTRYPOINT_SAME_STYLE, worker, oe.name(), List.of(), oe.name(),
                        "Entrypoint '" + oe.name() + "' changed from a " + style(oe) + " to a " + style(ne.get()) + ".",
                        oe.location(), ne.get().location()));
            }
            new MemberDiff(older, newer, worker, out, new HashSet<>()).members(
                    new Scope(oe.name(), List.of(), oe.name()), oe.members(), ne.get().members(), ne.get().hidden());
        }
        for (Entrypoint ne : newer.entrypoints()) {
            if (older.entrypoint(ne.name()).isEmpty()) {
                out.add(Change.of(RuleCatalog.ENTRYPOINT_ADDED, worker, ne.name(), List.of(), ne.name(),
                        "Entrypoint '" + ne.name() + "' was added.", null, ne.location()));
            }
        }
        return out;
    }

    private static String style(Entrypoint e) {
        return e.style().name().toLowerCase(Locale.ROOT) + (e.style().name().equals("CLASS")
                ? " extending WorkerEntrypoint" : " literal");
    }

    /** Member-level comparison, recursing into returned RpcTargets. */
    private record MemberDiff(Surface older, Surface newer, String worker, List<Change> out, Set<String> visited) {

        void members(Scope scope, List<Member> oldMembers, List<Member> newMembers, List<HiddenMember> newHidden) {
            for (Member om : oldMembers) {
                Member nm = find(newMembers, om.name());
                String subject = scope.subjectPrefix() + "." + om.name();
                if (nm == null) {
                    removed(scope, om, subject, newMembers, oldMembers, newHidden);
                    continue;
                }
                if (om.kind() != nm.kind()) {
                    add(RuleCatalog.METHOD_SAME_KIND, scope, om.name(), subject, "'" + subject + "' changed from a "
                            + kind(om) + " to a " + kind(nm) + ".", om, nm);
                    continue;
                }
                if (om.async() != nm.async()) {
                    add(RuleCatalog.METHOD_SYNC_ASYNC_CHANGED, scope, om.name(), subject, "'" + subject + "' became "
                            + (nm.async() ? "async" : "sync") + "; callers see no difference.", om, nm);
                }
                if (om.kind() == MemberKind.METHOD) {
                    new ParamDiff(this, scope, om, nm, subject).run();
                }
                returns(scope, om, nm, subject);
            }
            for (Member nm : newMembers) {
                if (find(oldMembers, nm.name()) == null) {
                    String subject = scope.subjectPrefix() + "." + nm.name();
                    add(RuleCatalog.METHOD_ADDED, scope, nm.name(), subject, "'" + subject + "' was added.", null, nm);
                }
            }
        }

        private void removed(Scope scope, Member om, String subject, List<Member> newMembers, List<Member> oldMembers,
                             List<HiddenMember> newHidden) {
            HiddenMember hidden = newHidden.stream()
                    .filter(h -> h.name().equals(om.name()) || h.name().equals("#" + om.name())).findFirst().orElse(null);
            if (hidden != null) {
                out.add(Change.of(RuleCatalog.METHOD_SAME_EXPOSURE, worker, scope.entrypoint(), scope.pathTo(om.name()),
                        subject, "'" + subject + "' became " + exposure(hidden) + "; workerd no longer dispatches it.",
                        om.location(), hidden.location()));
                return;
            }
            if (om.deprecated()) {
                add(RuleCatalog.METHOD_DEPRECATED_DELETED, scope, om.name(), subject, "Deprecated '" + subject
                        + "' was removed.", om, null);
                return;
            }
            String hint = newMembers.stream()
                    .filter(n -> find(oldMembers, n.name()) == null && n.kind() == om.kind()
                            && n.params().size() == om.params().size())
                    .map(Member::name).findFirst().map(n -> " It looks renamed to '" + n + "'.").orElse("");
            add(RuleCatalog.METHOD_NO_DELETE, scope, om.name(), subject, "'" + subject + "' was removed." + hint, om,
                    null);
        }

        private void returns(Scope scope, Member om, Member nm, String subject) {
            if (om.returnMode() != nm.returnMode() && om.returnMode() != ReturnMode.UNKNOWN
                    && nm.returnMode() != ReturnMode.UNKNOWN) {
                add(RuleCatalog.RETURN_SAME_PASSING_MODE, scope, om.name(), subject, "'" + subject
                        + "' now returns " + mode(nm) + " instead of " + mode(om) + ".", om, nm);
                return;
            }
            if (om.returnType() != null && nm.returnType() != null) {
                switch (Types.relate(Types.awaited(om.returnType()), Types.awaited(nm.returnType()))) {
                    case WIDER -> add(RuleCatalog.RETURN_TYPE_NO_WIDEN, scope, om.name(), subject, "'" + subject
                            + "' result type widened from '" + om.returnType() + "' to '" + nm.returnType() + "'.", om, nm);
                    case NARROWER -> add(RuleCatalog.RETURN_TYPE_NARROWED, scope, om.name(), subject, "'" + subject
                            + "' result type narrowed from '" + om.returnType() + "' to '" + nm.returnType() + "'.", om, nm);
                    case CHANGED -> add(RuleCatalog.RETURN_TYPE_CHANGED, scope, om.name(), subject, "'" + subject
                            + "' result type changed from '" + om.returnType() + "' to '" + nm.returnType() + "'.", om, nm);
                    case SAME -> {
                    }
                }
            }
            if (om.returnMode() == ReturnMode.RPC_TARGET && nm.returnMode() == ReturnMode.RPC_TARGET
                    && om.returnTarget() != null && nm.returnTarget() != null) {
                TargetClass ot = older.target(om.returnTarget()).orElse(null);
                TargetClass nt = newer.target(nm.returnTarget()).orElse(null);
                String key = scope.entrypoint() + ":" + String.join(".", scope.pathTo(om.name()));
                if (ot != null && nt != null && visited.add(key) && scope.path().size() < 8) {
                    members(scope.child(om.name(), nt.name()), ot.members(), nt.members(), nt.hidden());
                }
            }
        }

        void add(dev.bindery.contract.Rule rule, Scope scope, String member, String subject, String message,
                 Member om, Member nm) {
            out.add(Change.of(rule, worker, scope.entrypoint(), scope.pathTo(member), subject, message,
                    om == null ? null : om.location(), nm == null ? null : nm.location()));
        }

        private static Member find(List<Member> members, String name) {
            for (Member m : members) {
                if (m.name().equals(name)) {
                    return m;
                }
            }
            return null;
        }

        private static String kind(Member m) {
            return m.kind().name().toLowerCase(Locale.ROOT);
        }

        private static String mode(Member m) {
            return switch (m.returnMode()) {
                case VALUE -> "a value (structured clone)";
                case RPC_TARGET -> "an RpcTarget stub" + (m.returnTarget() == null ? "" : " (" + m.returnTarget() + ")");
                case FUNCTION -> "a function stub";
                case UNKNOWN -> "an unknown kind of result";
            };
        }

        private static String exposure(HiddenMember h) {
            return switch (h.reason()) {
                case PRIVATE -> "#private";
                case STATIC -> "static";
                case INSTANCE_FIELD -> "an instance or arrow-function field";
                case RESERVED -> "a reserved name";
            };
        }
    }

    /** Parameter-level comparison of one method. */
    private record ParamDiff(MemberDiff md, Scope scope, Member om, Member nm, String subject) {

        void run() {
            var o = om.params();
            var n = nm.params();
            List<String> oldNames = o.stream().map(dev.bindery.contract.Param::name).toList();
            List<String> newNames = n.stream().map(dev.bindery.contract.Param::name).toList();
            if (o.size() == n.size() && !oldNames.equals(newNames) && Set.copyOf(oldNames).equals(Set.copyOf(newNames))
                    && oldNames.size() == Set.copyOf(oldNames).size()) {
                add(RuleCatalog.PARAM_SAME_ORDER, "", "Parameters of '" + subject + "' were reordered from ("
                        + String.join(", ", oldNames) + ") to (" + String.join(", ", newNames) + ").");
                return;
            }
            boolean oldRest = !o.isEmpty() && o.get(o.size() - 1).rest();
            boolean newRest = !n.isEmpty() && n.get(n.size() - 1).rest();
            int oldFixed = oldRest ? o.size() - 1 : o.size();
            int newFixed = newRest ? n.size() - 1 : n.size();
            if (oldRest && !newRest) {
                add(RuleCatalog.PARAM_REST_NO_DELETE, "(..." + o.get(o.size() - 1).name() + ")",
                        "Rest parameter '..." + o.get(o.size() - 1).name() + "' of '" + subject + "' was removed.");
            }
            int common = Math.min(oldFixed, newFixed);
            for (int i = 0; i < common; i++) {
                var op = o.get(i);
                var np = n.get(i);
                String at = "(" + np.name() + ")";
                if (!op.name().equals(np.name()) && (newNames.contains(op.name()) || oldNames.contains(np.name()))) {
                    add(RuleCatalog.PARAM_SAME_POSITION, "(" + op.name() + ")", "Parameter '" + op.name() + "' of '"
                            + subject + "' moved from position " + (i + 1) + "; later arguments shift.");
                    return;
                }
                if (op.optional() && !np.optional()) {
                    add(RuleCatalog.PARAM_NO_REQUIRE, at, "Parameter '" + np.name() + "' of '" + subject
                            + "' became required.");
                } else if (!op.optional() && np.optional()) {
                    add(RuleCatalog.PARAM_MADE_OPTIONAL, at, "Parameter '" + np.name() + "' of '" + subject
                            + "' became optional.");
                }
                if (op.defaultValue() != null && np.defaultValue() != null && !op.defaultValue().equals(np.defaultValue())) {
                    add(RuleCatalog.PARAM_SAME_DEFAULT, at, "Default of '" + np.name() + "' in '" + subject
                            + "' changed from " + op.defaultValue() + " to " + np.defaultValue() + ".");
                }
                if (op.type() != null && np.type() != null) {
                    String change = "Type of '" + np.name() + "' in '" + subject + "' changed from '" + op.type()
                            + "' to '" + np.type() + "'";
                    switch (Types.relate(op.type(), np.type())) {
                        case NARROWER -> add(RuleCatalog.PARAM_TYPE_NO_NARROW, at, change + " (narrowed).");
                        case WIDER -> add(RuleCatalog.PARAM_TYPE_WIDENED, at, change + " (widened).");
                        case CHANGED -> add(RuleCatalog.PARAM_TYPE_CHANGED, at, change + ".");
                        case SAME -> {
                        }
                    }
                }
            }
            if (!oldRest) {
                for (int i = oldFixed; i < newFixed; i++) {
                    var np = n.get(i);
                    if (np.optional()) {
                        add(RuleCatalog.PARAM_OPTIONAL_ADDED, "(" + np.name() + ")", "Optional parameter '"
                                + np.name() + "' was added to '" + subject + "'.");
                    } else {
                        add(RuleCatalog.PARAM_REQUIRED_NO_ADD, "(" + np.name() + ")", "Required parameter '"
                                + np.name() + "' was added to '" + subject + "'; existing callers send undefined.");
                    }
                }
            }
            if (newRest && !oldRest) {
                add(RuleCatalog.PARAM_REST_ADDED, "(..." + n.get(n.size() - 1).name() + ")", "'" + subject
                        + "' now takes a rest parameter '..." + n.get(n.size() - 1).name() + "'.");
            }
            if (!newRest) {
                for (int i = newFixed; i < oldFixed; i++) {
                    add(RuleCatalog.PARAM_TRAILING_NO_DELETE, "(" + o.get(i).name() + ")", "Trailing parameter '"
                            + o.get(i).name() + "' was removed from '" + subject + "'; callers' argument is ignored.");
                }
            }
        }

        private void add(dev.bindery.contract.Rule rule, String suffix, String message) {
            md.out().add(Change.of(rule, md.worker(), scope.entrypoint(), scope.pathTo(om.name()), subject + suffix,
                    message, om.location(), nm.location()));
        }
    }
}
