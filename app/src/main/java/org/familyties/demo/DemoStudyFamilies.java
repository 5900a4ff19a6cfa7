package org.familyties.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.familyties.shared.CurrentUser;
import org.familyties.study.NewFamily;
import org.familyties.study.NewParticipant;
import org.familyties.study.StudyFamilies;
import org.familyties.study.StudyFamily;
import org.springframework.stereotype.Component;

/** The demo study's families: a father, a mother or partner and one or two children each, all invented. */
@Component
class DemoStudyFamilies {

    static final int FAMILIES = 54;
    static final long SEED = 20_260_505L;

    private static final List<String> STREETS = List.of("Mill Lane", "Chapel Street", "Victoria Road", "Park Terrace",
            "Church Walk", "Station Road", "Moor View", "Canal Side", "Orchard Close", "Beck Street");
    private static final List<String> TOWNS = List.of("Lowbridge", "Eastwick", "Marden", "Hollowfield", "Sandby");
    private static final List<String> CHILD_GIVEN = List.of("Alfie", "Maisie", "Kai", "Ruby", "Tyler", "Lily",
            "Mason", "Evie", "Riley", "Poppy", "Logan", "Isla", "Harley", "Amira", "Zayn", "Freya");

    private final StudyFamilies families;

    DemoStudyFamilies(StudyFamilies families) {
        this.families = families;
    }

    /** Enrols the families; returns how many. Codes are drawn from the seeded generator, so they repeat. */
    int load(long studyId, CurrentUser user) {
        Random random = new Random(SEED);
        java.util.Set<String> used = new java.util.HashSet<>();
        for (int i = 0; i < FAMILIES; i++) {
            String code;
            do {
                code = String.format("F%03d", random.nextInt(1000));
            } while (!used.add(code));
            LocalDate release = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(4 * 365));
            LocalDate sentence = release.minusDays(300 + random.nextInt(900));
            StudyFamily family = families.registerFamily(studyId, new NewFamily(code, sentence, release), user);
            String surname = pick(DemoNames.FAMILY, random);
            String address = (1 + random.nextInt(120)) + " " + pick(STREETS, random) + ", " + pick(TOWNS, random);
            families.addParticipant(studyId, family.id(), new NewParticipant("father", pick(DemoNames.MALE_GIVEN, random),
                    surname, LocalDate.of(1975 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    null, null), user);
            families.addParticipant(studyId, family.id(), new NewParticipant("mother",
                    pick(DemoNames.FEMALE_GIVEN, random), random.nextInt(3) == 0 ? pick(DemoNames.FAMILY, random) : surname,
                    LocalDate.of(1978 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28)), address,
                    "07700 9" + String.format("%05d", random.nextInt(100_000))), user);
            int children = 1 + random.nextInt(2);
            for (int c = 0; c < children; c++) {
                families.addParticipant(studyId, family.id(), new NewParticipant("child", pick(CHILD_GIVEN, random),
                        surname, LocalDate.of(2009 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        address, null), user);
            }
        }
        return FAMILIES;
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
