package io.spikewatch.job.sim;

import java.util.List;

/**
 * Who the attacker is and where they connect from: a compromised helpdesk admin, a new admin or
 * service look-alike account, or an ordinary user; from another (compromised) workstation, the
 * jump host, a VPN address or another Linux server. Realistic choices here keep the influencer
 * fields (user, source) from giving the attack away on their own.
 */
final class Attackers {

    static final String[] LINUX_ACCOUNTS = {"oracle", "ubuntu", "test", "backup", "postgres", "ansible2",
        "nagios"};
    private static final String[] SERVICE_LOOKALIKES = {"svc_deploy2", "svc_backup2", "svc_scan", "svc_update"};

    private final Fleet fleet;
    private final Rand rng;
    private int nextRid = 5100;

    Attackers(Fleet fleet, Rand rng) {
        this.fleet = fleet;
        this.rng = rng;
    }

    /** A compromised admin, a service look-alike or an ordinary user; new accounts get new SIDs. */
    SimUser account() {
        double r = rng.uniform();
        if (r < 0.4 && !fleet.helpdesk.isEmpty()) {
            return rng.pick(fleet.helpdesk);
        }
        if (r < 0.9) {
            String name = r < 0.7 ? "adm_" + rng.pick(fleet.users).name() : rng.pick(SERVICE_LOOKALIKES);
            int rid = nextRid++;
            return new SimUser(name, "S-1-5-21-1004336348-1177238915-682003330-" + rid,
                    String.valueOf(1_650_000_000L + rid), "CORP", null, null);
        }
        return rng.pick(fleet.users);
    }

    /** Where the attacker connects from: another (compromised) workstation, the jump host or VPN. */
    String source(HostModel target) {
        double r = rng.uniform();
        if (r < 0.75) {
            List<HostModel> ws = fleet.byRole(HostRole.WORKSTATION);
            for (int tries = 0; tries < 10 && !ws.isEmpty(); tries++) {
                HostModel h = rng.pick(ws);
                if (h.index() != target.index()) {
                    return h.ip();
                }
            }
        }
        return r < 0.9 ? Fleet.JUMP_HOST_IP : Fleet.unmanagedClientIp(target.site(), rng);
    }

    String otherLinuxIp(HostModel target) {
        List<HostModel> lx = fleet.byRole(HostRole.LINUX_SERVER);
        for (int tries = 0; tries < 10; tries++) {
            HostModel h = rng.pick(lx);
            if (h.index() != target.index()) {
                return h.ip();
            }
        }
        return Fleet.JUMP_HOST_IP;
    }
}
