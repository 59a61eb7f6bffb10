package io.spikewatch.job.sim;

/**
 * An account that writes files: a person, an admin account, a service or a local Linux account.
 *
 * @param name {@code user.name}
 * @param sid {@code user.id} on Windows hosts
 * @param uid {@code user.id} on Linux hosts
 * @param domain {@code user.domain} on Windows hosts ({@code null} for local Linux accounts)
 * @param site home office ({@code null} for service accounts)
 * @param ip where the account usually connects from ({@code source.ip})
 */
record SimUser(String name, String sid, String uid, String domain, Site site, String ip) {

    static final SimUser SYSTEM = new SimUser("SYSTEM", "S-1-5-18", "0", "NT AUTHORITY", null, null);
    static final SimUser ROOT = new SimUser("root", "S-1-5-18", "0", null, null, null);

    SimUser withIp(String newIp) {
        return new SimUser(name, sid, uid, domain, site, newIp);
    }
}
