package dev.bindery.contract.internal.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bindery.contract.Finding;
import dev.bindery.contract.Rule;
import dev.bindery.contract.RuleCatalog;
import dev.bindery.contract.SourceLocation;
import dev.bindery.contract.Verdict;

/** SARIF 2.1.0; {@code rules[]} comes from the catalog. */
final class SarifReport implements ReportRenderer {

    @Override
    public String render(Verdict verdict) {
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "bindery-contract-checker");
        driver.put("version", RuleCatalog.VERSION);
        ArrayNode rules = driver.putArray("rules");
        for (Rule r : RuleCatalog.all()) {
            ObjectNode rn = rules.addObject();
            rn.put("id", r.id());
            rn.putObject("shortDescription").put("text", r.purpose());
            rn.putObject("help").put("text", r.fix());
            rn.putObject("defaultConfiguration").put("level", level(r.severity()));
            rn.putObject("properties").put("category", r.category().name());
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : verdict.findings()) {
            ObjectNode res = results.addObject();
            res.put("ruleId", f.rule().id());
            res.put("ruleIndex", RuleCatalog.all().indexOf(f.rule()));
            res.put("level", level(f.severity()));
            res.putObject("message").put("text", f.message() + " Fix: " + f.fix());
            SourceLocation loc = f.primaryLocation();
            if (loc != null) {
                ObjectNode phys = res.putArray("locations").addObject().putObject("physicalLocation");
                phys.putObject("artifactLocation").put("uri", loc.file());
                if (loc.line() > 0) {
                    ObjectNode region = phys.putObject("region").put("startLine", loc.line());
                    if (loc.column() > 0) {
                        region.put("startColumn", loc.column());
                    }
                }
            }
            res.putObject("partialFingerprints").put("binderyContract/v1", f.fingerprint());
        }
        return root.toPrettyString() + "\n";
    }

    private static String level(dev.bindery.contract.Severity s) {
        return switch (s) {
            case BREAKING -> "error";
            case DANGEROUS -> "warning";
            case SAFE -> "note";
        };
    }
}
