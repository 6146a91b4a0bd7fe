package dev.bindery.runtime.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The behaviours that a worker's {@code compatibility_date} and {@code compatibility_flags}
 * switch, as workerd decides them.
 */
public record Compatibility(boolean rpc, boolean legacyHttpShortcuts, boolean enhancedErrors, boolean ctxExports,
    boolean dupStubs, boolean experimental, boolean toStringTag, boolean fetchStandardUrl) {

  public static Compatibility of(String date, List<String> flags) {
    String d = date == null ? "2021-01-01" : date;
    return new Compatibility(
        on(d, "2024-04-03", flags, "rpc", "no_rpc"),
        !on(d, "2024-03-26", flags, "fetcher_no_get_put_delete", "fetcher_has_get_put_delete"),
        on(d, "2026-04-21", flags, "enhanced_error_serialization", "legacy_error_serialization"),
        on(d, "2025-11-17", flags, "enable_ctx_exports", "disable_ctx_exports"),
        on(d, "2026-01-20", flags, "rpc_params_dup_stubs", "rpc_params_transfer_stubs"),
        flags.contains("experimental"),
        on(d, "2024-09-26", flags, "set_tostring_tag", "do_not_set_tostring_tag"),
        on(d, "2024-06-03", flags, "fetch_standard_url", "fetch_legacy_url"));
  }

  /** One of workerd's flags: its enable flag, its disable flag (or null), the date it became the default (or null). */
  private record Flag(String enable, String disable, String since) {}

  private static final Map<String, Flag> FLAGS = readFlags();

  private static Map<String, Flag> readFlags() {
    Map<String, Flag> flags = new HashMap<>();
    try (var in = Compatibility.class.getResourceAsStream("compat-flags.txt");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.trim().split(" ");
        Flag flag = new Flag(f[0], f[1].equals("-") ? null : f[1], f[2].equals("-") ? null : f[2]);
        flags.put(flag.enable(), flag);
        if (flag.disable() != null) {
          flags.put(flag.disable(), flag);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return flags;
  }

  /**
   * Why workerd would refuse to start a worker with these flags (checked on workerd), or null: a
   * flag given twice, an unknown flag, both flags of a pair, or an enable flag that the date
   * already implies.
   */
  public static String problem(String date, List<String> flags) {
    String d = date == null ? "2021-01-01" : date;
    Set<String> seen = new HashSet<>();
    for (String name : flags) {
      if (!seen.add(name)) {
        return "Compatibility flag specified multiple times: " + name;
      }
    }
    for (String name : flags) {
      Flag flag = FLAGS.get(name);
      if (flag == null) {
        return "No such compatibility flag: " + name;
      }
      if (name.equals(flag.enable()) && flag.disable() != null && seen.contains(flag.disable())) {
        return "Compatibility flags are mutually contradictory: " + flag.enable() + " vs " + flag.disable();
      }
      if (name.equals(flag.enable()) && flag.since() != null && d.compareTo(flag.since()) >= 0) {
        return "The compatibility flag " + name + " became the default as of " + flag.since()
            + " so does not need to be specified anymore.";
      }
    }
    return null;
  }

  private static boolean on(String date, String since, List<String> flags, String enable, String disable) {
    if (flags.contains(disable)) {
      return false;
    }
    return flags.contains(enable) || date.compareTo(since) >= 0;
  }
}
