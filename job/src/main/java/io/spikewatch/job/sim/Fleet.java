package io.spikewatch.job.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The simulated organisation: hosts with their roles and traits, people, admins, service and
 * partner accounts, and the unmonitored infrastructure they connect from. Built once per run from
 * the spec and a seeded stream; immutable afterwards.
 */
final class Fleet {

    static final long DAY_MS = 86_400_000L;

    /** Unmonitored infrastructure that pushes files (its address appears as {@code source.ip}). */
    static final String SCCM_IP = "10.1.0.15";
    static final String BACKUP_PROXY_IP = "10.1.0.20";
    static final String JENKINS_IP = "10.1.0.31";
    static final String JUMP_HOST_IP = "10.1.0.40";
    static final String ETL_SOURCE_IP = "10.1.0.52";

    static final String[] DEPARTMENTS = {"Finance", "HR", "Legal", "Marketing", "Sales", "Engineering",
        "Operations", "IT", "Procurement", "Projects", "Management", "Support", "Research", "Facilities"};
    static final String[] APPS = {"billing", "crm", "intranet", "orders", "payroll", "reporting", "inventory",
        "portal", "ledger", "hrms", "ticketing", "warehouse"};

    final FleetSpec spec;
    final long startMs;
    final List<HostModel> hosts;
    final List<SimUser> users;
    final List<SimUser> helpdesk;
    final List<SimUser> linuxAdmins;
    final List<SimUser> dbas;
    final List<SimUser> partners;
    final SimUser svcSccm;
    final SimUser svcSwdist;
    final SimUser svcBackup;
    final SimUser svcDeploy;
    final SimUser svcRobocopy;
    final SimUser svcSql;
    final SimUser linuxDeploy;
    final SimUser jenkins;
    final SimUser svcEtl;
    final List<HostModel> fileServers;
    private final List<List<SimUser>> usersBySite;

    Fleet(FleetBuilder b) {
        this.spec = b.spec;
        this.startMs = b.spec.start().toEpochMilli();
        this.hosts = List.copyOf(b.hosts);
        this.users = List.copyOf(b.users);
        this.helpdesk = List.copyOf(b.helpdesk);
        this.linuxAdmins = List.copyOf(b.linuxAdmins);
        this.dbas = List.copyOf(b.dbas);
        this.partners = List.copyOf(b.partners);
        this.svcSccm = b.svcSccm;
        this.svcSwdist = b.svcSwdist;
        this.svcBackup = b.svcBackup;
        this.svcDeploy = b.svcDeploy;
        this.svcRobocopy = b.svcRobocopy;
        this.svcSql = b.svcSql;
        this.linuxDeploy = b.linuxDeploy;
        this.jenkins = b.jenkins;
        this.svcEtl = b.svcEtl;
        this.fileServers = byRole(HostRole.FILE_SERVER);
        List<List<SimUser>> bySite = new ArrayList<>();
        for (Site site : Site.values()) {
            List<SimUser> at = new ArrayList<>();
            for (SimUser u : users) {
                if (u.site() == site) {
                    at.add(u);
                }
            }
            bySite.add(at.isEmpty() ? users : List.copyOf(at));
        }
        this.usersBySite = List.copyOf(bySite);
    }

    static Fleet build(FleetSpec spec, Rand rng) {
        return new FleetBuilder(spec, rng).build();
    }

    List<HostModel> byRole(HostRole role) {
        List<HostModel> out = new ArrayList<>();
        for (HostModel h : hosts) {
            if (h.role() == role) {
                out.add(h);
            }
        }
        return out;
    }

    List<SimUser> usersAt(Site site) {
        return usersBySite.get(site.ordinal());
    }

    /** A client address at a site that is not a monitored host (laptops on Wi-Fi, VPN pool). */
    static String unmanagedClientIp(Site site, Rand rng) {
        return "10." + site.octet + "." + rng.between(100, 120) + "." + rng.between(2, 250);
    }

    long dayStartMs(int day) {
        return startMs + day * DAY_MS;
    }

    List<SimHost> publicHosts() {
        List<SimHost> out = new ArrayList<>();
        for (HostModel h : hosts) {
            out.add(h.host());
        }
        return out;
    }
}
