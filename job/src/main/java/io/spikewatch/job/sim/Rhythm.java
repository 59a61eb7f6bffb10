package io.spikewatch.job.sim;

/** The daily shape of an activity in the host's local time. */
enum Rhythm {
    /** People at desks: ramp up 07-09, lunch dip, ramp down 17-19, near zero at night. */
    OFFICE(new double[][] {
        {0, .02}, {6, .03}, {7, .15}, {8, .6}, {9, 1}, {11.8, 1}, {12.3, .6}, {13.3, .65}, {13.8, .95},
        {16.5, .9}, {17.5, .45}, {18.5, .15}, {20, .07}, {22, .04}, {24, .02}}),
    /** Business systems used into the evening (partners, several time zones). */
    EXTENDED(new double[][] {{0, .15}, {6, .2}, {8, .8}, {10, 1}, {16, 1}, {19, .6}, {22, .3}, {24, .15}}),
    /** Machines talking to machines: no daily pattern. */
    FLAT(new double[][] {{0, 1}, {24, 1}});

    private final double[][] points;

    Rhythm(double[][] points) {
        this.points = points;
    }

    /** Linear interpolation of the table at {@code hour} in [0, 24). */
    double at(double hour) {
        for (int i = 1; i < points.length; i++) {
            if (hour <= points[i][0]) {
                double[] a = points[i - 1];
                double[] b = points[i];
                return a[1] + (b[1] - a[1]) * (hour - a[0]) / (b[0] - a[0]);
            }
        }
        return points[points.length - 1][1];
    }
}
