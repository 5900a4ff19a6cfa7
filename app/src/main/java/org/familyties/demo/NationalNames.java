package org.familyties.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** More invented names for the national data set, so that 400,000 people are not a few hundred name pairs. */
final class NationalNames {

    static final List<String> MALE_GIVEN;

    private static final List<String> STARTS = List.of("Ash", "Brad", "Carl", "Dun", "Elm", "Fair", "Gold", "Haw",
            "Kirk", "Lang", "Mill", "North", "Pen", "Red", "Shel", "Thorn", "Wake", "Whit", "Brom", "Stan", "Cross",
            "Heath", "Wood", "Black", "Green");
    private static final List<String> ENDS = List.of("ley", "worth", "ton", "field", "by", "dale", "wood", "ham",
            "croft", "well", "stone", "more", "shaw", "bridge", "ford", "den");
    private static final List<String> SURNAMES;

    static {
        List<String> given = new ArrayList<>(DemoNames.MALE_GIVEN);
        given.addAll(List.of("Tom", "Harry", "George", "Jack", "Samuel", "Joseph", "Michael", "David", "Paul", "Mark",
                "Stephen", "Anthony", "Kevin", "Gary", "Sean", "Patrick", "Ibrahim", "Yusuf", "Piotr", "Tomasz",
                "Kwame", "Emeka", "Dylan", "Ethan", "Luke", "Jake", "Ashley", "Jamie", "Robert", "Ian"));
        MALE_GIVEN = List.copyOf(given);
        List<String> surnames = new ArrayList<>(DemoNames.FAMILY);
        for (String start : STARTS) {
            for (String end : ENDS) {
                surnames.add(start + end);
            }
        }
        SURNAMES = List.copyOf(surnames);
    }

    private NationalNames() {
    }

    static String surname(Random random) {
        return SURNAMES.get(random.nextInt(SURNAMES.size()));
    }
}
