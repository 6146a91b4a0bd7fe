package dev.bindery.contract;

import java.util.Set;

/**
 * One entry of the {@link RuleCatalog}.
 *
 * @param id       stable {@code UPPER_SNAKE} id, subject first ({@code METHOD_NO_DELETE})
 * @param severity default severity
 * @param impacts  whether it breaks deployed callers at run time, TypeScript callers at type-check, or both
 * @param category what it looks at
 * @param purpose  one sentence: what the rule detects and why it matters
 * @param fix      one sentence: how to make the change safe
 */
public record Rule(String id, Severity severity, Set<Impact> impacts, RuleCategory category, String purpose,
                   String fix) {

    public Rule {
        impacts = Set.copyOf(impacts);
    }
}
