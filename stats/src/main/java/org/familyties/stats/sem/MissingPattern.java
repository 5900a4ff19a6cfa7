package org.familyties.stats.sem;

import java.util.List;

/** Cases of one group that have the same variables observed. */
public record MissingPattern(int group, List<String> observed, int cases) {
    public MissingPattern {
        observed = List.copyOf(observed);
    }
}
