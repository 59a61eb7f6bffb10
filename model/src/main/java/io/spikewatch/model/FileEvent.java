package io.spikewatch.model;

/**
 * One file event, reduced to the ECS fields spikewatch reads. Absent fields are {@code null}
 * (or {@code -1} for {@link #fileSize}); parsing never invents values.
 *
 * <p>A record with only basic types and a {@code String[]}, so Flink serializes it as a POJO
 * without Kryo.
 *
 * @param timestampMs {@code @timestamp} in epoch milliseconds (sub-millisecond digits truncated)
 * @param eventCategory {@code event.category}: one value or the array, never null (may be empty)
 * @param eventAction {@code event.action}
 * @param eventModule {@code event.module}
 * @param hostName {@code host.name}, the partition of the model; never null for a parsed event
 * @param hostId {@code host.id}
 * @param hostIp first value of {@code host.ip}
 * @param processName {@code process.name}
 * @param signatureSubject {@code process.code_signature.subject_name}
 * @param signatureTrusted {@code process.code_signature.trusted}
 * @param userName {@code user.name}
 * @param userId {@code user.id}
 * @param userDomain {@code user.domain}
 * @param fileName {@code file.name}
 * @param filePath {@code file.path}
 * @param fileDirectory {@code file.directory}
 * @param fileExtension {@code file.extension}
 * @param fileSize {@code file.size} in bytes, {@code -1} when absent
 * @param sourceIp {@code source.ip}
 */
public record FileEvent(
        long timestampMs,
        String[] eventCategory,
        String eventAction,
        String eventModule,
        String hostName,
        String hostId,
        String hostIp,
        String processName,
        String signatureSubject,
        Boolean signatureTrusted,
        String userName,
        String userId,
        String userDomain,
        String fileName,
        String filePath,
        String fileDirectory,
        String fileExtension,
        long fileSize,
        String sourceIp) {

    /** {@code event.action} of a {@link #sighting}: no ECS action, so no input event can carry it. */
    public static final String SIGHTING_ACTION = "spikewatch.sighting";

    /**
     * A sighting: host {@code hostName} sent some event (not a remote transfer) at {@code timestampMs}.
     * It counts no transfer; it tells the host's model the host exists ({@link HostSightings}).
     */
    public static FileEvent sighting(String hostName, long timestampMs) {
        return builder().timestampMs(timestampMs).hostName(hostName).eventAction(SIGHTING_ACTION).build();
    }

    /** Whether this is a {@link #sighting} rather than a file event. */
    public boolean isSighting() {
        return SIGHTING_ACTION.equals(eventAction) && fileName == null;
    }

    /** Whether {@code event.category} holds {@code value} (a single string counts as a one-element array). */
    public boolean hasCategory(String value) {
        for (String c : eventCategory) {
            if (value.equals(c)) {
                return true;
            }
        }
        return false;
    }

    /** A builder for tests and the simulator; the parser uses the canonical constructor. */
    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder with the fields of a typical remote SMB write preset to null. */
    public static final class Builder {
        private long timestampMs;
        private String[] eventCategory = new String[] {"file"};
        private String eventAction = "creation";
        private String eventModule = "endpoint";
        private String hostName;
        private String hostId;
        private String hostIp;
        private String processName = "System";
        private String signatureSubject;
        private Boolean signatureTrusted;
        private String userName;
        private String userId;
        private String userDomain;
        private String fileName;
        private String filePath;
        private String fileDirectory;
        private String fileExtension;
        private long fileSize = -1;
        private String sourceIp;

        public Builder timestampMs(long v) { timestampMs = v; return this; }
        public Builder eventCategory(String... v) { eventCategory = v; return this; }
        public Builder eventAction(String v) { eventAction = v; return this; }
        public Builder eventModule(String v) { eventModule = v; return this; }
        public Builder hostName(String v) { hostName = v; return this; }
        public Builder hostId(String v) { hostId = v; return this; }
        public Builder hostIp(String v) { hostIp = v; return this; }
        public Builder processName(String v) { processName = v; return this; }
        public Builder signatureSubject(String v) { signatureSubject = v; return this; }
        public Builder signatureTrusted(Boolean v) { signatureTrusted = v; return this; }
        public Builder userName(String v) { userName = v; return this; }
        public Builder userId(String v) { userId = v; return this; }
        public Builder userDomain(String v) { userDomain = v; return this; }
        public Builder fileName(String v) { fileName = v; return this; }
        public Builder filePath(String v) { filePath = v; return this; }
        public Builder fileDirectory(String v) { fileDirectory = v; return this; }
        public Builder fileExtension(String v) { fileExtension = v; return this; }
        public Builder fileSize(long v) { fileSize = v; return this; }
        public Builder sourceIp(String v) { sourceIp = v; return this; }

        public FileEvent build() {
            return new FileEvent(timestampMs, eventCategory, eventAction, eventModule, hostName, hostId,
                    hostIp, processName, signatureSubject, signatureTrusted, userName, userId, userDomain,
                    fileName, filePath, fileDirectory, fileExtension, fileSize, sourceIp);
        }
    }
}
