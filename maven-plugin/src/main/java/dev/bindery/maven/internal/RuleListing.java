package dev.bindery.maven.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bindery.contract.ContractException;
import dev.bindery.contract.Rule;
import dev.bindery.contract.RuleCatalog;
import java.util.List;
import java.util.Locale;

/** The rule catalog as text for people or JSON for tools ({@code buf config ls-breaking-rules}). */
public final class RuleListing {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RuleListing() {
    }

    /**
     * Renders the rules.
     *
     * @param format {@code text} or {@code json}, case-insensitive
     * @throws ContractException for another format, listing the accepted ones
     */
    public static String render(List<Rule> rules, String format) {
        return switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "text" -> text(rules);
            case "json" -> json(rules);
            default -> throw new ContractException("Unknown rule list format '" + format
                    + "'. Accepted values: text, json.");
        };
    }

    private static String text(List<Rule> rules) {
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
        StringBuilder out = new StringBuilder("Contract rules (catalog version " + RuleCatalog.VERSION + ", "
                + rules.size() + " rules)\n");
        for (Rule r : rules) {
            out.append(String.format(Locale.ROOT, "%-" + width + "s  %-9s  %-10s  %s%n", r.id(), r.severity(),
                    r.category(), r.purpose()));
            out.append(" ".repeat(width + 2)).append("fix: ").append(r.fix()).append('\n');
        }
        return out.toString();
    }

    private static String json(List<Rule> rules) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("catalogVersion", RuleCatalog.VERSION);
        ArrayNode list = root.putArray("rules");
        for (Rule r : rules) {
            ObjectNode node = list.addObject();
            node.put("id", r.id());
            node.put("severity", r.severity().name());
            node.put("category", r.category().name());
            ArrayNode impacts = node.putArray("impacts");
            r.impacts().stream().sorted().forEach(i -> impacts.add(i.name()));
            node.put("purpose", r.purpose());
            node.put("fix", r.fix());
        }
        return root.toPrettyString() + "\n";
    }
}
