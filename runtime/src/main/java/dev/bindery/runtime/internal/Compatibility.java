package dev.bindery.runtime.internal;

import java.util.List;

/**
 * The behaviours that a worker's {@code compatibility_date} and {@code compatibility_flags}
 * switch, as workerd decides them.
 */
public record Compatibility(boolean rpc, boolean legacyHttpShortcuts, boolean enhancedErrors, boolean ctxExports,
    boolean dupStubs, boolean experimental, boolean toStringTag) {

  public static Compatibility of(String date, List<String> flags) {
    String d = date == null ? "2021-01-01" : date;
    return new Compatibility(
        on(d, "2024-04-03", flags, "rpc", "no_rpc"),
        !on(d, "2024-03-26", flags, "fetcher_no_get_put_delete", "fetcher_has_get_put_delete"),
        on(d, "2026-04-21", flags, "enhanced_error_serialization", "legacy_error_serialization"),
        on(d, "2025-11-17", flags, "enable_ctx_exports", "disable_ctx_exports"),
        on(d, "2026-01-20", flags, "rpc_params_dup_stubs", "rpc_params_transfer_stubs"),
        flags.contains("experimental"),
        on(d, "2024-09-26", flags, "set_tostring_tag", "do_not_set_tostring_tag"));
  }

  private static boolean on(String date, String since, List<String> flags, String enable, String disable) {
    if (flags.contains(disable)) {
      return false;
    }
    return flags.contains(enable) || date.compareTo(since) >= 0;
  }
}
