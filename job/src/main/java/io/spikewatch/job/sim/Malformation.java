package io.spikewatch.job.sim;

/** Ways a line arrives broken; each is a distinct reason on a dead-letter path. */
enum Malformation {
    NONE(0),
    /** The line ends mid-object (a shipper restarted mid-write). */
    TRUNCATED(25),
    /** Not JSON at all: a log line or an HTML error page in the stream. */
    NOT_JSON(15),
    /** No {@code @timestamp}. */
    NO_TIMESTAMP(15),
    /** No {@code host.name}: the event has no partition. */
    NO_HOST_NAME(15),
    /** {@code host.name} is a number. */
    HOST_NAME_NUMBER(8),
    /** {@code event.category} is an object. */
    CATEGORY_OBJECT(7),
    /** {@code @timestamp} is a string that is not a date. */
    BAD_TIMESTAMP(10),
    /** A valid timestamp a year in the future (a host with a broken clock). */
    FUTURE_TIMESTAMP(5);

    final double weight;

    Malformation(double weight) {
        this.weight = weight;
    }

    static Malformation pick(Rand rng) {
        Malformation[] all = values();
        double[] w = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            w[i] = all[i].weight;
        }
        return all[rng.weighted(w)];
    }
}
