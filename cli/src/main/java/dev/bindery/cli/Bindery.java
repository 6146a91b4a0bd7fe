package dev.bindery.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The {@code bindery} command: {@code bindery dev -c a/wrangler.jsonc -c b/wrangler.toml}, and
 * the contract commands. This is the only place that prints to the console directly.
 */
public final class Bindery {

  private Bindery() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != DevCommand.KEEP_RUNNING) {
      System.exit(code);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
      out.print(usage());
      return args.length == 0 ? 2 : 0;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "dev":
        return new DevCommand(out, err).run(rest);
      case "fetch":
        return new FetchCommand(out, err).run(rest);
      default:
        return ContractCommands.run(args[0], rest, out, err).orElseGet(() -> {
          err.println("bindery: unknown command \"" + args[0] + "\".");
          err.print(usage());
          return 2;
        });
    }
  }

  static String usage() {
    return """
        Usage: bindery <command> [options]

        Commands:
          dev -c <wrangler config> [-c <config>...] [--port 8787] [--host 127.0.0.1] [--env <name>] [--limits=on|off]
                Runs the workers locally, like `wrangler dev -c a -c b`: the first config is served over
                HTTP, the others are reachable only through service bindings.
          fetch -c <config> [-c <config>...] [METHOD] [PATH] [--quiet] [--limits=off]
                Starts the workers, sends one request to the first, prints the response and exits.
        """ + ContractCommands.usage();
  }
}
