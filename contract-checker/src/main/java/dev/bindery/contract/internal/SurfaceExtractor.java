package dev.bindery.contract.internal;

public final class SurfaceExtractor {
    public dev.bindery.contract.Surface extract(java.nio.file.Path config) {
        throw new UnsupportedOperationException("SurfaceExtractor");
    }
}
