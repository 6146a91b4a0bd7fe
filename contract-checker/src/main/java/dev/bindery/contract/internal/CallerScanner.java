package dev.bindery.contract.internal;

public final class CallerScanner {
    public dev.bindery.contract.CallerUsage scan(java.nio.file.Path config) {
        throw new UnsupportedOperationException("CallerScanner");
    }
}
