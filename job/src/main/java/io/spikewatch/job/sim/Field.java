package io.spikewatch.job.sim;

/**
 * The ECS fields a simulated line carries, in rendering order. Fields that share a top-level
 * object are adjacent, which lets {@link EcsRenderer} write nested objects in one pass; each
 * field carries its key pre-split for the three layouts (nested, dotted, partly dotted).
 */
enum Field {
    TIMESTAMP("@timestamp"),
    AGENT_ID("agent.id"),
    AGENT_TYPE("agent.type"),
    AGENT_VERSION("agent.version"),
    ECS_VERSION("ecs.version"),
    EVENT_ACTION("event.action"),
    EVENT_CATEGORY("event.category"),
    EVENT_DATASET("event.dataset"),
    EVENT_ID("event.id"),
    EVENT_INGESTED("event.ingested"),
    EVENT_KIND("event.kind"),
    EVENT_MODULE("event.module"),
    EVENT_SEQUENCE("event.sequence"),
    EVENT_TYPE("event.type"),
    FILE_DIRECTORY("file.directory"),
    FILE_EXTENSION("file.extension"),
    FILE_NAME("file.name"),
    FILE_PATH("file.path"),
    FILE_SIZE("file.size"),
    HOST_HOSTNAME("host.hostname"),
    HOST_ID("host.id"),
    HOST_IP("host.ip"),
    HOST_NAME("host.name"),
    HOST_OS_FAMILY("host.os.family"),
    HOST_OS_NAME("host.os.name"),
    HOST_OS_TYPE("host.os.type"),
    HOST_OS_VERSION("host.os.version"),
    MESSAGE("message"),
    PROCESS_SIGNER("process.code_signature.subject_name"),
    PROCESS_TRUSTED("process.code_signature.trusted"),
    PROCESS_EXECUTABLE("process.executable"),
    PROCESS_NAME("process.name"),
    PROCESS_PID("process.pid"),
    SOURCE_IP("source.ip"),
    USER_DOMAIN("user.domain"),
    USER_ID("user.id"),
    USER_NAME("user.name");

    final String key;
    /** Top-level object name ({@code host} for {@code host.os.type}). */
    final String group;
    final String[] nested;
    final String[] dotted;
    /** Top-level object with the rest dotted: {@code {"host": {"os.type": ...}}}. */
    final String[] partial;

    Field(String key) {
        this.key = key;
        this.nested = key.split("\\.");
        this.group = nested[0];
        this.dotted = new String[] {key};
        this.partial = nested.length <= 2 ? nested : new String[] {group, key.substring(group.length() + 1)};
    }
}
