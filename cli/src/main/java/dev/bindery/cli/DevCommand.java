package dev.bindery.cli;

import dev.bindery.runtime.ConfigException;
import dev.bindery.runtime.DevServer;
import dev.bindery.runtime.WorkerConfig;
import dev.bindery.runtime.WorkerException;
import dev.bindery.runtime.WorkerGroup;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code bindery dev}: serves a worker group over HTTP until Ctrl-C. */
final class DevCommand {

  /** Returned when the server runs on in the background and main must not exit. */
  static final int KEEP_RUNNING = -1;

  private final PrintStream out;
  private final PrintStream err;

  DevCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(String[] args) {
    List<Path> configs = new ArrayList<>();
    String host = "127.0.0.1";
    int port = 8787;
    String env = null;
    boolean limits = true;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      try {
        switch (a) {
          case "-c", "--config" -> configs.add(Path.of(value(args, ++i, a)));
          case "--port" -> port = Integer.parseInt(value(args, ++i, a));
          case "--host", "--ip" -> host = value(args, ++i, a);
          case "--env", "-e" -> env = value(args, ++i, a);
          case "--limits=on" -> limits = true;
          case "--limits=off" -> limits = false;
          default -> {
            err.println("bindery dev: unknown option \"" + a + "\". Options: -c <config>, --port <n>, --host <ip>, "
                + "--env <name>, --limits=on|off");
            return 2;
          }
        }
      } catch (NumberFormatException e) {
        err.println("bindery dev: --port takes a number, got \"" + args[i] + "\"");
        return 2;
      } catch (IllegalArgumentException e) {
        err.println("bindery dev: " + e.getMessage());
        return 2;
      }
    }
    if (configs.isEmpty()) {
      err.println("bindery dev: no config given. Name each worker's wrangler config with -c, the served one first: "
          + "bindery dev -c a/wrangler.jsonc -c b/wrangler.jsonc");
      return 2;
    }
    return serve(configs, host, port, env, limits);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private int serve(List<Path> configs, String host, int port, String env, boolean limits) {
    WorkerGroup.Builder builder = WorkerGroup.builder().env(env).onConsole(out::println);
    configs.forEach(builder::config);
    DevServer server;
    try {
      server = DevServer.start(builder, host, port);
    } catch (ConfigException | WorkerException e) {
      err.println("bindery dev: " + e.getMessage());
      return 1;
    } catch (IOException | RuntimeException e) {
      err.println("bindery dev: " + e.getMessage());
      return 1;
    }
    for (String line : server.bindingReport()) {
      out.println(line);
    }
    for (var w : server.group().workers()) {
      WorkerConfig c = w.config();
      c.notices().forEach(n -> out.println("[" + c.name() + "] note: " + n));
      c.unsupportedBindings().forEach(u -> out.println("[" + c.name() + "] warning: " + u.describe()));
    }
    if (!limits) {
      out.println("Production limits are off (--limits=off): like local workerd, no invocation or subrequest limits.");
    }
    out.println("Ready on " + server.url());
    out.flush();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      out.println("Shutting down.");
      out.flush();
      server.close();
    }, "bindery-shutdown"));
    return KEEP_RUNNING;
  }
}
