package dev.bindery.contract;

import static dev.bindery.contract.Impact.RUNTIME;
import static dev.bindery.contract.Impact.TYPES;
import static dev.bindery.contract.Severity.BREAKING;
import static dev.bindery.contract.Severity.DANGEROUS;
import static dev.bindery.contract.Severity.SAFE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every rule the checker knows, in one place: the diff code, the reports, SARIF {@code rules[]} and the
 * generated {@code RULES.md} all read it. Rules apply to entrypoints and, with the same ids, to the members
 * of returned {@code RpcTarget} classes. The catalog is versioned ({@link #VERSION}); a rule id never changes
 * meaning within a version.
 */
public final class RuleCatalog {

    /** Catalog version; written into JSON and SARIF reports. */
    public static final String VERSION = "1";

    private static final List<Rule> RULES = new ArrayList<>();

    public static final Rule ENTRYPOINT_NO_DELETE = rule("ENTRYPOINT_NO_DELETE", BREAKING, RuleCategory.ENTRYPOINT,
            EnumSet.of(RUNTIME, TYPES),
            "An entrypoint (the default export or a named WorkerEntrypoint class) was removed, renamed or no longer extends WorkerEntrypoint; bindings to it fail.",
            "Keep the entrypoint until no binding names it; deploy callers that stop using it first.");
    public static final Rule DEFAULT_ENTRYPOINT_SAME_STYLE = rule("DEFAULT_ENTRYPOINT_SAME_STYLE", BREAKING,
            RuleCategory.ENTRYPOINT, EnumSet.of(RUNTIME),
            "The default export switched between a WorkerEntrypoint class and a plain object; plain-object handlers take exactly one argument (arg, env, ctx), so calls with other argument counts fail.",
            "Keep the previous style, or add a named entrypoint in the new style and move callers to it.");
    public static final Rule ENTRYPOINT_ADDED = rule("ENTRYPOINT_ADDED", SAFE, RuleCategory.ENTRYPOINT,
            EnumSet.of(RUNTIME, TYPES),
            "A new entrypoint; no binding names it yet.", "Nothing to do.");
    public static final Rule METHOD_NO_DELETE = rule("METHOD_NO_DELETE", BREAKING, RuleCategory.MEMBER,
            EnumSet.of(RUNTIME, TYPES),
            "A member was removed or renamed; callers get 'The RPC receiver does not implement the method'.",
            "Keep the old member (delegating to the new one), mark it @deprecated, deploy the callers, then remove it.");
    public static final Rule METHOD_DEPRECATED_DELETED = rule("METHOD_DEPRECATED_DELETED", DANGEROUS,
            RuleCategory.MEMBER, EnumSet.of(RUNTIME, TYPES),
            "A member marked @deprecated was removed: the planned last step of a rollout, safe only when no caller still uses it.",
            "Check that no deployed caller still uses it (pass the callers to get a verdict).");
    public static final Rule METHOD_SAME_EXPOSURE = rule("METHOD_SAME_EXPOSURE", BREAKING, RuleCategory.MEMBER,
            EnumSet.of(RUNTIME),
            "A member became #private, static, an instance or arrow-function field, or took a reserved name, so workerd no longer dispatches it.",
            "Keep it a prototype method (or getter); put the new implementation behind it.");
    public static final Rule METHOD_SAME_KIND = rule("METHOD_SAME_KIND", BREAKING, RuleCategory.MEMBER,
            EnumSet.of(RUNTIME, TYPES),
            "A member changed between method, getter and value; calls get '\"x\" is not a function' or await yields a stub instead of a value.",
            "Keep the old kind and add the new form under a new name.");
    public static final Rule METHOD_ADDED = rule("METHOD_ADDED", SAFE, RuleCategory.MEMBER, EnumSet.of(RUNTIME, TYPES),
            "A new member: step one of the rollout (deploy the callee first).", "Nothing to do.");
    public static final Rule METHOD_SYNC_ASYNC_CHANGED = rule("METHOD_SYNC_ASYNC_CHANGED", SAFE, RuleCategory.MEMBER,
            EnumSet.of(RUNTIME, TYPES),
            "A method switched between sync and async; every RPC result is a thenable, so callers see no difference.",
            "Nothing to do.");
    public static final Rule PARAM_REQUIRED_NO_ADD = rule("PARAM_REQUIRED_NO_ADD", BREAKING, RuleCategory.PARAM,
            EnumSet.of(RUNTIME, TYPES),
            "A required parameter was added; existing callers send undefined for it.",
            "Give the new parameter a default value or make it optional.");
    public static final Rule PARAM_OPTIONAL_ADDED = rule("PARAM_OPTIONAL_ADDED", SAFE, RuleCategory.PARAM,
            EnumSet.of(RUNTIME, TYPES),
            "A trailing optional parameter was added; existing calls keep their meaning.", "Nothing to do.");
    public static final Rule PARAM_SAME_ORDER = rule("PARAM_SAME_ORDER", BREAKING, RuleCategory.PARAM,
            EnumSet.of(RUNTIME, TYPES),
            "Parameters were reordered; arguments bind by position, so existing callers' values land in the wrong parameters.",
            "Keep the order; add a new method with the new order and deprecate the old one.");
    public static final Rule PARAM_SAME_POSITION = rule("PARAM_SAME_POSITION", BREAKING, RuleCategory.PARAM,
            EnumSet.of(RUNTIME, TYPES),
            "A parameter was inserted or removed before the last one; later arguments shift position.",
            "Only add or remove parameters at the end.");
    public static final Rule PARAM_TRAILING_NO_DELETE = rule("PARAM_TRAILING_NO_DELETE", DANGEROUS,
            RuleCategory.PARAM, EnumSet.of(RUNTIME, TYPES),
            "A trailing parameter was removed; callers still send it and it is silently ignored.",
            "Keep accepting the parameter until callers stop sending it.");
    public static final Rule PARAM_NO_REQUIRE = rule("PARAM_NO_REQUIRE", BREAKING, RuleCategory.PARAM,
            EnumSet.of(RUNTIME, TYPES),
            "An optional parameter became required; callers that omit it now send undefined.",
            "Keep the default value or the '?'.");
    public static final Rule PARAM_MADE_OPTIONAL = rule("PARAM_MADE_OPTIONAL", SAFE, RuleCategory.PARAM,
            EnumSet.of(RUNTIME, TYPES),
            "A required parameter became optional.", "Nothing to do.");
    public static final Rule PARAM_SAME_DEFAULT = rule("PARAM_SAME_DEFAULT", DANGEROUS, RuleCategory.PARAM,
            EnumSet.of(RUNTIME),
            "A parameter's default value changed; callers that omit the argument silently get different behaviour.",
            "Keep the default, or add a new method with the new default.");
    public static final Rule PARAM_REST_NO_DELETE = rule("PARAM_REST_NO_DELETE", DANGEROUS, RuleCategory.PARAM,
            EnumSet.of(RUNTIME, TYPES),
            "A rest parameter was replaced by fixed parameters; extra arguments callers send are dropped.",
            "Keep the rest parameter.");
    public static final Rule PARAM_REST_ADDED = rule("PARAM_REST_ADDED", SAFE, RuleCategory.PARAM,
            EnumSet.of(RUNTIME, TYPES),
            "Trailing fixed parameters were replaced by a rest parameter; every existing call still binds.",
            "Nothing to do.");
    public static final Rule PARAM_TYPE_NO_NARROW = rule("PARAM_TYPE_NO_NARROW", BREAKING, RuleCategory.PARAM,
            EnumSet.of(TYPES),
            "A parameter type was narrowed (a union member removed); values existing callers send no longer type-check.",
            "Keep accepting the old type; narrow only after callers changed.");
    public static final Rule PARAM_TYPE_WIDENED = rule("PARAM_TYPE_WIDENED", SAFE, RuleCategory.PARAM,
            EnumSet.of(TYPES), "A parameter type was widened; every old argument is still accepted.", "Nothing to do.");
    public static final Rule PARAM_TYPE_CHANGED = rule("PARAM_TYPE_CHANGED", DANGEROUS, RuleCategory.PARAM,
            EnumSet.of(TYPES),
            "A parameter type changed in a way that is neither a widening nor a narrowing the checker can prove.",
            "Check that every value callers send is still accepted.");
    public static final Rule RETURN_SAME_PASSING_MODE = rule("RETURN_SAME_PASSING_MODE", BREAKING,
            RuleCategory.RETURN, EnumSet.of(RUNTIME, TYPES),
            "The result switched between a value (structured clone) and a stub (RpcTarget or function); property access becomes async, JSON.stringify and spreading break.",
            "Add a new method with the new passing mode and deprecate the old one.");
    public static final Rule RETURN_TYPE_NO_WIDEN = rule("RETURN_TYPE_NO_WIDEN", BREAKING, RuleCategory.RETURN,
            EnumSet.of(TYPES),
            "The result type was widened (e.g. '| null' added); callers that do not handle the new values fail to type-check.",
            "Return the old type; add a new method for the wider result.");
    public static final Rule RETURN_TYPE_NARROWED = rule("RETURN_TYPE_NARROWED", SAFE, RuleCategory.RETURN,
            EnumSet.of(TYPES), "The result type was narrowed; callers handle a superset.", "Nothing to do.");
    public static final Rule RETURN_TYPE_CHANGED = rule("RETURN_TYPE_CHANGED", DANGEROUS, RuleCategory.RETURN,
            EnumSet.of(TYPES),
            "The result type changed in a way that is neither a widening nor a narrowing the checker can prove.",
            "Check that callers handle every value the method now returns.");
    public static final Rule CALLER_SERVICE_NOT_DEPLOYED = rule("CALLER_SERVICE_NOT_DEPLOYED", BREAKING,
            RuleCategory.CALLER, EnumSet.of(RUNTIME),
            "The caller binds to a service that has no deployed version; its deploy fails.",
            "Deploy the callee service first.");
    public static final Rule CALLER_ENTRYPOINT_NOT_DEPLOYED = rule("CALLER_ENTRYPOINT_NOT_DEPLOYED", BREAKING,
            RuleCategory.CALLER, EnumSet.of(RUNTIME),
            "The caller binds to a named entrypoint the deployed callee does not export; workerd refuses to start.",
            "Deploy the callee with the entrypoint first.");
    public static final Rule CALLER_MEMBER_NOT_DEPLOYED = rule("CALLER_MEMBER_NOT_DEPLOYED", BREAKING,
            RuleCategory.CALLER, EnumSet.of(RUNTIME, TYPES),
            "The caller uses a member the deployed callee does not have yet.",
            "Deploy the callee first (add the member), then the caller.");
    public static final Rule CALLER_OBJECT_HANDLER_ARITY = rule("CALLER_OBJECT_HANDLER_ARITY", BREAKING,
            RuleCategory.CALLER, EnumSet.of(RUNTIME),
            "The caller calls a plain-object handler with other than exactly one argument; workerd rejects the call.",
            "Pass a single object argument, or make the callee a WorkerEntrypoint class.");
    public static final Rule CALLER_RPC_NOT_ENABLED = rule("CALLER_RPC_NOT_ENABLED", BREAKING, RuleCategory.CALLER,
            EnumSet.of(RUNTIME),
            "The caller's compatibility_date is before 2024-04-03, so its bindings have no RPC methods (and before 2024-03-26 get/put/delete are HTTP shortcuts).",
            "Set compatibility_date to 2024-04-03 or later (or add the 'rpc' compatibility flag).");
    public static final Rule CALLER_DYNAMIC_USE = rule("CALLER_DYNAMIC_USE", DANGEROUS, RuleCategory.CALLER,
            EnumSet.of(RUNTIME),
            "The caller uses a binding with a computed member name or passes it on; the checker cannot tell which members it needs.",
            "Use literal member names, or review this call site by hand.");

    private static final List<Rule> ALL = Collections.unmodifiableList(new ArrayList<>(RULES));

    private RuleCatalog() {
    }

    private static Rule rule(String id, Severity severity, RuleCategory category, Set<Impact> impacts,
                             String purpose, String fix) {
        Rule rule = new Rule(id, severity, impacts, category, purpose, fix);
        RULES.add(rule);
        return rule;
    }

    /** Every rule, in catalog order (by category, then as listed). */
    public static List<Rule> all() {
        return ALL;
    }

    /** The rule with this id. */
    public static Optional<Rule> find(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The rule with this id, or a {@link ContractException} that lists the known ids. */
    public static Rule require(String id) {
        return find(id).orElseThrow(() -> new ContractException("Unknown rule id '" + id
                + "'. Known rule ids: " + String.join(", ", ALL.stream().map(Rule::id).toList()) + "."));
    }

    /** The rule table in Markdown, as in {@code RULES.md}. */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Contract checker rules\n\n")
                .append("Generated from `RuleCatalog` (catalog version ").append(VERSION)
                .append("); do not edit by hand. Rules apply to entrypoints and, with the same ids, to members of ")
                .append("returned `RpcTarget` classes.\n\n")
                .append("| Id | Category | Severity | Breaks | Purpose | Fix |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        for (Rule r : ALL) {
            String impacts = String.join(", ", r.impacts().stream().sorted().map(Enum::name).toList());
            md.append("| `").append(r.id()).append("` | ").append(r.category()).append(" | ").append(r.severity())
                    .append(" | ").append(impacts).append(" | ").append(r.purpose().replace("|", "\\|"))
                    .append(" | ").append(r.fix().replace("|", "\\|")).append(" |\n");
        }
        return md.toString();
    }
}
