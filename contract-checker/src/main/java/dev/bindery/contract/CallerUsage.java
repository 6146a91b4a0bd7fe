package dev.bindery.contract;

import java.util.List;
import java.util.Optional;

/**
 * What one caller worker uses of its service bindings.
 *
 * @param worker            the caller's {@code name}
 * @param config            the caller's wrangler config file
 * @param compatibilityDate the caller's {@code compatibility_date}, or {@code null}
 * @param bindings          its {@code services} entries, by binding name
 * @param uses              uses found in its sources, by file and position
 */
public record CallerUsage(String worker, String config, String compatibilityDate, List<ServiceBinding> bindings,
                          List<BindingUse> uses) {

    public CallerUsage {
        bindings = List.copyOf(bindings);
        uses = List.copyOf(uses);
    }

    /** The binding with this name. */
    public Optional<ServiceBinding> binding(String name) {
        return bindings.stream().filter(b -> b.binding().equals(name)).findFirst();
    }
}
