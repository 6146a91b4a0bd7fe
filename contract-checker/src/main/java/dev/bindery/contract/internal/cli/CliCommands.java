package dev.bindery.contract.internal.cli;

import java.io.PrintStream;

/** Dispatches CLI commands. */
public final class CliCommands {
    private final PrintStream out;
    private final PrintStream err;

    public CliCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        err.println("not implemented yet");
        return 1;
    }
}
