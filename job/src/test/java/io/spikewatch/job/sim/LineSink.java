package io.spikewatch.job.sim;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * A {@link Writer} that hands each complete line to a consumer and digests every character, so
 * a test can inspect 400k lines and compare runs without holding the output in memory.
 */
final class LineSink extends Writer {

    private final Consumer<String> onLine;
    private final MessageDigest sha;
    private final StringBuilder pending = new StringBuilder(2048);

    LineSink(Consumer<String> onLine) {
        this.onLine = onLine;
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) {
        write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String s, int off, int len) {
        int end = off + len;
        int pos = off;
        while (pos < end) {
            int nl = s.indexOf('\n', pos);
            if (nl < 0 || nl >= end) {
                pending.append(s.substring(pos, end));
                return;
            }
            String line;
            if (pending.length() == 0) {
                line = s.substring(pos, nl);
            } else {
                line = pending.append(s.substring(pos, nl)).toString();
            }
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            onLine.accept(line);
            pending.setLength(0);
            pos = nl + 1;
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    /** SHA-256 of everything written so far (complete lines only), in hex. */
    String digest() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) sha.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
