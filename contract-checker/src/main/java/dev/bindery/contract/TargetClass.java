package dev.bindery.contract;

import java.util.List;

/** An {@code RpcTarget} class that some method returns; its members are an API surface too. */
public record TargetClass(String name, SourceLocation location, List<Member> members, List<HiddenMember> hidden) {

    public TargetClass {
        members = List.copyOf(members);
        hidden = List.copyOf(hidden);
    }
}
