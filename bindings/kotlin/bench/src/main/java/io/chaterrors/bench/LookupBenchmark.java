package io.chaterrors.bench;

import io.chaterrors.ChatErrors;
import io.chaterrors.uniffi.ErrorEntry;
import io.chaterrors.uniffi.Space;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Lookups through the Kotlin library's idiomatic layer against a plain HashMap of the
 * same entries, measured in the same run (the report is their ratio). Every operation cycles over every code or name of both spaces. Each
 * implementation runs in forks of its own, so each call site sees one implementation.
 */
@State(Scope.Benchmark)
public class LookupBenchmark extends SteadyStateBenchmark {
    /** How an entry is found: by code and by name. */
    interface Lookup {
        ErrorEntry byCode(Space space, int code);

        ErrorEntry byName(Space space, String name);
    }

    /** The library: ChatErrors.lookup (names ASCII case-insensitive). */
    static final class Library implements Lookup {
        public ErrorEntry byCode(Space space, int code) {
            return ChatErrors.INSTANCE.lookup(space, code);
        }

        public ErrorEntry byName(Space space, String name) {
            return ChatErrors.INSTANCE.lookup(space, name);
        }
    }

    /** The baseline: a HashMap per space and key kind (names in exact case). */
    static final class Baseline implements Lookup {
        private final Map<Space, Map<Integer, ErrorEntry>> byCode = new HashMap<>();
        private final Map<Space, Map<String, ErrorEntry>> byName = new HashMap<>();

        Baseline(List<ErrorEntry> entries) {
            for (ErrorEntry entry : entries) {
                byCode.computeIfAbsent(entry.getSpace(), space -> new HashMap<>()).put(entry.getCode(), entry);
                byName.computeIfAbsent(entry.getSpace(), space -> new HashMap<>()).put(entry.getName(), entry);
            }
        }

        public ErrorEntry byCode(Space space, int code) {
            return byCode.get(space).get(code);
        }

        public ErrorEntry byName(Space space, String name) {
            return byName.get(space).get(name);
        }
    }

    /** Which implementation this fork measures. */
    @Param({"library", "hashMap"})
    public String implementation;

    private static final int OPERATIONS = 1024;
    private Lookup lookup;
    private Space[] spaces;
    private int[] codes;
    private String[] names;

    /** The queries (every entry of both spaces) and the implementation. */
    @Setup(Level.Trial)
    public void setUp() {
        List<ErrorEntry> all = new ArrayList<>();
        for (Space space : Space.values()) {
            all.addAll(ChatErrors.INSTANCE.entries(space));
        }
        lookup = implementation.equals("library") ? new Library() : new Baseline(all);
        spaces = new Space[OPERATIONS];
        codes = new int[OPERATIONS];
        names = new String[OPERATIONS];
        for (int i = 0; i < OPERATIONS; i++) {
            ErrorEntry entry = all.get(i % all.size());
            spaces[i] = entry.getSpace();
            codes[i] = entry.getCode();
            names[i] = entry.getName();
        }
    }

    /** A lookup by (space, code). */
    @Benchmark
    @OperationsPerInvocation(OPERATIONS)
    public void byCode(Blackhole sink) {
        for (int i = 0; i < OPERATIONS; i++) {
            sink.consume(lookup.byCode(spaces[i], codes[i]));
        }
    }

    /** A lookup by (space, name). */
    @Benchmark
    @OperationsPerInvocation(OPERATIONS)
    public void byName(Blackhole sink) {
        for (int i = 0; i < OPERATIONS; i++) {
            sink.consume(lookup.byName(spaces[i], names[i]));
        }
    }
}
