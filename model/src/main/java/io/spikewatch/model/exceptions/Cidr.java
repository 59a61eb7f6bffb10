package io.spikewatch.model.exceptions;

/** An IPv4 or IPv6 network such as {@code 10.0.3.0/24}, for source-address exceptions. */
record Cidr(byte[] network, int prefix) {

    private static final java.util.Map<String, Cidr> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@link #parse} with a cache: exceptions are few, events many. */
    static Cidr of(String text) {
        return CACHE.computeIfAbsent(text, Cidr::parse);
    }

    static Cidr parse(String text) {
        int slash = text.indexOf('/');
        byte[] addr = Ip.parse(text.substring(0, slash));
        if (addr == null) {
            throw new IllegalArgumentException("source '" + text + "': not an IP network");
        }
        int prefix;
        try {
            prefix = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("source '" + text + "': prefix is not a number");
        }
        if (prefix < 0 || prefix > addr.length * 8) {
            throw new IllegalArgumentException("source '" + text + "': prefix outside 0-" + addr.length * 8);
        }
        return new Cidr(addr, prefix);
    }

    boolean contains(String ip) {
        byte[] a = Ip.parse(ip);
        if (a == null || a.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (a[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (a[full] & mask) == (network[full] & mask);
    }

    /** Literal addresses only: never a DNS lookup. */
    private static final class Ip {
        static byte[] parse(String s) {
            if (s == null || s.isEmpty()) {
                return null;
            }
            if (s.indexOf(':') >= 0) {
                return s.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.') ? v6(s) : null;
            }
            String[] p = s.split("\\.");
            if (p.length != 4) {
                return null;
            }
            byte[] out = new byte[4];
            for (int i = 0; i < 4; i++) {
                try {
                    int v = Integer.parseInt(p[i]);
                    if (v < 0 || v > 255) {
                        return null;
                    }
                    out[i] = (byte) v;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            return out;
        }

        private static byte[] v6(String s) {
            try {
                // Safe: the characters were checked to be a literal, so no name resolution happens.
                return java.net.InetAddress.getByName(s).getAddress();
            } catch (java.net.UnknownHostException e) {
                return null;
            }
        }
    }
}
