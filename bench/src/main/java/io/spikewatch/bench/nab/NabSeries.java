package io.spikewatch.bench.nab;

import java.util.List;

/**
 * One NAB data file: its path relative to {@code data/} (e.g. {@code realTweets/Twitter_volume_AAPL.csv}),
 * its rows and its labelled windows in time order.
 */
public record NabSeries(String path, long[] timestampsMs, double[] values, List<NabWindow> windows) {

    public NabSeries {
        if (timestampsMs.length != values.length) {
            throw new IllegalArgumentException(path + ": " + timestampsMs.length + " timestamps but " + values.length
                    + " values");
        }
        windows = List.copyOf(windows);
    }

    public int size() {
        return timestampsMs.length;
    }

    /** The folder of the file, e.g. {@code realTweets}. */
    public String category() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The file name, e.g. {@code Twitter_volume_AAPL.csv}. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** 1 for rows inside a window, else 0: the {@code label} column of NAB's result files. */
    public int[] labels() {
        int[] labels = new int[size()];
        for (int i = 0; i < labels.length; i++) {
            for (NabWindow w : windows) {
                if (w.contains(timestampsMs[i])) {
                    labels[i] = 1;
                    break;
                }
            }
        }
        return labels;
    }
}
