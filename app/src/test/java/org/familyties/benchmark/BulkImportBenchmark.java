package org.familyties.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.familyties.access.NewUser;
import org.familyties.access.Users;
import org.familyties.instruments.Choice;
import org.familyties.instruments.DataDictionary;
import org.familyties.instruments.Field;
import org.familyties.instruments.FieldType;
import org.familyties.instruments.MissingCode;
import org.familyties.shared.Role;
import org.familyties.study.ConsentKind;
import org.familyties.study.NewConsent;
import org.familyties.study.NewFamily;
import org.familyties.study.NewInformantRole;
import org.familyties.study.NewParticipant;
import org.familyties.study.NewWave;
import org.familyties.study.RecordImports;
import org.familyties.study.ScheduleEntry;
import org.familyties.study.Studies;
import org.familyties.study.StudyConsents;
import org.familyties.study.StudyDesigns;
import org.familyties.study.StudyDictionaries;
import org.familyties.study.StudyFamilies;
import org.familyties.study.Wave;
import org.familyties.support.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * One million item responses through the bulk import: 1,000 participants, 5 waves, 200 items. Runs on the
 * embedded default (an H2 file database, made afresh under {@code target/}) or, with
 * {@code -Dbenchmark.database=postgres}, on an embedded PostgreSQL server.
 * Run with {@code mvn -o -pl app test -Dtest=BulkImportBenchmark -Dbenchmark=true}.
 */
@SpringBootTest(properties = "logging.level.org.familyties.web.RequestLog=WARN")
@ActiveProfiles("demo")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class BulkImportBenchmark {

    /** Fewer participants with -Dbenchmark.participants=N, for a quicker look. */
    static final int PARTICIPANTS = Integer.getInteger("benchmark.participants", 1_000);
    static final int WAVES = 5;
    static final int ITEMS = 200;

    static final String DATABASE = System.getProperty("benchmark.database", "h2");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        if (DATABASE.equals("postgres")) {
            registry.add("spring.datasource.url", EmbeddedPostgresServer::jdbcUrl);
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("spring.datasource.password", () -> "postgres");
        } else {
            Path directory = Path.of("target", "benchmark-h2");
            FileSystemUtils.deleteRecursively(directory);
            registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + directory.toAbsolutePath().resolve("familyties")
                    + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE");
        }
    }

    @Autowired
    Studies studies;
    @Autowired
    Users users;
    @Autowired
    StudyDesigns designs;
    @Autowired
    StudyDictionaries dictionaries;
    @Autowired
    StudyFamilies families;
    @Autowired
    StudyConsents consents;
    @Autowired
    RecordImports imports;

    @Test
    void importsAMillionResponses() {
        long study = studies.register("BENCH", "Benchmark study");
        users.create(new NewUser("benchdm", "Bench DM", "a-long-password-1", Set.of(Role.DATA_MANAGER), Set.of(),
                Set.of(), Set.of(study)));
        var user = users.currentUserFor("benchdm").orElseThrow();
        List<Wave> waves = new ArrayList<>();
        for (int w = 1; w <= WAVES; w++) {
            waves.add(designs.addWave(study, new NewWave("Wave " + w, "ABSOLUTE", LocalDate.of(2020 + w, 1, 1),
                    LocalDate.of(2020 + w, 12, 31), null, null, null), user));
        }
        var role = designs.addRole(study, new NewInformantRole("carer", "Carer", "K", false), user);
        List<Choice> choices = List.of(new Choice("1", "1"), new Choice("2", "2"), new Choice("3", "3"),
                new Choice("4", "4"), new Choice("5", "5"));
        List<Field> fields = new ArrayList<>();
        for (int i = 1; i <= ITEMS; i++) {
            fields.add(Field.builder("q_" + i, "wide", FieldType.RADIO).label("Item " + i).choices(choices).build());
        }
        dictionaries.install(study, new DataDictionary(fields, MissingCode.DEFAULTS));
        designs.setSchedule(study, waves.stream().map(w -> new ScheduleEntry(w.id(), role.id(), "wide")).toList(), user);

        long setUp = System.nanoTime();
        Map<String, List<NewConsent>> consentsGiven = new LinkedHashMap<>();
        List<String> pseudonyms = new ArrayList<>();
        for (int f = 0; f < PARTICIPANTS; f++) {
            var family = families.registerFamily(study, new NewFamily(String.format("F%05d", f), null, null), user);
            var p = families.addParticipant(study, family.id(), new NewParticipant("carer", "Bench", "Person" + f,
                    null, null, null), user);
            pseudonyms.add(p.pseudonym());
            consentsGiven.put(p.pseudonym(), waves.stream().map(w -> new NewConsent(w.id(), ConsentKind.CONSENT, null,
                    LocalDate.of(2021, 1, 1), false, true, false, false, false)).toList());
        }
        consents.recordAll(study, consentsGiven, user);
        System.out.printf("BENCHMARK set-up of %d participants: %d ms%n", PARTICIPANTS,
                (System.nanoTime() - setUp) / 1_000_000);

        Random random = new Random(1);
        StringBuilder csv = new StringBuilder("participant,wave");
        for (int i = 1; i <= ITEMS; i++) {
            csv.append(",q_").append(i);
        }
        csv.append(",wide_complete\n");
        for (String pseudonym : pseudonyms) {
            for (int w = 1; w <= WAVES; w++) {
                csv.append(pseudonym).append(",Wave ").append(w);
                for (int i = 0; i < ITEMS; i++) {
                    csv.append(',').append(1 + random.nextInt(5));
                }
                csv.append(",2\n");
            }
        }
        long start = System.nanoTime();
        var report = imports.importCsv(study, new StringReader(csv.toString()), user);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("BENCHMARK %s: imported %d rows, %d records, %d responses in %d ms%n", DATABASE, report.rows(),
                report.records(), report.responses(), millis);
        assertThat(report.problems()).isEmpty();
        assertThat(report.responses()).isEqualTo((long) PARTICIPANTS * WAVES * ITEMS);
        assertThat(millis).isLessThan(30_000L * PARTICIPANTS / 1_000);
    }
}
