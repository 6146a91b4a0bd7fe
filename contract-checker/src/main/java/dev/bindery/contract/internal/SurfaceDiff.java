package dev.bindery.contract.internal;

public final class SurfaceDiff {
    public java.util.List<dev.bindery.contract.Finding> diff(dev.bindery.contract.Surface o, dev.bindery.contract.Surface n) {
        throw new UnsupportedOperationException("SurfaceDiff");
    }
}
