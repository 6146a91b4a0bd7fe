package dev.bindery.cli;

import dev.bindery.runtime.BindingStatus;
import dev.bindery.runtime.ConfigException;
import dev.bindery.runtime.Limits;
import dev.bindery.runtime.WorkerException;
import dev.bindery.runtime.WorkerGroup;
import dev.bindery.runtime.WorkerRequest;
import dev.bindery.runtime.WorkerResponse;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bindery fetch -c a -c b [--quiet] [--limits=off] [METHOD] PATH}: starts the group, sends one request to the
 * entry worker, prints the response and stops. For scripts, smoke tests and cold-start timing.
 */
final class FetchCommand {

  private final PrintStream out;
  private final PrintStream err;

  FetchCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(String[] args) {
    List<Path> configs = new ArrayList<>();
    List<String> positional = new ArrayList<>();
    boolean quiet = false;
    boolean limits = true;
    String env = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "-c", "--config" -> {
          if (++i >= args.length) {
            err.println("bindery fetch: -c needs a wrangler config path");
            return 2;
          }
          configs.add(Path.of(args[i]));
        }
        case "--env", "-e" -> {
          if (++i >= args.length) {
            err.println("bindery fetch: --env needs a name");
            return 2;
          }
          env = args[i];
        }
        case "--quiet", "-q" -> quiet = true;
        case "--limits=on" -> limits = true;
        case "--limits=off" -> limits = false;
        default -> {
          if (args[i].startsWith("-")) {
            err.println("bindery fetch: unknown option " + args[i] + " (options: -c <config>, --env <name>, --quiet, "
                + "--limits=on|off)");
            return 2;
          }
          positional.add(args[i]);
        }
      }
    }
    if (configs.isEmpty() || positional.size() > 2) {
      err.println("Usage: bindery fetch -c <config> [-c <config>...] [--limits=off] [METHOD] [PATH]   e.g. bindery fetch -c a/wrangler.jsonc "
          + "-c b/wrangler.jsonc GET /");
      return 2;
    }
    String method = positional.size() == 2 ? positional.get(0).toUpperCase(java.util.Locale.ROOT) : "GET";
    String path = positional.isEmpty() ? "/" : positional.get(positional.size() - 1);
    WorkerGroup.Builder builder = WorkerGroup.builder().env(env).onConsole(out::println)
        .limits(limits ? Limits.production() : Limits.off());
    configs.forEach(builder::config);
    try (WorkerGroup group = builder.build()) {
      if (!quiet) {
        for (BindingStatus b : group.bindings()) {
          out.println(b);
        }
      }
      WorkerResponse r = group.fetch(new WorkerRequest(method, "http://localhost" + (path.startsWith("/") ? path : "/" + path),
          null, null));
      if (!quiet) {
        out.println(method + " " + path + " -> " + r.status() + (r.statusText().isEmpty() ? "" : " " + r.statusText()));
      }
      out.println(r.bodyText());
      return r.status() < 400 ? 0 : 1;
    } catch (ConfigException | WorkerException e) {
      err.println("bindery fetch: " + e.getMessage());
      return 1;
    }
  }
}
