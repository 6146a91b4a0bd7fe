package dev.bindery.contract.internal;

public final class CalleeVerifier {
    public java.util.List<dev.bindery.contract.Finding> verify(java.util.List<dev.bindery.contract.Finding> raw, String worker, java.util.Collection<dev.bindery.contract.CallerUsage> callers) {
        throw new UnsupportedOperationException("CalleeVerifier");
    }
}
