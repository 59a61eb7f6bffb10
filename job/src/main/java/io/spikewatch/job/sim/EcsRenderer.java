package io.spikewatch.job.sim;

import java.util.Arrays;

/**
 * Turns a {@link SimEvent} into one ECS JSON line in one of the wire-format variants real data
 * arrives in (nested, dotted, partly dotted; category as string or array; 0-9 fractional
 * digits; {@code Z} or numeric offsets), or into a deliberately broken line.
 *
 * <p>Written by hand into a reused {@link StringBuilder}: Jackson would work too, but this is
 * the inner loop of a 400k-line generator. Not thread-safe; one per run.
 */
final class EcsRenderer {

    private static final Field[] FIELDS = Field.values();
    private static final String[] NOT_JSON = {
        "WARN [endpoint] event queue full, dropped 3 events",
        "<html><body><h1>502 Bad Gateway</h1></body></html>",
        "-- MARK --",
        "filebeat: connection reset by peer; retrying in 5s",
        "{{ event | tojson }}",
    };
    private static final String[] BAD_TIMESTAMPS = {"2024-13-45T25:61:00Z", "05/03/2024 10:11:12", "",
        "yesterday", "2024-03-05T10:11:12.123Q", "NaN"};
    private static final int[] WIN_DIGITS = {7, 7, 7, 7, 7, 3, 3, 6, 9, 0};
    private static final int[] LINUX_DIGITS = {9, 9, 9, 9, 6, 6, 3, 3, 7, 0};
    private static final int[] OFFSETS = {0, 0, 120, 120, -300};

    private final FleetSpec.FormatMix mix;
    private final long[] sequence;
    private final Object[] values = new Object[FIELDS.length];
    private final String[][] segments = new String[FIELDS.length][];
    private final StringBuilder sb = new StringBuilder(1024);
    private final String[] open = new String[8];
    private final boolean[] first = new boolean[9];

    EcsRenderer(FleetSpec.FormatMix mix, int hosts) {
        this.mix = mix;
        this.sequence = new long[hosts];
    }

    /** The line for {@code e}, arriving at {@code arrivalMs}, broken as {@code how} says. */
    String render(SimEvent e, long arrivalMs, Malformation how, Rand rng) {
        if (how == Malformation.NOT_JSON) {
            sb.setLength(0);
            Timestamps.append(sb, e.tsMs(), 0, 3, 0, true);
            return sb.append(' ').append(rng.pick(NOT_JSON)).toString();
        }
        fill(e, arrivalMs, rng);
        switch (how) {
            case NO_TIMESTAMP -> values[Field.TIMESTAMP.ordinal()] = null;
            case NO_HOST_NAME -> values[Field.HOST_NAME.ordinal()] = null;
            case HOST_NAME_NUMBER -> values[Field.HOST_NAME.ordinal()] = (long) rng.between(1000, 99999);
            case CATEGORY_OBJECT -> values[Field.EVENT_CATEGORY.ordinal()] = new Raw("{\"name\":\"file\"}");
            case BAD_TIMESTAMP -> values[Field.TIMESTAMP.ordinal()] = rng.pick(BAD_TIMESTAMPS);
            case FUTURE_TIMESTAMP -> {
                sb.setLength(0);
                Timestamps.append(sb, e.tsMs() + 366 * Fleet.DAY_MS, e.subMsNanos(), 3, 0, true);
                values[Field.TIMESTAMP.ordinal()] = sb.toString();
            }
            default -> { }
        }
        layout(rng);
        String line = write();
        if (how == Malformation.TRUNCATED) {
            return line.substring(0, rng.between(10, line.length() - 10));
        }
        return line;
    }

