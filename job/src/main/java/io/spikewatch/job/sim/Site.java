package io.spikewatch.job.sim;

import java.time.ZoneId;

/**
 * An office. Its time zone (with real daylight-saving rules: New York moves on 2024-03-10, London
 * and Frankfurt on 03-31) decides when its users work, so office hours drift in UTC the way a real
 * multi-site fleet's do.
 */
enum Site {
    LON("lon", "Europe/London", 10, 0.50),
    FRA("fra", "Europe/Berlin", 20, 0.30),
    NYC("nyc", "America/New_York", 30, 0.20);

    final String code;
    final ZoneId zone;
    /** Second octet of the site's client subnet ({@code 10.<octet>.x.y}). */
    final int octet;
    /** Share of users and workstations at this site. */
    final double share;

    Site(String code, String zone, int octet, double share) {
        this.code = code;
        this.zone = ZoneId.of(zone);
        this.octet = octet;
        this.share = share;
    }

    static double[] shares() {
        Site[] all = values();
        double[] w = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            w[i] = all[i].share;
        }
        return w;
    }
}
