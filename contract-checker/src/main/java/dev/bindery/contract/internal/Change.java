package dev.bindery.contract.internal;

import dev.bindery.contract.CallSite;
import dev.bindery.contract.Finding;
import dev.bindery.contract.Rule;
import dev.bindery.contract.Severity;
import dev.bindery.contract.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A finding plus where it sits in the surface, so callers' uses can be matched against it.
 *
 * @param entrypoint the entrypoint name
 * @param path       member names from the entrypoint down ({@code []} for the entrypoint itself)
 */
public record Change(Finding finding, String entrypoint, List<String> path) {

    public Change {
        path = List.copyOf(path);
    }

    public static Change of(Rule rule, String worker, String entrypoint, List<String> path, String subject,
                            String message, SourceLocation oldLocation, SourceLocation newLocation) {
        return new Change(new Finding(rule, rule.severity(), worker, subject, message, oldLocation, newLocation,
                List.of(), rule.fix(), fingerprint(rule.id(), worker, subject), false), entrypoint, path);
    }

    /** The same change with another severity, callers and cleanup flag. */
    public Change with(Severity severity, List<CallSite> callers, boolean cleanup, String message) {
        Finding f = finding;
        return new Change(new Finding(f.rule(), severity, f.worker(), f.subject(), message, f.oldLocation(),
                f.newLocation(), callers, f.fix(), f.fingerprint(), cleanup), entrypoint, path);
    }

    /** {@code sha256("rule:worker:subject")}, first 12 hex digits; no line numbers, so it survives edits. */
    public static String fingerprint(String ruleId, String worker, String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((ruleId + ":" + worker + ":" + subject).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
