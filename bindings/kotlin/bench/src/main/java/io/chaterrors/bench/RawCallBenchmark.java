package io.chaterrors.bench;

import io.chaterrors.uniffi.Chat_errors_bindingsKt;
import io.chaterrors.uniffi.ErrorEntry;
import io.chaterrors.uniffi.Space;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** One raw UniFFI lookup: a call over JNA that decodes a record (what the idiomatic layer avoids). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class RawCallBenchmark {
    /** The raw lookup of web 508. */
    @Benchmark
    public ErrorEntry rawUniffiLookup() {
        return Chat_errors_bindingsKt.lookup(Space.WEB, 508);
    }
}
