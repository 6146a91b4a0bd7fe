package dev.bindery.contract.internal;

public final class CallerVerifier {
    public java.util.List<dev.bindery.contract.Finding> verify(dev.bindery.contract.CallerUsage caller, java.util.Collection<dev.bindery.contract.Surface> deployed) {
        throw new UnsupportedOperationException("CallerVerifier");
    }
}
