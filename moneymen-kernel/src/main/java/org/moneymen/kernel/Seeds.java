package org.moneymen.kernel;

import java.nio.charset.StandardCharsets;

/** Stable seed arithmetic: the same inputs give the same seed on every JVM and machine. */
public final class Seeds {
    private Seeds() {
    }

    /** SplitMix64's finaliser: a bijective mix of 64 bits. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A 64-bit hash of a name (FNV-1a over its UTF-8 bytes, then mixed). */
    public static long hash(String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /**
     * Derives a seed from a parent seed and any number of parts, order-sensitive: the running value is rotated
     * before each part is folded in, so swapping the seed and a part (or two parts) gives another seed, and equal
     * seed and part do not cancel.
     */
    public static long derive(long seed, long... parts) {
        long z = mix(seed + 0x9e3779b97f4a7c15L);
        for (long p : parts) {
            z = mix(Long.rotateLeft(z, 23) ^ mix(p + 0x632be59bd9b4e019L));
        }
        return z;
    }

    /** Derives a seed from a parent seed and a name. */
    public static long derive(long seed, String name) {
        return derive(seed, hash(name));
    }
}
