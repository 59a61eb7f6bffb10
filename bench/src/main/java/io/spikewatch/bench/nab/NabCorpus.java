package io.spikewatch.bench.nab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The NAB corpus at a root folder laid out as NAB's repository: every {@code data/<category>/*.csv}
 * series ({@code timestamp,value}), the scoring windows of {@code labels/combined_windows.json}
 * and the cost matrices of {@code config/profiles.json}. Series are kept in path order.
 */
public final class NabCorpus {

    static final String WINDOWS = "labels/combined_windows.json";
    static final String PROFILES = "config/profiles.json";

    private final Path root;
    private final Map<String, NabSeries> series;
    private final Map<String, NabProfile> profiles;

    private NabCorpus(Path root, Map<String, NabSeries> series, Map<String, NabProfile> profiles) {
        this.root = root;
        this.series = series;
        this.profiles = profiles;
    }

    /**
     * Reads the corpus under {@code root}. Fails naming the file when a series has no entry in the
     * windows file, a row is malformed, or a window end is not a timestamp of its series.
     */
    public static NabCorpus load(Path root) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode windowsJson = json.readTree(root.resolve(WINDOWS).toFile());
        Map<String, NabSeries> series = new LinkedHashMap<>();
        for (String path : dataFiles(root.resolve("data"))) {
            JsonNode windows = windowsJson.get(path);
            if (windows == null) {
                throw new IOException(root.resolve(WINDOWS) + " has no windows for data file " + path);
            }
            series.put(path, readSeries(root.resolve("data").resolve(path), path, windows(path, windows)));
        }
        return new NabCorpus(root, series, readProfiles(json.readTree(root.resolve(PROFILES).toFile())));
    }

    public Path root() {
        return root;
    }

    /** Every series in path order. */
    public Collection<NabSeries> series() {
        return series.values();
    }

    /** The series at a path relative to {@code data/}; fails naming it when it is not in the corpus. */
    public NabSeries series(String path) {
        NabSeries s = series.get(path);
        if (s == null) {
            throw new IllegalArgumentException("no NAB series " + path);
        }
        return s;
    }

    public boolean contains(String path) {
        return series.containsKey(path);
    }

    /** The profiles in the order of {@code profiles.json} (standard, low FP, low FN in NAB). */
    public Collection<NabProfile> profiles() {
        return profiles.values();
    }

    public NabProfile profile(String name) {
        NabProfile p = profiles.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no NAB profile '" + name + "'; known: " + profiles.keySet());
        }
        return p;
    }

    private static List<String> dataFiles(Path data) throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".csv"))
                    .map(p -> data.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static List<NabWindow> windows(String path, JsonNode windows) {
        List<NabWindow> out = new ArrayList<>();
        for (JsonNode w : windows) {
            if (w.size() != 2) {
                throw new IllegalArgumentException(WINDOWS + ": a window of " + path + " is not [start, end]: " + w);
            }
            out.add(new NabWindow(NabTime.parse(w.get(0).asText()), NabTime.parse(w.get(1).asText())));
        }
        return out;
    }

    static NabSeries readSeries(Path file, String path, List<NabWindow> windows) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty() || !lines.get(0).strip().startsWith("timestamp,value")) {
            throw new IOException(file + ": header 'timestamp,value' expected");
        }
        int n = lines.size() - 1;
        while (n > 0 && lines.get(n).isBlank()) {
            n--;
        }
        long[] ts = new long[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            String line = lines.get(i + 1);
            int comma = line.indexOf(',');
            try {
                ts[i] = NabTime.parse(line.substring(0, comma));
                int end = line.indexOf(',', comma + 1);
                values[i] = Double.parseDouble(line.substring(comma + 1, end < 0 ? line.length() : end).strip());
            } catch (RuntimeException e) {
                throw new IOException(file + " line " + (i + 2) + ": '" + line + "' is not timestamp,value", e);
            }
        }
        return new NabSeries(path, ts, values, windows);
    }

    private static Map<String, NabProfile> readProfiles(JsonNode root) {
        Map<String, NabProfile> profiles = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode m = e.getValue().path("CostMatrix");
            profiles.put(e.getKey(), new NabProfile(e.getKey(), weight(m, e.getKey(), "tpWeight"),
                    weight(m, e.getKey(), "fpWeight"), weight(m, e.getKey(), "fnWeight")));
        }
        return profiles;
    }

    private static double weight(JsonNode matrix, String profile, String key) {
        JsonNode v = matrix.get(key);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException(PROFILES + ": profile '" + profile + "' has no numeric CostMatrix."
                    + key);
        }
        return v.asDouble();
    }
}
