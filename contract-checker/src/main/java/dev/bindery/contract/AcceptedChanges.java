package dev.bindery.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Changes a team has accepted on purpose, each with a justification (Revapi's {@code revapi.differences}).
 * The file is JSON:
 * <pre>{@code
 * { "accepted": [
 *   { "rule": "METHOD_NO_DELETE", "fingerprint": "3f1c0a9b2d4e", "subject": "billing default.refund(id)",
 *     "justification": "refund moved to the admin entrypoint; the only caller moved in #412" } ] }
 * }</pre>
 * An entry matches a finding by rule id and fingerprint; the subject is for people.
 */
public final class AcceptedChanges {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String JUSTIFICATION_PLACEHOLDER = "<why this change is acceptable>";

    private final List<Entry> entries;

    private AcceptedChanges(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * One accepted change.
     *
     * @param rule          rule id
     * @param fingerprint   the finding's fingerprint
     * @param subject       what changed, for people
     * @param justification why it is acceptable; required
     */
    public record Entry(String rule, String fingerprint, String subject, String justification) {
    }

    /** No accepted changes. */
    public static AcceptedChanges none() {
        return new AcceptedChanges(List.of());
    }

    /** These entries. */
    public static AcceptedChanges of(List<Entry> entries) {
        return new AcceptedChanges(entries);
    }

    /**
     * Reads an accepted-changes file. Every entry needs a known rule id, a fingerprint and a justification.
     *
     * @throws ContractException naming the file (and line, for malformed JSON) when it cannot be used
     */
    public static AcceptedChanges load(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new ContractException(SourceLocation.ofFile(file.toString()),
                    "accepted-changes file not found. Create it with {\"accepted\": []} or remove the option.", e);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new ContractException(new SourceLocation(file.toString(), loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr()), "accepted-changes file is not valid JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ContractException(SourceLocation.ofFile(file.toString()),
                    "cannot read accepted-changes file: " + e.getMessage(), e);
        }
        JsonNode list = root == null ? null : root.get("accepted");
        if (list == null || !list.isArray()) {
            throw new ContractException(SourceLocation.ofFile(file.toString()),
                    "accepted-changes file must be an object with an array \"accepted\".");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            String where = "accepted[" + i + "]";
            String rule = text(e, "rule", file, where);
            RuleCatalog.find(rule).orElseThrow(() -> new ContractException(SourceLocation.ofFile(file.toString()),
                    where + ": unknown rule id '" + rule + "'. Known rule ids: "
                            + String.join(", ", RuleCatalog.all().stream().map(Rule::id).toList()) + "."));
            String fingerprint = text(e, "fingerprint", file, where);
            String justification = text(e, "justification", file, where);
            if (justification.isBlank() || justification.equals(JUSTIFICATION_PLACEHOLDER)) {
                throw new ContractException(SourceLocation.ofFile(file.toString()), where
                        + ": \"justification\" must say why the change is acceptable.");
            }
            JsonNode subject = e.get("subject");
            entries.add(new Entry(rule, fingerprint, subject == null ? "" : subject.asText(), justification));
        }
        return new AcceptedChanges(entries);
    }

    private static String text(JsonNode entry, String field, Path file, String where) {
        JsonNode v = entry == null ? null : entry.get(field);
        if (v == null || !v.isTextual()) {
            throw new ContractException(SourceLocation.ofFile(file.toString()),
                    where + ": missing string field \"" + field + "\".");
        }
        return v.asText();
    }

    /** All entries, in file order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The entry accepting this finding, if any. */
    public Optional<Entry> find(Finding finding) {
        return entries.stream()
                .filter(e -> e.rule().equals(finding.rule().id()) && e.fingerprint().equals(finding.fingerprint()))
                .findFirst();
    }

    /** The paste-ready JSON entry that accepts {@code finding}; the justification is to be filled in. */
    static String entryFor(Finding finding) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rule", finding.rule().id());
        node.put("fingerprint", finding.fingerprint());
        node.put("subject", finding.worker() + " " + finding.subject());
        node.put("justification", JUSTIFICATION_PLACEHOLDER);
        return node.toString();
    }

    /** The file content for these entries, pretty-printed. */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("accepted");
        for (Entry e : entries) {
            list.addObject().put("rule", e.rule()).put("fingerprint", e.fingerprint()).put("subject", e.subject())
                    .put("justification", e.justification());
        }
        return root.toPrettyString() + "\n";
    }
}
