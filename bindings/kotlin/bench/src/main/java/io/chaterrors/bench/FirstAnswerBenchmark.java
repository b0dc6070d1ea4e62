package io.chaterrors.bench;

import io.chaterrors.ChatErrors;
import io.chaterrors.uniffi.ErrorEntry;
import io.chaterrors.uniffi.Space;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The first answer in a fresh JVM, ChatErrors.lookup(WEB, 508) (the library loaded from
 * the extraction cache and checked, the web space's codes and the entry read over JNI,
 * the entry decoded), against the same lookup in LiteralCatalog, the catalog as Kotlin
 * literals (built on its first use). One shot per fork, with nothing of either touched
 * before it; the report compares the medians. Also the library's first answer with an
 * empty cache (a machine's first run of a library: the library extracted from the jar).
 */
@Fork(15)
public class FirstAnswerBenchmark extends SingleShotBenchmark {
    /** A home of its own, with an empty cache (XDG_CACHE_HOME unset), removed after the shot. */
    @State(Scope.Thread)
    public static class EmptyCache {
        private File home;

        /** Points user.home at a new folder. */
        @Setup(Level.Trial)
        public void emptyHome() {
            home = new File(System.getProperty("java.io.tmpdir"), "chat-errors-bench-" + System.nanoTime());
            home.mkdirs();
            System.setProperty("user.home", home.getPath());
        }

        /** Removes it. */
        @TearDown(Level.Trial)
        public void remove() throws IOException {
            try (Stream<Path> files = Files.walk(home.toPath())) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** The library's first lookup of the process. */
    @Benchmark
    public ErrorEntry firstAnswer() {
        return ChatErrors.INSTANCE.lookup(Space.WEB, 508);
    }

    /** The library's first lookup of the process, the library not in the cache yet. */
    @Benchmark
    public ErrorEntry firstAnswerEmptyCache(EmptyCache cache) {
        return ChatErrors.INSTANCE.lookup(Space.WEB, 508);
    }

    /** The pure-Kotlin table's first lookup of the process. */
    @Benchmark
    public ErrorEntry literalFirstAnswer() {
        return LiteralCatalog.INSTANCE.lookup(Space.WEB, 508);
    }
}
