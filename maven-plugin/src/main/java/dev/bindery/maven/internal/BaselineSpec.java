package dev.bindery.maven.internal;

import dev.bindery.contract.ContractException;

/**
 * Which baseline a run compares against, parsed from {@code -Dworker.against}.
 * <ul>
 *   <li>{@code snapshot} (default): the committed snapshot file of each worker;</li>
 *   <li>{@code git:<ref>}: the workers' sources at a git ref, e.g. {@code git:origin/main};</li>
 *   <li>{@code artifact[:<groupId>:<artifactId>[:<version>]]}: the contract attached to a released artifact,
 *       by default this project's latest release.</li>
 * </ul>
 *
 * @param kind  the kind
 * @param value the git ref or the artifact coordinates ({@code ""} for this project's own), {@code ""} for snapshots
 */
public record BaselineSpec(Kind kind, String value) {

    /** Where the baseline comes from. */
    public enum Kind { SNAPSHOT, GIT, ARTIFACT }

    static final String ACCEPTED = "Accepted values: snapshot, git:<ref> (e.g. git:origin/main), "
            + "artifact[:<groupId>:<artifactId>[:<version>]].";

    /** The default: committed snapshots. */
    public static BaselineSpec snapshot() {
        return new BaselineSpec(Kind.SNAPSHOT, "");
    }

    /**
     * Parses the parameter.
     *
     * @throws ContractException for anything else, listing the accepted values
     */
    public static BaselineSpec parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty() || t.equals("snapshot")) {
            return snapshot();
        }
        if (t.startsWith("git:")) {
            String ref = t.substring(4).trim();
            if (ref.isEmpty()) {
                throw new ContractException("Baseline 'git:' needs a ref, e.g. git:origin/main. " + ACCEPTED);
            }
            return new BaselineSpec(Kind.GIT, ref);
        }
        if (t.equals("artifact")) {
            return new BaselineSpec(Kind.ARTIFACT, "");
        }
        if (t.startsWith("artifact:")) {
            String coords = t.substring(9).trim();
            int parts = coords.split(":", -1).length;
            if ((parts != 2 && parts != 3) || coords.contains("::") || coords.endsWith(":")) {
                throw new ContractException("Baseline '" + t + "' needs <groupId>:<artifactId>[:<version>]. "
                        + ACCEPTED);
            }
            return new BaselineSpec(Kind.ARTIFACT, coords);
        }
        throw new ContractException("Unknown baseline '" + t + "'. " + ACCEPTED);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case SNAPSHOT -> "snapshot";
            case GIT -> "git:" + value;
            case ARTIFACT -> value.isEmpty() ? "artifact" : "artifact:" + value;
        };
    }
}
