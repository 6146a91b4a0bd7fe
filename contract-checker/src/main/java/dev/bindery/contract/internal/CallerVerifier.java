package dev.bindery.contract.internal;

import dev.bindery.contract.BindingUse;
import dev.bindery.contract.CallSite;
import dev.bindery.contract.CallerUsage;
import dev.bindery.contract.Entrypoint;
import dev.bindery.contract.EntrypointStyle;
import dev.bindery.contract.Finding;
import dev.bindery.contract.Member;
import dev.bindery.contract.ReturnMode;
import dev.bindery.contract.Rule;
import dev.bindery.contract.RuleCatalog;
import dev.bindery.contract.ServiceBinding;
import dev.bindery.contract.SourceLocation;
import dev.bindery.contract.Surface;
import dev.bindery.contract.UseKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks a caller against the deployed callees: step two of the rollout must not run ahead of step one. */
public final class CallerVerifier {

    /** Workers RPC needs this compatibility date (or the {@code rpc} flag) on the caller. */
    static final String RPC_DATE = "2024-04-03";

    public List<Finding> verify(CallerUsage caller, Collection<Surface> deployed) {
        Map<String, Surface> byService = new HashMap<>();
        deployed.forEach(s -> byService.put(s.worker(), s));
        Map<String, Finding> out = new LinkedHashMap<>();
        boolean rpcOff = caller.compatibilityDate() != null && caller.compatibilityDate().compareTo(RPC_DATE) < 0;
        for (ServiceBinding b : caller.bindings()) {
            List<BindingUse> uses = caller.uses().stream().filter(u -> u.binding().equals(b.binding())).toList();
            Surface surface = byService.get(b.service());
            if (surface == null) {
                add(out, RuleCatalog.CALLER_SERVICE_NOT_DEPLOYED, caller, b.binding(), "Binding " + b.binding()
                        + " refers to service '" + b.service() + "', which has no deployed version. Deploy "
                        + b.service() + " first.", b.location(), sites(caller, b, uses));
                continue;
            }
            Optional<Entrypoint> ep = surface.entrypoint(b.entrypoint());
            if (ep.isEmpty()) {
                add(out, RuleCatalog.CALLER_ENTRYPOINT_NOT_DEPLOYED, caller, b.binding() + "->" + b.entrypoint(),
                        "Binding " + b.binding() + " names entrypoint '" + b.entrypoint() + "' of '" + b.service()
                                + "', which the deployed version does not export. Deploy " + b.service() + " first.",
                        b.location(), sites(caller, b, uses));
                continue;
            }
            for (BindingUse use : uses) {
                check(out, caller, b, surface, ep.get(), use, rpcOff);
            }
        }
        return new ArrayList<>(out.values());
    }

    private void check(Map<String, Finding> out, CallerUsage caller, ServiceBinding b, Surface surface,
                       Entrypoint ep, BindingUse use, boolean rpcOff) {
        String described = CalleeVerifier.describe(use);
        List<CallSite> site = List.of(new CallSite(caller.worker(), b.binding(), described, use.location()));
        if (use.kind() == UseKind.FETCH) {
            return;
        }
        if (use.kind() == UseKind.DYNAMIC) {
            add(out, RuleCatalog.CALLER_DYNAMIC_USE, caller, described, described
                    + " uses a computed member name or passes the binding on; which members of '" + b.service()
                    + "' it needs cannot be checked.", use.location(), site);
            return;
        }
        if (rpcOff) {
            add(out, RuleCatalog.CALLER_RPC_NOT_ENABLED, caller, b.binding(), "Caller '" + caller.worker()
                    + "' has compatibility_date " + caller.compatibilityDate() + ", before " + RPC_DATE
                    + ": " + described + " is not an RPC call on its binding.", use.location(), site);
        }
        List<Member> members = ep.members();
        for (int i = 0; i < use.path().size(); i++) {
            String name = use.path().get(i);
            Member m = members.stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
            if (m == null) {
                String where = i == 0 ? "entrypoint '" + ep.name() + "'" : "the result of '" + use.path().get(i - 1) + "'";
                add(out, RuleCatalog.CALLER_MEMBER_NOT_DEPLOYED, caller, b.binding() + "." + String.join(".",
                        use.path().subList(0, i + 1)), described + " uses '" + name + "', which the deployed '"
                        + b.service() + "' does not have on " + where + ". Deploy " + b.service() + " first.",
                        use.location(), site);
                return;
            }
            if (i == 0 && ep.style() == EntrypointStyle.OBJECT && use.kind() == UseKind.CALL
                    && use.path().size() == 1 && use.argumentCount() >= 0 && use.argumentCount() != 1) {
                add(out, RuleCatalog.CALLER_OBJECT_HANDLER_ARITY, caller, b.binding() + "." + name + "("
                        + use.argumentCount() + " args)", described + " passes " + use.argumentCount() + " arguments to a plain-object "
                        + "handler of '" + b.service() + "', which accepts exactly one.", use.location(), site);
            }
            if (m.returnMode() != ReturnMode.RPC_TARGET || m.returnTarget() == null) {
                return;
            }
            members = surface.target(m.returnTarget()).map(t -> t.members()).orElse(List.of());
        }
    }

    private static List<CallSite> sites(CallerUsage caller, ServiceBinding b, List<BindingUse> uses) {
        if (uses.isEmpty()) {
            return List.of(new CallSite(caller.worker(), b.binding(), "services binding " + b.binding(), b.location()));
        }
        return uses.stream().map(u -> new CallSite(caller.worker(), b.binding(), CalleeVerifier.describe(u),
                u.location())).toList();
    }

    private static void add(Map<String, Finding> out, Rule rule, CallerUsage caller, String subject, String message,
                            SourceLocation location, List<CallSite> sites) {
        String key = rule.id() + ":" + subject;
        Finding existing = out.get(key);
        if (existing != null) {
            List<CallSite> merged = new ArrayList<>(existing.callers());
            merged.addAll(sites);
            out.put(key, new Finding(rule, rule.severity(), existing.worker(), subject, existing.message(), null,
                    existing.newLocation(), merged, rule.fix(), existing.fingerprint(), false));
            return;
        }
        out.put(key, new Finding(rule, rule.severity(), caller.worker(), subject, message, null, location, sites,
                rule.fix(), Change.fingerprint(rule.id(), caller.worker(), subject), false));
    }
}
