package io.chaterrors.bench;

import io.chaterrors.ChatErrors;
import io.chaterrors.uniffi.Chat_errors_bindingsKt;
import io.chaterrors.uniffi.ErrorEntry;
import io.chaterrors.uniffi.Space;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Lookups through the Kotlin library's idiomatic layer against a plain HashMap of the
 * same entries, measured in the same run (the report is their ratio), and the raw
 * UniFFI call. Every operation cycles over every code or name of both spaces.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class LookupBenchmark {
    private Space[] spaces;
    private int[] codes;
    private String[] names;
    private int queries;
    private Map<Space, Map<Integer, ErrorEntry>> baselineByCode;
    private Map<Space, Map<String, ErrorEntry>> baselineByName;

    /** The queries (every entry of both spaces) and the HashMap baselines. */
    @Setup(Level.Trial)
    public void setUp() {
        List<ErrorEntry> all = new ArrayList<>();
        baselineByCode = new HashMap<>();
        baselineByName = new HashMap<>();
        for (Space space : Space.values()) {
            Map<Integer, ErrorEntry> byCode = new HashMap<>();
            Map<String, ErrorEntry> byName = new HashMap<>();
            for (ErrorEntry entry : ChatErrors.INSTANCE.entries(space)) {
                all.add(entry);
                byCode.put(entry.getCode(), entry);
                byName.put(entry.getName(), entry);
            }
            baselineByCode.put(space, byCode);
            baselineByName.put(space, byName);
        }
        queries = all.size();
        spaces = new Space[queries];
        codes = new int[queries];
        names = new String[queries];
        for (int i = 0; i < queries; i++) {
            spaces[i] = all.get(i).getSpace();
            codes[i] = all.get(i).getCode();
            names[i] = all.get(i).getName();
        }
    }

    /** ChatErrors.lookup(space, code) over every code. */
    @Benchmark
    @OperationsPerInvocation(1024)
    public void lookupByCode(Blackhole sink) {
        for (int i = 0; i < 1024; i++) {
            int q = i % queries;
            sink.consume(ChatErrors.INSTANCE.lookup(spaces[q], codes[q]));
        }
    }

    /** The baseline: HashMap&lt;Integer, ErrorEntry&gt; per space, same queries. */
    @Benchmark
    @OperationsPerInvocation(1024)
    public void hashMapByCode(Blackhole sink) {
        for (int i = 0; i < 1024; i++) {
            int q = i % queries;
            sink.consume(baselineByCode.get(spaces[q]).get(codes[q]));
        }
    }

    /** ChatErrors.lookup(space, name) over every name (ASCII case-insensitive). */
    @Benchmark
    @OperationsPerInvocation(1024)
    public void lookupByName(Blackhole sink) {
        for (int i = 0; i < 1024; i++) {
            int q = i % queries;
            sink.consume(ChatErrors.INSTANCE.lookup(spaces[q], names[q]));
        }
    }

    /** The baseline: HashMap&lt;String, ErrorEntry&gt; per space (exact case), same queries. */
    @Benchmark
    @OperationsPerInvocation(1024)
    public void hashMapByName(Blackhole sink) {
        for (int i = 0; i < 1024; i++) {
            int q = i % queries;
            sink.consume(baselineByName.get(spaces[q]).get(names[q]));
        }
    }

    /** One raw UniFFI lookup (a call over JNA that decodes a record). */
    @Benchmark
    @OperationsPerInvocation(16)
    public void rawUniffiLookup(Blackhole sink) {
        for (int i = 0; i < 16; i++) {
            int q = i % queries;
            sink.consume(Chat_errors_bindingsKt.lookup(spaces[q], codes[q]));
        }
    }
}
