package io.spikewatch.bench.jmh;

/**
 * {@code jmh [JMH options]}: runs the benchmarks compiled into the bench jar ({@link HostModelBenchmark})
 * with JMH's own command line, e.g. {@code jmh -f 1 -wi 3 -i 5 -prof gc} or {@code jmh -h}. JMH forks
 * its measuring JVMs from the same jar.
 */
public final class JmhMain {

    private JmhMain() {}

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args);
    }
}
