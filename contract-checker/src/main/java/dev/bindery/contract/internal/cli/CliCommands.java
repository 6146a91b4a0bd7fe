package dev.bindery.contract.internal.cli;

import dev.bindery.contract.AcceptedChanges;
import dev.bindery.contract.CallerUsage;
import dev.bindery.contract.ContractChecker;
import dev.bindery.contract.ContractCli;
import dev.bindery.contract.ContractException;
import dev.bindery.contract.Finding;
import dev.bindery.contract.ReportFormat;
import dev.bindery.contract.Reports;
import dev.bindery.contract.RolloutPlan;
import dev.bindery.contract.Rule;
import dev.bindery.contract.RuleCatalog;
import dev.bindery.contract.Severity;
import dev.bindery.contract.Surface;
import dev.bindery.contract.SurfaceJson;
import dev.bindery.contract.Verdict;
import dev.bindery.contract.internal.AtomicFiles;
import dev.bindery.contract.internal.Policy;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The commands behind {@link ContractCli}. */
public final class CliCommands {

    static final String USAGE = """
            Usage:
              bindery contract <wrangler config>... [--out FILE]
                  Print (or write) the RPC surface snapshot of each worker.
              bindery verify-compat <wrangler config>... --baseline <snapshot-or-dir>
                      [--callers <wrangler config>...] [--format text|json|markdown|sarif|github|junit]
                      [--fail-on BREAKING|DANGEROUS] [--accepted FILE] [--disable RULE_ID,...] [--out FILE]
                  Check that deploying these workers is safe for their callers and against their callees.
              bindery plan <wrangler config>... [--baseline <snapshot-or-dir>] [--format text|json|markdown]
                  Order the deploys callees-first and give each step its verdict.
              bindery list-rules [--format text|json|markdown]
                  Print the rule catalog.
            Exit codes: 0 ok, 100 findings at or above --fail-on, 1 bad input, 2 wrong usage.
            """;

    private final PrintStream out;
    private final PrintStream err;

    public CliCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? ContractCli.USAGE : ContractCli.OK;
        }
        try {
            Args a = Args.parse(args);
            if (a.flag("help")) {
                out.print(USAGE);
                return ContractCli.OK;
            }
            return switch (args[0]) {
                case "contract" -> contract(a);
                case "verify-compat" -> verify(a);
                case "plan" -> plan(a);
                case "list-rules" -> listRules(a);
                default -> throw new Args.UsageException("unknown command '" + args[0]
                        + "'. Commands: contract, verify-compat, plan, list-rules.");
            };
        } catch (Args.UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return ContractCli.USAGE;
        } catch (ContractException e) {
            err.println("error: " + e.getMessage());
            return ContractCli.ERROR;
        }
    }

    private int contract(Args a) {
        List<Path> configs = a.positionalPaths("contract");
        ContractChecker checker = ContractChecker.create();
        List<Surface> surfaces = configs.stream().map(checker::extract).toList();
        Optional<String> target = a.value("out");
        if (target.isPresent()) {
            SurfaceJson.write(surfaces, Path.of(target.get()));
        } else {
            out.print(SurfaceJson.write(surfaces));
        }
        return ContractCli.OK;
    }

    private int verify(Args a) {
        List<Path> configs = a.positionalPaths("verify-compat");
        String baseline = a.value("baseline").orElseThrow(() -> new Args.UsageException(
                "verify-compat needs --baseline <snapshot-or-dir>."));
        ReportFormat format = ReportFormat.parse(a.value("format").orElse("text"));
        Severity failOn = Severity.parse(a.value("fail-on").orElse("BREAKING"));
        ContractChecker checker = checker(a);
        List<Surface> deployed = SurfaceJson.read(Path.of(baseline));
        List<CallerUsage> callers = a.values("callers").isEmpty() ? null
                : checker.scanCallers(a.values("callers").stream().map(Path::of).toList());
        List<Finding> findings = new ArrayList<>();
        List<Finding> accepted = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path config : configs) {
            Surface candidate = checker.extract(config);
            names.add(candidate.worker());
            Optional<Surface> before = deployed.stream().filter(s -> s.worker().equals(candidate.worker())).findFirst();
            if (before.isPresent()) {
                Verdict v = checker.verifyCalleeDeploy(before.get(), candidate, callers);
                findings.addAll(v.findings());
                accepted.addAll(v.suppressed());
            }
            Verdict asCaller = checker.verifyCallerDeploy(checker.scanCaller(config), deployed);
            findings.addAll(asCaller.findings());
            accepted.addAll(asCaller.suppressed());
        }
        findings.sort(Policy.ORDER);
        accepted.sort(Policy.ORDER);
        Verdict verdict = new Verdict("deploy " + String.join(", ", names), findings, accepted);
        emit(a, Reports.render(verdict, format));
        return verdict.failsAt(failOn) ? ContractCli.FINDINGS : ContractCli.OK;
    }

    private int plan(Args a) {
        List<Path> configs = a.positionalPaths("plan");
        ReportFormat format = ReportFormat.parse(a.value("format").orElse("text"));
        Severity failOn = Severity.parse(a.value("fail-on").orElse("BREAKING"));
        List<Surface> deployed = a.value("baseline").map(b -> SurfaceJson.read(Path.of(b))).orElse(List.of());
        RolloutPlan plan = checker(a).plan(configs, deployed);
        emit(a, Reports.render(plan, format));
        return plan.isSafe(failOn) ? ContractCli.OK : ContractCli.FINDINGS;
    }

    private int listRules(Args a) {
        ReportFormat format = ReportFormat.parse(a.value("format").orElse("text"));
        String text = switch (format) {
            case MARKDOWN -> RuleCatalog.markdown();
            case JSON -> RuleList.json();
            default -> RuleList.text();
        };
        emit(a, text);
        return ContractCli.OK;
    }

    private ContractChecker checker(Args a) {
        ContractChecker.Builder builder = ContractChecker.builder();
        for (String ids : a.values("disable")) {
            builder.disableRules(List.of(ids.split(",")));
        }
        a.value("accepted").ifPresent(f -> builder.acceptedChanges(AcceptedChanges.load(Path.of(f))));
        return builder.build();
    }

    private void emit(Args a, String text) {
        Optional<String> target = a.value("out");
        if (target.isPresent()) {
            AtomicFiles.write(Path.of(target.get()), text);
        } else {
            out.print(text);
        }
    }

    /** The rule list for {@code list-rules}. */
    static final class RuleList {
        private RuleList() {
        }

        static String text() {
            StringBuilder sb = new StringBuilder();
            for (Rule r : RuleCatalog.all()) {
                sb.append(String.format("%-32s %-9s %-10s %s%n", r.id(), r.severity(), r.category(), r.purpose()));
            }
            return sb.toString();
        }

        static String json() {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            var root = mapper.createObjectNode().put("version", RuleCatalog.VERSION);
            var list = root.putArray("rules");
            for (Rule r : RuleCatalog.all()) {
                list.addObject().put("id", r.id()).put("severity", r.severity().name())
                        .put("category", r.category().name()).put("purpose", r.purpose()).put("fix", r.fix())
                        .putPOJO("impacts", r.impacts().stream().sorted().map(Enum::name).toList());
            }
            return root.toPrettyString() + "\n";
        }
    }
}
