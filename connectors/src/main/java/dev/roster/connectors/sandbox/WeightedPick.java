package dev.roster.connectors.sandbox;

import java.util.Random;

/** A draw among choices with integer weights, for the demo organisation's generators (one seeded random). */
final class WeightedPick {
    private WeightedPick() {
    }

    /** The index drawn: {@code i} with probability {@code weights[i] / sum(weights)}. */
    static int index(Random random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
