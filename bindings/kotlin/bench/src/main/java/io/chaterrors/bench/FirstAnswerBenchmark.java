package io.chaterrors.bench;

import io.chaterrors.ChatErrors;
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

/**
 * The first answer in a fresh JVM: ChatErrors.lookup(WEB, 508), including JNA's start,
 * the library load and the one-time load of the web tables. One shot per fork, with
 * nothing of the library touched before it.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class FirstAnswerBenchmark {
    /** The first lookup of the process. */
    @Benchmark
    public ErrorEntry firstAnswer() {
        return ChatErrors.INSTANCE.lookup(Space.WEB, 508);
    }
}
