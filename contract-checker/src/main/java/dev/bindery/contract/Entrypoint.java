package dev.bindery.contract;

import java.util.List;

/**
 * One entrypoint of a worker: {@code default} or a named exported {@code WorkerEntrypoint} class.
 *
 * @param name      {@code "default"} or the exported name callers put in {@code entrypoint}
 * @param style     class or plain object
 * @param location  where it is declared
 * @param members   dispatched members, sorted by name
 * @param hidden    declared members that are not dispatched, sorted by name
 */
public record Entrypoint(String name, EntrypointStyle style, SourceLocation location, List<Member> members,
                         List<HiddenMember> hidden) {

    /** The name of the default entrypoint. */
    public static final String DEFAULT = "default";

    public Entrypoint {
        members = List.copyOf(members);
        hidden = List.copyOf(hidden);
    }

    /** The member with this name, or {@code null}. */
    public Member member(String memberName) {
        for (Member m : members) {
            if (m.name().equals(memberName)) {
                return m;
            }
        }
        return null;
    }
}
