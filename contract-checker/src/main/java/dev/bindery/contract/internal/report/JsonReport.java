package dev.bindery.contract.internal.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bindery.contract.CallSite;
import dev.bindery.contract.Finding;
import dev.bindery.contract.RuleCatalog;
import dev.bindery.contract.Severity;
import dev.bindery.contract.SourceLocation;
import dev.bindery.contract.Verdict;

/** Machine-readable JSON. */
final class JsonReport implements ReportRenderer {

    static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String render(Verdict verdict) {
        return tree(verdict).toPrettyString() + "\n";
    }

    static ObjectNode tree(Verdict verdict) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("tool", "bindery-contract-checker");
        root.put("ruleSetVersion", RuleCatalog.VERSION);
        root.put("subject", verdict.subject());
        root.put("verdict", verdict.worst().map(Enum::name).orElse("NONE"));
        ObjectNode summary = root.putObject("summary");
        for (Severity s : Severity.values()) {
            summary.put(s.name().toLowerCase(java.util.Locale.ROOT), verdict.count(s));
        }
        summary.put("accepted", verdict.suppressed().size());
        ArrayNode findings = root.putArray("findings");
        verdict.findings().forEach(f -> findings.add(finding(f)));
        ArrayNode suppressed = root.putArray("accepted");
        verdict.suppressed().forEach(f -> suppressed.add(finding(f)));
        return root;
    }

    static ObjectNode finding(Finding f) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("rule", f.rule().id());
        n.put("severity", f.severity().name());
        n.putPOJO("impacts", f.rule().impacts().stream().sorted().map(Enum::name).toList());
        n.put("worker", f.worker());
        n.put("subject", f.subject());
        n.put("message", f.message());
        location(n, "old", f.oldLocation());
        location(n, "new", f.newLocation());
        ArrayNode callers = n.putArray("callers");
        for (CallSite c : f.callers()) {
            callers.addObject().put("worker", c.worker()).put("binding", c.binding()).put("use", c.use())
                    .put("location", c.location().toString());
        }
        n.put("fix", f.fix());
        n.put("fingerprint", f.fingerprint());
        n.put("cleanup", f.cleanup());
        n.put("accept", f.acceptEntry());
        return n;
    }

    private static void location(ObjectNode n, String key, SourceLocation loc) {
        if (loc == null) {
            n.putNull(key);
        } else {
            n.putObject(key).put("file", loc.file()).put("line", loc.line()).put("column", loc.column());
        }
    }
}
