package io.spikewatch.model;

/**
 * Notices a host that was reinstalled: its {@code host.id} changed under the same {@code host.name}
 * (a lab PC re-imaged before term, a laptop rebuilt by the helpdesk; the endpoint agent enrols anew
 * and reports a new id). Its next hours are an installation, as a new host's first hours are
 * ({@link DetectorSettings#installMs()}): the software pushed onto the fresh image is scored against
 * the new-host prior and learned nowhere, where the old baseline would find hundreds of files into
 * {@code C:\Staging} on a PC that received nothing for weeks.
 *
 * <p>One int of state ({@link HostState#hostMark}): 16 bits of a hash of the id last seen (never 0
 * once one has been seen) and the bucket, modulo 2^16 (682 days of quarter hours), of the last
 * change. A host whose events carry two ids by turns (two sources, one of them misconfigured) is
 * reinstalled at most once a week: a change within {@link #FLAP_DAYS} days of the last one is no
 * reinstall, so such a host loses at most one installation period a week, not its detection.
 */
final class Reinstalls {

    /** A change of id this soon after the last one is a flapping source, not a reinstall. */
    static final int FLAP_DAYS = 7;
    private static final int MOD = 1 << 16;
    /** The "last change" of a host that never changed is kept this far back (see {@link #notice}). */
    private static final int NEVER_DAYS = 30;

    private Reinstalls() {}

    /**
     * Records the id of the closed bucket ({@code null}: none, nothing changes) and returns whether
     * the host was reinstalled now: it had another id before, and not within {@link #FLAP_DAYS} days.
     */
    static boolean notice(HostState st, long bucket, String hostId, long bucketSpanMs) {
        long perDay = DetectorSettings.DAY / bucketSpanMs;
        int now = (int) Math.floorMod(bucket, MOD);
        int mark = st.hostMark;
        int since = Math.floorMod(now - (mark & 0xffff), MOD);
        if (mark != 0 && since > NEVER_DAYS * perDay) {
            // No change for a month: keep the last change a week and a day back, so that the
            // 16-bit bucket never wraps round to look recent.
            mark = (mark & 0xffff0000) | Math.floorMod(now - (FLAP_DAYS + 1) * (int) perDay, MOD);
        }
        if (hostId == null) {
            st.hostMark = mark;
            return false;
        }
        int id = idHash(hostId);
        if (mark == 0) {
            st.hostMark = id << 16 | Math.floorMod(now - (FLAP_DAYS + 1) * (int) perDay, MOD);
            return false;
        }
        if (mark >>> 16 == id) {
            st.hostMark = mark;
            return false;
        }
        if (Math.floorMod(now - (mark & 0xffff), MOD) <= FLAP_DAYS * perDay) {
            // A source flapping between two ids: the last change stays where it was.
            st.hostMark = id << 16 | (mark & 0xffff);
            return false;
        }
        st.hostMark = id << 16 | now;
        return true;
    }

    /** Whether {@code bucket} falls in the installation that followed the host's last reinstall. */
    static boolean installing(HostState st, long bucket, long installBuckets) {
        if (st.hostMark == 0) {
            return false;
        }
        int since = Math.floorMod((int) Math.floorMod(bucket, MOD) - (st.hostMark & 0xffff), MOD);
        return since < installBuckets;
    }

    /** 16 bits of {@code hostId}'s hash, never 0. */
    static int idHash(String hostId) {
        int h = hostId.hashCode() * 0x9E3779B9;
        int id = h >>> 16;
        return id == 0 ? 1 : id;
    }
}
