package io.chaterrors.bench;

import io.chaterrors.uniffi.Chat_errors_bindingsKt;
import io.chaterrors.uniffi.ErrorEntry;
import io.chaterrors.uniffi.Space;
import org.openjdk.jmh.annotations.Benchmark;

/** One raw UniFFI lookup: a call over JNA that decodes a record (what the idiomatic layer avoids). */
public class RawCallBenchmark extends SteadyStateBenchmark {
    /** The raw lookup of web 508. */
    @Benchmark
    public ErrorEntry rawUniffiLookup() {
        return Chat_errors_bindingsKt.lookup(Space.WEB, 508);
    }
}
