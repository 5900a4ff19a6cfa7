package org.familyties.casework;

import java.util.List;

/**
 * The built-in outcome measures and their public scoring.
 *
 * <p>Intention to desist: three statements the person in prison rates from 1 (strongly disagree) to 5
 * (strongly agree) — "I intend to stop offending", "I am confident I can stay out of trouble after release",
 * "My family gives me a reason to stay out of trouble". Score = sum, 3 to 15; no score if an item is missing.
 *
 * <p>Well-being: the WHO-5 Well-Being Index (World Health Organization, free to use): five statements about
 * the last two weeks rated 0 (at no time) to 5 (all of the time). Score = sum × 4, 0 to 100; no score if an
 * item is missing. A change of 10 points is conventionally read as meaningful.
 */
public final class Measures {

    public static final List<String> DESISTANCE_ITEMS = List.of("desist.1", "desist.2", "desist.3");
    public static final List<String> WELLBEING_ITEMS = List.of("wellbeing.1", "wellbeing.2", "wellbeing.3",
            "wellbeing.4", "wellbeing.5");

    private Measures() {
    }

    public static Integer desistance(List<Integer> items) {
        return complete(items, 3, 1, 5) ? items.stream().mapToInt(Integer::intValue).sum() : null;
    }

    public static Integer wellbeing(List<Integer> items) {
        return complete(items, 5, 0, 5) ? items.stream().mapToInt(Integer::intValue).sum() * 4 : null;
    }

    static boolean complete(List<Integer> items, int count, int min, int max) {
        return items != null && items.size() == count
                && items.stream().allMatch(i -> i != null && i >= min && i <= max);
    }
}
