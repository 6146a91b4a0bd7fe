package dev.bindery.cli;

import java.io.PrintStream;
import java.util.Optional;

/** Dispatches the contract-checker commands (contract, verify-compat, plan) when they are present. */
final class ContractCommands {

  private ContractCommands() {}

  static Optional<Integer> run(String command, String[] args, PrintStream out, PrintStream err) {
    return Optional.empty();
  }

  static String usage() {
    return "";
  }
}