    private void fill(SimEvent e, long arrivalMs, Rand rng) {
        HostModel h = e.host();
        boolean win = h.windows();
        Object[] v = values;
        Arrays.fill(v, null);

        sb.setLength(0);
        int digits = (win ? WIN_DIGITS : LINUX_DIGITS)[rng.nextInt(10)];
        boolean offset = rng.chance(mix.offsetTimestamps());
        Timestamps.append(sb, e.tsMs(), e.subMsNanos(), digits, offset ? OFFSETS[rng.nextInt(OFFSETS.length)] : 0,
                !offset);
        v[Field.TIMESTAMP.ordinal()] = sb.toString();

        v[Field.AGENT_ID.ordinal()] = h.agentId();
        v[Field.AGENT_TYPE.ordinal()] = "endpoint";
        v[Field.AGENT_VERSION.ordinal()] = h.agentVersion();
        boolean processEvent = e.category() == Category.PROCESS;
        String dataset = processEvent ? "endpoint.events.process" : "endpoint.events.file";
        v[Field.ECS_VERSION.ordinal()] = "8.10.0";

        v[Field.EVENT_ACTION.ordinal()] = e.action();
        v[Field.EVENT_CATEGORY.ordinal()] = category(e.category(), rng);
        v[Field.EVENT_DATASET.ordinal()] = dataset;
        v[Field.EVENT_ID.ordinal()] = eventId(rng);
        sb.setLength(0);
        Timestamps.append(sb, arrivalMs + 1500, 0, 0, 0, true);
        v[Field.EVENT_INGESTED.ordinal()] = sb.toString();
        v[Field.EVENT_KIND.ordinal()] = "event";
        v[Field.EVENT_MODULE.ordinal()] = "endpoint";
        v[Field.EVENT_SEQUENCE.ordinal()] = ++sequence[h.index()] + 10_000L * (h.index() + 1);
        v[Field.EVENT_TYPE.ordinal()] = eventType(e.action());

        FileRef f = e.file();
        if (f != null) {
            char sep = win ? '\\' : '/';
            v[Field.FILE_DIRECTORY.ordinal()] = f.directory();
            v[Field.FILE_EXTENSION.ordinal()] = f.name() == null ? null : f.extension();
            v[Field.FILE_NAME.ordinal()] = f.name();
            v[Field.FILE_PATH.ordinal()] = f.name() == null ? f.directory() : f.directory() + sep + f.name();
            if (f.name() != null && !"deletion".equals(e.action())) {
                v[Field.FILE_SIZE.ordinal()] = f.size();
            }
        }

        v[Field.HOST_HOSTNAME.ordinal()] = h.name();
        v[Field.HOST_ID.ordinal()] = h.host().id();
        v[Field.HOST_IP.ordinal()] = h.ips().size() > 1 ? h.ips().toArray(new String[0]) : h.ips().get(0);
        v[Field.HOST_NAME.ordinal()] = h.name();
        v[Field.HOST_OS_FAMILY.ordinal()] = h.os().family();
        v[Field.HOST_OS_NAME.ordinal()] = h.os().name();
        v[Field.HOST_OS_TYPE.ordinal()] = h.os().type();
        v[Field.HOST_OS_VERSION.ordinal()] = h.os().version();
        v[Field.MESSAGE.ordinal()] = processEvent ? "Endpoint process event" : "Endpoint file event";

        Processes.Info p = Processes.info(e.process(), win);
        v[Field.PROCESS_SIGNER.ordinal()] = p.signer();
        v[Field.PROCESS_TRUSTED.ordinal()] = p.signer() == null ? null : Boolean.TRUE;
        v[Field.PROCESS_EXECUTABLE.ordinal()] = p.executable();
        v[Field.PROCESS_NAME.ordinal()] = e.process();
        v[Field.PROCESS_PID.ordinal()] = (long) p.pid(h.index());

        v[Field.SOURCE_IP.ordinal()] = e.sourceIp();
        SimUser u = e.user();
        if (u != null) {
            v[Field.USER_DOMAIN.ordinal()] = win ? u.domain() : null;
            v[Field.USER_ID.ordinal()] = win ? u.sid() : u.uid();
            v[Field.USER_NAME.ordinal()] = u.name();
        }
    }

