package org.familyties.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.familyties.access.NewUser;
import org.familyties.access.Users;
import org.familyties.retention.RetentionPathways;
import org.familyties.retention.RetentionReports;
import org.familyties.retention.TracingWorklist;
import org.familyties.shared.Role;
import org.familyties.study.NewFamily;
import org.familyties.study.NewInformantRole;
import org.familyties.study.NewParticipant;
import org.familyties.study.NewWave;
import org.familyties.study.Participant;
import org.familyties.study.Studies;
import org.familyties.study.StudyDesigns;
import org.familyties.study.StudyFamilies;
import org.familyties.study.Wave;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The tracing worklist, retention metrics and a family's pathways for a cohort of 1,000 participants with
 * three waves, two channels, two places and six contact attempts per wave each (18,000 attempts) on H2.
 * Run with {@code mvn -o -pl app test -Dtest=RetentionBenchmark -Dbenchmark=true}.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:retentionbench;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
    "logging.level.org.familyties.web.RequestLog=WARN"})
@ActiveProfiles("demo")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class RetentionBenchmark {

    static final int PARTICIPANTS = Integer.getInteger("benchmark.participants", 1_000);
    static final String[] OUTCOMES = {"NO_ANSWER", "MESSAGE_LEFT", "NUMBER_DEAD", "SPOKE_CALL_BACK",
        "SPOKE_APPOINTMENT_MADE", "INTERVIEW_DONE"};

    @Autowired
    Studies studies;
    @Autowired
    Users users;
    @Autowired
    StudyDesigns designs;
    @Autowired
    StudyFamilies families;
    @Autowired
    TracingWorklist worklist;
    @Autowired
    RetentionReports reports;
    @Autowired
    RetentionPathways pathways;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void worklistMetricsAndPathwaysForAThousandParticipants() {
        long study = studies.register("RBENCH", "Retention benchmark study");
        users.create(new NewUser("rbenchdm", "Bench DM", "a-long-password-1", Set.of(Role.DATA_MANAGER), Set.of(),
                Set.of(), Set.of(study)));
        var user = users.currentUserFor("rbenchdm").orElseThrow();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Wave> waves = List.of(
                designs.addWave(study, new NewWave("One", "ABSOLUTE", today.minusYears(3), today.minusYears(3).plusMonths(6),
                        null, null, null), user),
                designs.addWave(study, new NewWave("Two", "ABSOLUTE", today.minusYears(1), today.minusYears(1).plusMonths(6),
                        null, null, null), user),
                designs.addWave(study, new NewWave("Three", "ABSOLUTE", today.minusMonths(2), today.plusMonths(4), null,
                        null, null), user));
        designs.addRole(study, new NewInformantRole("carer", "Carer", "K", false), user);
        List<Participant> participants = new ArrayList<>();
        for (int f = 0; f < PARTICIPANTS; f++) {
            var family = families.registerFamily(study, new NewFamily(String.format("F%05d", 90_000 + f), null, null), user);
            participants.add(families.addParticipant(study, family.id(), new NewParticipant("carer", "Bench", "P" + f,
                    null, null, null), user));
        }
        Random random = new Random(7);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> places = new ArrayList<>();
        List<Object[]> attempts = new ArrayList<>();
        for (Participant p : participants) {
            long[] channels = new long[2];
            for (int c = 0; c < 2; c++) {
                jdbc.update("insert into retention_channel (study_id, participant_id, kind, detail, valid_from, valid_to, "
                        + "recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)", study, p.id(), c == 0 ? "PHONE" : "EMAIL",
                        "x" + c, today.minusYears(4), null, now, "bench");
                channels[c] = jdbc.queryForObject("select max(id) from retention_channel", Long.class);
            }
            places.add(new Object[] {study, p.id(), "HOME", "1 Road", "LB1", null, today.minusYears(4), today.minusYears(2),
                "PARTICIPANT", now, "bench"});
            places.add(new Object[] {study, p.id(), "HOME", "2 Road", "MD2", null, today.minusYears(2), null,
                "RETURNED_MAIL", now, "bench"});
            for (Wave w : waves) {
                LocalDate start = w.window().start();
                for (int a = 0; a < 6; a++) {
                    LocalDate day = start.plusDays(a * 5L);
                    if (!day.isBefore(today)) {
                        break;
                    }
                    attempts.add(new Object[] {study, p.id(), w.id(), channels[a % 2], a % 2 == 0 ? "PHONE" : "EMAIL",
                        day.atTime(10, 0).atOffset(ZoneOffset.UTC), OUTCOMES[random.nextInt(OUTCOMES.length)], "bench",
                        null, now});
                }
            }
        }
        jdbc.batchUpdate("insert into retention_location (study_id, participant_id, kind, address, area, establishment, "
                + "moved_in, moved_out, learned_from, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", places);
        jdbc.batchUpdate("insert into retention_attempt (study_id, participant_id, wave_id, channel_id, channel_kind, "
                + "attempted_at, outcome, made_by, notes, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", attempts);
        System.out.printf("BENCHMARK retention data: %d participants, %d attempts%n", participants.size(), attempts.size());

        time("worklist", () -> worklist.worklist(study, waves.get(2).id(), user).rows().size());
        time("metrics", () -> reports.report(study, user).rows().size());
        long familyId = participants.get(0).familyId();
        time("family pathways", () -> pathways.familyPathways(study, familyId, user).size());
        assertThat(worklist.worklist(study, waves.get(2).id(), user).rows()).isNotEmpty();
    }

    private static void time(String what, Supplier<Integer> task) {
        task.get();
        long[] ms = new long[5];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            task.get();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("BENCHMARK %s: median %d ms (min %d, max %d) over 5 runs%n", what, ms[2], ms[0], ms[4]);
    }
}
