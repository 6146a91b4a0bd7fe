package dev.bindery.cli;

import dev.bindery.contract.ContractCli;
import java.io.PrintStream;
import java.util.Optional;
import java.util.Set;

/** Dispatches the contract-checker commands to {@link ContractCli}. */
final class ContractCommands {

  private static final Set<String> COMMANDS = Set.of("contract", "verify-compat", "plan", "list-rules");

  private ContractCommands() {}

  static Optional<Integer> run(String command, String[] args, PrintStream out, PrintStream err) {
    if (!COMMANDS.contains(command)) {
      return Optional.empty();
    }
    String[] all = new String[args.length + 1];
    all[0] = command;
    System.arraycopy(args, 0, all, 1, args.length);
    return Optional.of(ContractCli.run(all, out, err));
  }

  static String usage() {
    return """
          contract <wrangler config>... [--out FILE]
                Prints (or writes) each worker's RPC surface as a versioned JSON snapshot.
          verify-compat <wrangler config>... --baseline <snapshot-or-dir> [--callers <config>...]
                [--format text|json|markdown|sarif|github|junit] [--fail-on BREAKING|DANGEROUS]
                Judges a deploy against the deployed baseline and the callers that use it.
          plan <wrangler config>... [--baseline <snapshot-or-dir>]
                Prints the order to deploy the workers in (callees first) and each step's verdict.
          list-rules [--format text|json|markdown]
                The rule catalog.
        """;
  }
}