    private Object category(Category c, Rand rng) {
        return switch (c) {
            case FILE -> rng.chance(mix.stringCategory()) ? "file" : new String[] {"file"};
            case FILE_PROCESS -> new String[] {"file", "process"};
            case PROCESS -> rng.chance(mix.stringCategory()) ? "process" : new String[] {"process"};
        };
    }

    private static String[] eventType(String action) {
        return switch (action) {
            case "creation" -> new String[] {"creation"};
            case "deletion" -> new String[] {"deletion"};
            case "start" -> new String[] {"start"};
            default -> new String[] {"change"};
        };
    }

    private static final char[] B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();

    /** 24 base64 characters like Defend's event ids, from two random longs (six bits a character). */
    private static String eventId(Rand rng) {
        char[] id = new char[24];
        long bits = rng.nextLong();
        for (int i = 0; i < id.length; i++) {
            if (i == 10) {
                bits = rng.nextLong();
            }
            id[i] = i >= 16 && i < 20 ? '+' : B64[(int) (bits & 63)];
            bits >>>= 6;
        }
        return new String(id);
    }

    /** Chooses, per line, how keys are written: nested, all dotted, or some groups dotted. */
    private void layout(Rand rng) {
        double r = rng.uniform();
        int mode = r < mix.dottedKeys() ? 1 : r < mix.dottedKeys() + mix.mixedKeys() ? 2 : 0;
        String group = null;
        int groupMode = 0;
        for (Field f : FIELDS) {
            if (mode == 0) {
                segments[f.ordinal()] = f.nested;
            } else if (mode == 1) {
                segments[f.ordinal()] = f.dotted;
            } else {
                if (!f.group.equals(group)) {
                    group = f.group;
                    groupMode = rng.nextInt(3);
                }
                segments[f.ordinal()] = groupMode == 0 ? f.nested : groupMode == 1 ? f.dotted : f.partial;
            }
        }
    }

    /** One pass over the fields, opening and closing objects as the key prefixes change. */
    private String write() {
        sb.setLength(0);
        sb.append('{');
        int depth = 0;
        first[0] = true;
        for (Field f : FIELDS) {
            Object value = values[f.ordinal()];
            if (value == null) {
                continue;
            }
            String[] s = segments[f.ordinal()];
            int common = 0;
            while (common < depth && common < s.length - 1 && open[common].equals(s[common])) {
                common++;
            }
            while (depth > common) {
                sb.append('}');
                depth--;
            }
            for (int k = depth; k < s.length - 1; k++) {
                comma(depth);
                key(s[k]);
                sb.append('{');
                open[depth] = s[k];
                depth++;
                first[depth] = true;
            }
            comma(depth);
            key(s[s.length - 1]);
            value(value);
        }
        while (depth > 0) {
            sb.append('}');
            depth--;
        }
        return sb.append('}').toString();
    }

    private void comma(int depth) {
        if (!first[depth]) {
            sb.append(',');
        }
        first[depth] = false;
    }

    /** Keys are constants without characters to escape. */
    private void key(String k) {
        sb.append('"').append(k).append("\":");
    }

    private void value(Object v) {
        if (v instanceof String s) {
            quote(s);
        } else if (v instanceof String[] arr) {
            sb.append('[');
            for (int i = 0; i < arr.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                quote(arr[i]);
            }
            sb.append(']');
        } else if (v instanceof Raw raw) {
            sb.append(raw.json());
        } else if (v instanceof Long n) {
            sb.append(n.longValue());
        } else {
            sb.append(v); // Boolean
        }
    }

    /**
     * Appends a JSON string. The simulator's strings are ASCII without control characters, so
     * only backslashes (Windows paths) and quotes need escaping; {@code indexOf} finds them fast.
     */
    private void quote(String s) {
        sb.append('"');
        if (s.indexOf('\\') < 0 && s.indexOf('"') < 0) {
            sb.append(s);
        } else {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' || c == '"') {
                    sb.append('\\');
                }
                sb.append(c);
            }
        }
        sb.append('"');
    }

    /** Pre-serialized JSON (used only to plant a wrongly typed value). */
    private record Raw(String json) {}
}
