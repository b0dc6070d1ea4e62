package io.chaterrors.bench;

import io.chaterrors.ChatErrors;
import io.chaterrors.uniffi.ErrorEntry;
import io.chaterrors.uniffi.Space;

/**
 * Checks that LiteralCatalog holds every entry of the library, equal to it
 * (scripts/bench-bindings.sh runs it before the benchmarks). Exits 1 on the
 * first entry that differs.
 */
public final class LiteralCheck {
    private LiteralCheck() {}

    public static void main(String[] args) {
        int checked = 0;
        for (Space space : Space.values()) {
            for (ErrorEntry entry : ChatErrors.INSTANCE.entries(space)) {
                if (!entry.equals(LiteralCatalog.INSTANCE.lookup(space, entry.getCode()))) {
                    System.err.println("LiteralCatalog differs from the library at " + space + " " + entry.getCode());
                    System.exit(1);
                }
                checked++;
            }
        }
        System.err.println("LiteralCatalog equals the library's " + checked + " entries");
    }
}
