package dev.bindery.contract;

import dev.bindery.contract.internal.cli.CliCommands;
import java.io.PrintStream;

/**
 * The {@code bindery contract}, {@code bindery verify-compat} and {@code bindery plan} commands.
 * <pre>
 * contract &lt;wrangler config&gt;... [--out FILE]
 * verify-compat &lt;wrangler config&gt;... --baseline &lt;snapshot-or-dir&gt; [--callers &lt;config&gt;...]
 *               [--format text|json|markdown|sarif|github|junit] [--fail-on BREAKING|DANGEROUS]
 *               [--accepted FILE] [--disable RULE_ID,...] [--out FILE]
 * plan &lt;wrangler config&gt;... [--baseline &lt;snapshot-or-dir&gt;] [--format text|json|markdown]
 * list-rules [--format text|json|markdown]
 * </pre>
 * Exit codes (buf's split): 0 success, 100 findings at or above {@code --fail-on}, 1 a tool fault (bad input),
 * 2 wrong usage.
 */
public final class ContractCli {

    /** Success. */
    public static final int OK = 0;
    /** A tool fault: a file that does not parse, a missing config, a corrupt snapshot. */
    public static final int ERROR = 1;
    /** Wrong command-line usage. */
    public static final int USAGE = 2;
    /** Findings at or above the {@code --fail-on} threshold. */
    public static final int FINDINGS = 100;

    private ContractCli() {
    }

    /**
     * Runs one command. Never calls {@code System.exit}.
     *
     * @param args command name then its arguments
     * @param out  where reports go
     * @param err  where errors and usage go
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new CliCommands(out, err).run(args);
    }
}
