package dev.bindery.contract.internal;

import dev.bindery.contract.ContractChecker;
import dev.bindery.contract.RolloutPlan;
import dev.bindery.contract.Surface;
import java.nio.file.Path;
import java.util.Collection;

public final class Planner {
    private final ContractChecker checker;

    public Planner(ContractChecker checker) {
        this.checker = checker;
    }

    public RolloutPlan plan(Collection<Path> configs, Collection<Surface> deployed) {
        throw new UnsupportedOperationException("Planner");
    }
}
