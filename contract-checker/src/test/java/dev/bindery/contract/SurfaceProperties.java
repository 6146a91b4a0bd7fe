package dev.bindery.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SurfaceProperties {

    private final ContractChecker checker = ContractChecker.create();

    @Provide
    Arbitrary<Surface> surfaces() {
        Arbitrary<Param> param = Combinators.combine(Arbitraries.of("a", "b", "id", "opts", "limit"),
                Arbitraries.of(true, false), Arbitraries.of("string", "number", "string|number", null))
                .as((name, optional, type) -> new Param(name, optional, optional ? "1" : null, false, type));
        Arbitrary<Member> member = Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3)
                        .ofMaxLength(8), Arbitraries.of(MemberKind.class), Arbitraries.of(true, false),
                param.list().ofMaxSize(3).uniqueElements(Param::name), Arbitraries.of(ReturnMode.class),
                Arbitraries.of("string", "number|null", null))
                .as((name, kind, async, params, mode, type) -> new Member(name, kind, async,
                        kind == MemberKind.METHOD ? params : List.of(), type, mode, null, false,
                        new SourceLocation("index.ts", 1, 1)));
        Arbitrary<Entrypoint> entrypoint = Combinators.combine(Arbitraries.of("default", "Admin", "Reports"),
                        member.list().ofMaxSize(6).uniqueElements(Member::name))
                .as((name, members) -> new Entrypoint(name, EntrypointStyle.CLASS, new SourceLocation("index.ts", 1, 1),
                        members, List.of()));
        return entrypoint.list().ofMinSize(1).ofMaxSize(3).uniqueElements(Entrypoint::name)
                .map(eps -> new Surface(Surface.FORMAT_VERSION, "api", "2025-06-01", eps, List.of()));
    }

    @Property
    void a_surface_diffed_with_itself_is_empty(@ForAll("surfaces") Surface surface) {
        assertThat(checker.diff(surface, surface).findings()).isEmpty();
    }

    @Property
    void snapshots_round_trip(@ForAll("surfaces") Surface surface) {
        assertThat(SurfaceJson.read(SurfaceJson.write(surface), "p.json")).containsExactly(surface);
    }

    @Property
    void additions_are_never_breaking(@ForAll("surfaces") Surface surface) {
        List<Entrypoint> grown = new ArrayList<>();
        for (Entrypoint e : surface.entrypoints()) {
            List<Member> members = new ArrayList<>();
            for (Member m : e.members()) {
                List<Param> params = new ArrayList<>(m.params());
                if (m.kind() == MemberKind.METHOD && params.stream().noneMatch(p -> p.name().equals("extra"))) {
                    params.add(new Param("extra", true, null, false, null));
                }
                members.add(new Member(m.name(), m.kind(), m.async(), params, m.returnType(), m.returnMode(), null,
                        false, m.location()));
            }
            members.add(new Member("zzAdded", MemberKind.METHOD, true, List.of(new Param("x", false, null, false, null)),
                    null, ReturnMode.VALUE, null, false, e.location()));
            grown.add(new Entrypoint(e.name(), e.style(), e.location(), members, e.hidden()));
        }
        grown.add(new Entrypoint("ZzNew", EntrypointStyle.CLASS, new SourceLocation("index.ts", 1, 1), List.of(), List.of()));
        Surface newer = new Surface(Surface.FORMAT_VERSION, "api", "2025-06-01", grown, List.of());

        assertThat(checker.diff(surface, newer).findings()).extracting(Finding::severity)
                .containsOnly(Severity.SAFE);
    }

    @Property
    void removing_or_breaking_a_member_a_caller_uses_is_always_breaking(@ForAll("surfaces") Surface surface,
            @ForAll("breakages") Breakage breakage) {
        Entrypoint e = surface.entrypoints().get(0);
        if (e.members().isEmpty()) {
            return;
        }
        Member used = e.members().get(0);
        List<Member> members = new ArrayList<>(e.members().subList(1, e.members().size()));
        List<HiddenMember> hidden = new ArrayList<>();
        switch (breakage) {
            case REMOVE -> { }
            case HIDE -> hidden.add(new HiddenMember(used.name(), Exposure.STATIC, used.location()));
            case CHANGE_KIND -> members.add(new Member(used.name(), used.kind() == MemberKind.METHOD
                    ? MemberKind.GETTER : MemberKind.METHOD, used.async(), List.of(), used.returnType(),
                    used.returnMode(), null, false, used.location()));
            case REQUIRED_PARAM -> {
                List<Param> params = new ArrayList<>(used.params());
                params.add(new Param("required", false, null, false, null));
                members.add(new Member(used.name(), MemberKind.METHOD, used.async(), params, used.returnType(),
                        used.returnMode(), null, false, used.location()));
                if (used.kind() != MemberKind.METHOD) {
                    return;
                }
            }
        }
        List<Entrypoint> eps = new ArrayList<>(surface.entrypoints());
        eps.set(0, new Entrypoint(e.name(), e.style(), e.location(), members, hidden));
        Surface newer = new Surface(Surface.FORMAT_VERSION, "api", "2025-06-01", eps, List.of());
        CallerUsage caller = new CallerUsage("shop", "shop/wrangler.jsonc", "2025-06-01",
                List.of(new ServiceBinding("API", "api", e.name(), SourceLocation.ofFile("shop/wrangler.jsonc"))),
                List.of(new BindingUse("API", List.of(used.name()), UseKind.CALL, 1, new SourceLocation("shop/index.js", 3, 5))));

        Verdict verdict = checker.verifyCalleeDeploy(surface, newer, List.of(caller));

        assertThat(verdict.findings()).filteredOn(f -> f.severity() == Severity.BREAKING)
                .anySatisfy(f -> assertThat(f.subject()).startsWith(e.name() + "." + used.name()));
    }

    enum Breakage { REMOVE, HIDE, CHANGE_KIND, REQUIRED_PARAM }

    @Provide
    Arbitrary<Breakage> breakages() {
        return Arbitraries.of(Breakage.class);
    }
}
