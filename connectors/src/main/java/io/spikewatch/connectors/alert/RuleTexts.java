package io.spikewatch.connectors.alert;

/**
 * The long texts of the default rule, kept out of {@link RuleSettings} so the record stays
 * readable. The description is Elastic's own for this rule (alerts must read the same in Kibana
 * whichever engine raised them); the investigation guide is spikewatch's, following the structure
 * of Elastic's guides (triage, false-positive analysis, response) and pointing at the
 * explanation fields spikewatch adds.
 */
final class RuleTexts {

    static final String DESCRIPTION = "Machine learning has detected an abnormal volume of remote files "
            + "shared on the host indicating potential lateral movement activity. One of the primary goals "
            + "of attackers after gaining access to a network is to locate and exfiltrate valuable "
            + "information. Attackers might perform multiple small transfers to match normal egress activity "
            + "in the network, to evade detection.";

    static final String INVESTIGATION_GUIDE = """
            ## Triage and analysis

            ### Investigating Spike in Remote File Transfers

            The alerted host received far more remote file transfers than it usually does at this time \
            of the week. A remote file transfer is a file created on the host by a process that serves \
            remote access: `System` for SMB writes on Windows, `sshd`, `scp`, `sftp-server`, `smbd` or \
            `vsftpd` on Linux, by an account other than `SYSTEM` or `root`. Attackers who hold one host \
            copy their tools to the next one (MITRE ATT&CK T1570, Lateral Tool Transfer) and stage data \
            before taking it out, often in many small transfers to blend into normal traffic.

            The alert explains itself: `spikewatch.explanation` gives the actual and typical counts of \
            the bucket (and of the sustained window, for slow transfers spread over several buckets), \
            `spikewatch.influencers` who wrote the files, from where and with which process, with counts \
            and shares, and `spikewatch.bucket.sample_paths` the first files written.

            #### Possible investigation steps

            - Identify the host (`host.name`, `host.id`) and its role. A file server or a deployment \
            server receives files by design; a workstation or a domain controller rarely does.
            - Establish the time frame: the bucket runs from `kibana.alert.original_time` to \
            `@timestamp`; a sustained alert covers the buckets before it too. Query the host's file \
            events in that window, e.g. `host.name:"<host>" and event.category:file and \
            event.action:creation and process.name:(System or sshd or scp or sftp-server or smbd or vsftpd)`.
            - Identify the source of the transfers: `source.ip` when the source recorded it; otherwise \
            correlate with the host's authentication and share events at the same time (Windows 4624 \
            network logons, 5140/5145 share access; `sshd` logs on Linux) to find the remote address.
            - Identify the accounts (`user.name`, `user.domain`, `user.id`): do they normally connect to \
            this host? Are they privileged, new, or service accounts used interactively?
            - Look at what was written: names, extensions and directories. Executables, scripts and \
            libraries in system, temporary or `ProgramData` folders, or writes through admin shares \
            (`ADMIN$`, `C$`), suggest tool transfer; archives and documents suggest staging.
            - Check what happened next on the host: were the written files executed, loaded as \
            libraries, installed as services or scheduled tasks? Did the host open new outbound \
            connections?
            - Check the source host and account for other alerts: the same account or address writing \
            to several hosts in a short time is a pattern of spreading.

            #### False positive analysis

            - Backups and synchronisation: backup agents, file replication and sync jobs write many \
            files on a schedule. The baseline learns a schedule that recurs; a first run or a changed \
            schedule can alert until it has.
            - Patch and software management: configuration management and software distribution tools \
            copy installers and packages to many hosts at once.
            - Departmental sharing: teams copying project folders, onboarding, or a migration to a new \
            file server.
            - Month-end, quarter-end and year-end reporting: finance and business reports written to \
            shared folders on specific days.
            - Trusted partners and vendors delivering files over SFTP or SMB from known addresses.
            - Exclude verified benign activity with an exception (host, account, source address or \
            process) or a maintenance window, rather than by raising the threshold for every host.

            #### Response and remediation

            - Initiate the incident response process based on the outcome of the triage.
            - Isolate the involved hosts (the alerted host and the source) to stop further movement.
            - Disable or reset the credentials of the accounts used, starting with privileged ones.
            - Preserve the transferred files, hash them, and search the other hosts for the same names \
            and hashes.
            - Block the source address and restrict remote file access (SMB, SSH) between hosts that do \
            not need it; disable administrative shares where they are not used.
            - Remove any persistence found, and restore affected hosts from a known good state.
            - Determine the initial access vector and hunt for further lateral movement from the source \
            host and the accounts involved.

            ### Setup

            spikewatch reads Elastic Defend file events (`logs-endpoint.events.file-*`, fields \
            `@timestamp`, `event.category`, `event.action`, `host.name`, `process.name`, `file.name`, \
            `user.name`); other sources map to the same fields through source profiles.
            """;

    private RuleTexts() {}
}
