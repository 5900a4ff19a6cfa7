package org.familyties.demo;

import java.util.List;
import java.util.Random;

/** A seeded random source with the choices the demo generators make again and again. */
final class DemoRandom extends Random {

    DemoRandom(long seed) {
        super(seed);
    }

    /** True once in {@code oneIn} draws on average. */
    boolean chance(int oneIn) {
        return nextInt(oneIn) == 0;
    }

    <T> T pick(List<T> list) {
        return list.get(nextInt(list.size()));
    }

    @SafeVarargs
    final <T> T pickOf(T... options) {
        return options[nextInt(options.length)];
    }

    static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }
}
