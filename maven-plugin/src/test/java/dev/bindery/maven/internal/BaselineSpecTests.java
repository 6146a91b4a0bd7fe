package dev.bindery.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.contract.ContractException;
import dev.bindery.maven.internal.BaselineSpec.Kind;
import org.junit.jupiter.api.Test;

class BaselineSpecTests {

    @Test
    void snapshot_is_the_default() {
        assertThat(BaselineSpec.parse(null)).isEqualTo(BaselineSpec.snapshot());
        assertThat(BaselineSpec.parse(" ")).isEqualTo(BaselineSpec.snapshot());
        assertThat(BaselineSpec.parse("snapshot")).isEqualTo(BaselineSpec.snapshot());
    }

    @Test
    void git_takes_any_ref() {
        assertThat(BaselineSpec.parse("git:origin/main")).isEqualTo(new BaselineSpec(Kind.GIT, "origin/main"));
        assertThat(BaselineSpec.parse("git:v1.2.0").toString()).isEqualTo("git:v1.2.0");
    }

    @Test
    void artifact_defaults_to_this_project_and_accepts_coordinates_with_optional_version() {
        assertThat(BaselineSpec.parse("artifact")).isEqualTo(new BaselineSpec(Kind.ARTIFACT, ""));
        assertThat(BaselineSpec.parse("artifact:com.acme:workers")).isEqualTo(new BaselineSpec(Kind.ARTIFACT,
                "com.acme:workers"));
        assertThat(BaselineSpec.parse("artifact:com.acme:workers:1.4.0").value()).isEqualTo("com.acme:workers:1.4.0");
    }

    @Test
    void git_without_ref_is_an_error() {
        assertThatThrownBy(() -> BaselineSpec.parse("git:"))
                .isInstanceOf(ContractException.class)
                .hasMessageStartingWith("Baseline 'git:' needs a ref, e.g. git:origin/main.");
    }

    @Test
    void incomplete_artifact_coordinates_are_an_error() {
        assertThatThrownBy(() -> BaselineSpec.parse("artifact:com.acme"))
                .isInstanceOf(ContractException.class)
                .hasMessageStartingWith("Baseline 'artifact:com.acme' needs <groupId>:<artifactId>[:<version>].");
    }

    @Test
    void unknown_baseline_lists_the_accepted_values() {
        assertThatThrownBy(() -> BaselineSpec.parse("deployed"))
                .isInstanceOf(ContractException.class)
                .hasMessage("Unknown baseline 'deployed'. Accepted values: snapshot, git:<ref> (e.g. git:origin/main), "
                        + "artifact[:<groupId>:<artifactId>[:<version>]].");
    }
}
