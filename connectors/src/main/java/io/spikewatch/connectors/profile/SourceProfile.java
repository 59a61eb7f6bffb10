package io.spikewatch.connectors.profile;

import java.util.Locale;

/**
 * Which kind of event a source carries; each maps to the same {@link io.spikewatch.model.FileEvent}.
 *
 * <ul>
 *   <li>{@link #ELASTIC_DEFEND}: Elastic Defend file events, exactly Elastic's datafeed (the default).
 *   <li>{@link #SYSMON}: Sysmon EventID 11 (FileCreate) written by the {@code System} process,
 *       i.e. a file created through the SMB server, as Winlogbeat, the Windows integration or a flat
 *       collector ship it. Sysmon names the account SYSTEM for such writes, so the writer is unknown
 *       ({@code user.name} absent) and the Elastic datafeed's SYSTEM exclusion does not apply.
 *       Local files that {@code System} writes itself (ETW real-time backups under
 *       {@code \Windows\System32\LogFiles\WMI\RtBackup\}) are not transfers.
 *   <li>{@link #WINDOWS_SECURITY_5145}: Security event 5145 (detailed file share) for the write
 *       itself (WriteData/AppendData only; the open that precedes it asks for much more and is not
 *       counted twice). The host is the file server; user, domain and source address are the remote
 *       writer's.
 * </ul>
 */
public enum SourceProfile {
    ELASTIC_DEFEND,
    SYSMON,
    WINDOWS_SECURITY_5145;

    /** The config name, e.g. {@code windows-security-5145}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses a config value.
     *
     * @throws IllegalArgumentException naming {@code source.profile} and the accepted values
     */
    public static SourceProfile fromConfig(String value) {
        for (SourceProfile p : values()) {
            if (p.configName().equals(value)) {
                return p;
            }
        }
        throw new IllegalArgumentException("source.profile: accepted elastic-defend, sysmon, windows-security-5145; got '"
                + value + "'");
    }
}
