package io.spikewatch.model;

/**
 * Notices a host that was reinstalled: its {@code host.id} changed under the same {@code host.name}
 * (a lab PC re-imaged before term, a laptop rebuilt by the helpdesk; the endpoint agent enrols anew
 * and reports a new id). Its next hours are an installation, as a new host's first hours are
 * ({@link DetectorSettings#installMs()}): the software pushed onto the fresh image is scored against
 * the new-host prior and learned nowhere, where the old baseline would find hundreds of files into
 * {@code C:\Staging} on a PC that received nothing for weeks.
 *
 * <p>One int of state ({@link HostState#hostMark}): 15 bits of a hash of the id last seen (never 0
 * once one has been seen), the bucket, modulo 2^16 (682 days of quarter hours), of the last change,
 * and a flag for a host whose sources report two ids by turns (one of them misconfigured, or a
 * third-party source with ids of its own): a change within {@link #FLAP_DAYS} days of the last one
 * is no reinstall and sets the flag, and from then on no change of id is. Such a host loses at
 * most one installation period (its first change), never its detection.
 */
final class Reinstalls {

    /** A change of id this soon after the last one is a flapping source, not a reinstall. */
    static final int FLAP_DAYS = 7;
    private static final int MOD = 1 << 16;
    /** The host's sources report two ids by turns: no change of id is a reinstall. */
    private static final int FLAPPING = 1 << 31;
    private static final int ID_MASK = 0x7fff;
    /** The "last change" of a host that never changed is kept this far back (see {@link #notice}). */
    private static final int NEVER_DAYS = 30;

    private Reinstalls() {}

    /**
     * Records the id of the closed bucket ({@code null}: none, nothing changes) and returns whether
     * the host was reinstalled now: it had another id before, not within {@link #FLAP_DAYS} days,
     * and its ids never came by turns.
     */
    static boolean notice(HostState st, long bucket, String hostId, long bucketSpanMs) {
        int perDay = (int) (DetectorSettings.DAY / bucketSpanMs);
        int now = (int) Math.floorMod(bucket, MOD);
        // A host that never changed keeps its last change a week and a day back, and so does one
        // whose change is a month old: the 16-bit bucket never wraps round to look recent.
        int longAgo = Math.floorMod(now - (FLAP_DAYS + 1) * perDay, MOD);
        int mark = st.hostMark;
        if (mark != 0 && sinceChange(mark, now) > NEVER_DAYS * perDay) {
            mark = (mark & 0xffff0000) | longAgo;
        }
        if (hostId == null) {
            st.hostMark = mark;
            return false;
        }
        int id = idHash(hostId);
        if (mark == 0) {
            st.hostMark = id << 16 | longAgo;
            return false;
        }
        if ((mark >>> 16 & ID_MASK) == id) {
            st.hostMark = mark;
            return false;
        }
        if ((mark & FLAPPING) != 0 || sinceChange(mark, now) <= FLAP_DAYS * perDay) {
            // Ids by turns: the last change stays where it was, and no change is a reinstall any more.
            st.hostMark = FLAPPING | id << 16 | (mark & 0xffff);
            return false;
        }
        st.hostMark = id << 16 | now;
        return true;
    }

    /** Whether {@code bucket} falls in the installation that followed the host's last reinstall. */
    static boolean installing(HostState st, long bucket, long installBuckets) {
        return st.hostMark != 0 && sinceChange(st.hostMark, (int) Math.floorMod(bucket, MOD)) < installBuckets;
    }

    /** Buckets from the last change recorded in {@code mark} to bucket {@code now} (both mod 2^16). */
    private static int sinceChange(int mark, int now) {
        return Math.floorMod(now - (mark & 0xffff), MOD);
    }

    /** 15 bits of {@code hostId}'s hash, never 0. */
    static int idHash(String hostId) {
        int id = (hostId.hashCode() * 0x9E3779B9) >>> 17;
        return id == 0 ? 1 : id;
    }
}
