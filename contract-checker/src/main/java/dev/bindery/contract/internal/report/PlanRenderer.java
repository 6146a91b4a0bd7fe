package dev.bindery.contract.internal.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bindery.contract.ReportFormat;
import dev.bindery.contract.RolloutPlan;

/** Renders a rollout plan: text, JSON or Markdown; other formats concatenate each step's verdict. */
public final class PlanRenderer {

    private PlanRenderer() {
    }

    public static String render(RolloutPlan plan, ReportFormat format) {
        return switch (format) {
            case JSON -> json(plan);
            case MARKDOWN -> markdown(plan);
            case TEXT -> text(plan);
            default -> {
                StringBuilder sb = new StringBuilder();
                plan.steps().forEach(s -> sb.append(ReportRenderer.forFormat(format).render(s.verdict())));
                yield sb.toString();
            }
        };
    }

    private static String text(RolloutPlan plan) {
        StringBuilder sb = new StringBuilder("Rollout plan (deploy in this order):\n");
        for (RolloutPlan.Step s : plan.steps()) {
            sb.append(s.order()).append(". ").append(s.worker())
                    .append(s.callees().isEmpty() ? "" : " (calls " + String.join(", ", s.callees()) + ")")
                    .append(": ").append(TextReport.summary(s.verdict())).append('\n');
        }
        for (var cycle : plan.cycles()) {
            sb.append("cycle: ").append(String.join(" <-> ", cycle))
                    .append(" call each other; keep both directions compatible\n");
        }
        for (RolloutPlan.Step s : plan.steps()) {
            if (!s.verdict().findings().isEmpty()) {
                sb.append("\n").append(new TextReport().render(s.verdict()));
            }
        }
        return sb.toString();
    }

    private static String markdown(RolloutPlan plan) {
        StringBuilder sb = new StringBuilder("### Rollout plan\n\n| # | Worker | Calls | Verdict |\n| --- | --- | --- | --- |\n");
        for (RolloutPlan.Step s : plan.steps()) {
            sb.append("| ").append(s.order()).append(" | `").append(s.worker()).append("` | ")
                    .append(String.join(", ", s.callees())).append(" | ").append(TextReport.summary(s.verdict()))
                    .append(" |\n");
        }
        for (var cycle : plan.cycles()) {
            sb.append("\n:warning: cycle: ").append(String.join(" <-> ", cycle)).append('\n');
        }
        for (RolloutPlan.Step s : plan.steps()) {
            if (!s.verdict().findings().isEmpty()) {
                sb.append('\n').append(new MarkdownReport().render(s.verdict()));
            }
        }
        return sb.toString();
    }

    private static String json(RolloutPlan plan) {
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        ArrayNode steps = root.putArray("steps");
        for (RolloutPlan.Step s : plan.steps()) {
            ObjectNode n = steps.addObject();
            n.put("order", s.order()).put("worker", s.worker()).put("config", s.config());
            n.putPOJO("callees", s.callees());
            n.set("verdict", JsonReport.tree(s.verdict()));
        }
        ArrayNode cycles = root.putArray("cycles");
        plan.cycles().forEach(c -> cycles.addPOJO(c));
        return root.toPrettyString() + "\n";
    }
}
