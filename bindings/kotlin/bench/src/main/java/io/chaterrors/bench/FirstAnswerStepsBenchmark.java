package io.chaterrors.bench;

import io.chaterrors.NativeCatalog;
import io.chaterrors.uniffi.Space;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Two steps of the library's first answer, each one shot in fresh JVMs of its own. They
 * call NativeCatalog, internal to the Kotlin module (public to Java), which an app never does.
 */
@Fork(10)
public class FirstAnswerStepsBenchmark extends SingleShotBenchmark {
    /** The library loaded and checked before the shot. */
    @State(Scope.Thread)
    public static class Loaded {
        /** Loads it. */
        @Setup(Level.Trial)
        public void load() {
            NativeCatalog.INSTANCE.ensureLoaded();
        }
    }

    /** libchat_errors loaded (from the extraction cache) and checked (two JNI calls). */
    @Benchmark
    public void libraryLoad() {
        NativeCatalog.INSTANCE.ensureLoaded();
    }

    /** The first JNI calls of a lookup: the web space's codes and one entry, as bytes. */
    @Benchmark
    public byte[] firstJniCalls(Loaded loaded) {
        NativeCatalog.INSTANCE.codes(Space.WEB);
        return NativeCatalog.INSTANCE.entry(Space.WEB, 0);
    }
}
