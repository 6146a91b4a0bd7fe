package dev.bindery.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.contract.ContractException;
import dev.bindery.contract.RuleCatalog;
import org.junit.jupiter.api.Test;

class RuleListingTests {

    @Test
    void text_lists_every_rule_with_severity_and_fix() {
        String text = RuleListing.render(RuleCatalog.all(), "text");

        assertThat(text).startsWith("Contract rules (catalog version " + RuleCatalog.VERSION);
        assertThat(text).containsPattern("METHOD_NO_DELETE +BREAKING +MEMBER +A member was removed");
        assertThat(text).contains("fix: " + RuleCatalog.METHOD_NO_DELETE.fix());
    }

    @Test
    void json_holds_every_rule_in_catalog_order() throws Exception {
        JsonNode root = new ObjectMapper().readTree(RuleListing.render(RuleCatalog.all(), "JSON"));

        assertThat(root.get("catalogVersion").asText()).isEqualTo(RuleCatalog.VERSION);
        assertThat(root.get("rules")).hasSize(RuleCatalog.all().size());
        JsonNode first = root.get("rules").get(0);
        assertThat(first.get("id").asText()).isEqualTo(RuleCatalog.all().get(0).id());
        assertThat(first.get("impacts").toString()).isEqualTo("[\"RUNTIME\",\"TYPES\"]");
    }

    @Test
    void unknown_format_lists_the_accepted_values() {
        assertThatThrownBy(() -> RuleListing.render(RuleCatalog.all(), "yaml"))
                .isInstanceOf(ContractException.class)
                .hasMessage("Unknown rule list format 'yaml'. Accepted values: text, json.");
    }
}
