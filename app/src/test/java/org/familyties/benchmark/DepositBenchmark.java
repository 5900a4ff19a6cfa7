package org.familyties.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.familyties.FamilyTiesApplication;
import org.familyties.export.DepositOptions;
import org.familyties.export.Deposits;
import org.familyties.instruments.Choice;
import org.familyties.instruments.DataDictionary;
import org.familyties.instruments.Field;
import org.familyties.instruments.FieldType;
import org.familyties.instruments.MissingCode;
import org.familyties.instruments.TextValidation;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.Role;
import org.familyties.study.InformantRole;
import org.familyties.study.NewInformantRole;
import org.familyties.study.NewWave;
import org.familyties.study.ScheduleEntry;
import org.familyties.study.Studies;
import org.familyties.study.StudyDesign;
import org.familyties.study.StudyDesigns;
import org.familyties.study.StudyDictionaries;
import org.familyties.study.Wave;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times a deposit package of a cohort-scale study on the embedded H2 file database: 20,000 families with
 * three informants each, four waves and 200 questionnaire variables (one instrument per informant role).
 * The study is loaded once into the given directory (minutes) and reused by later runs; only the deposit
 * is timed. Not part of the test suite: run scripts/bench/deposit.sh.
 *
 * <p>Arguments: data directory (default target/bench-deposit), families (default 20000).
 */
public final class DepositBenchmark {

    static final String CODE = "BENCH";
    static final int WAVES = 4;
    static final String[] ROLES = {"father", "mother", "child"};
    static final int VARIABLES = 200;

    public static void main(String[] args) throws Exception {
        String dir = java.nio.file.Path.of(args.length > 0 ? args[0] : "target/bench-deposit").toAbsolutePath().toString();
        int families = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        // Command-line arguments outrank application.yml, so the benchmark never touches the default database.
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FamilyTiesApplication.class)
                .profiles("bench")
                .run("--spring.datasource.url=jdbc:h2:file:" + dir + "/familyties;DATABASE_TO_LOWER=TRUE;"
                                + "DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=262144",
                        "--familyties.export.directory=" + dir + "/deposits", "--server.port=0", "--familyties.command=bench", "--logging.level.root=WARN")) {
            Studies studies = ctx.getBean(Studies.class);
            long studyId = studies.findByCode(CODE).map(s -> s.id()).orElseGet(() -> studies.register(CODE, "Cohort benchmark"));
            CurrentUser user = new CurrentUser(0, "bench", "Benchmark", Set.of(Role.DATA_MANAGER), Set.of(),
                    Set.of(studyId), false);
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            Integer loaded = jdbc.queryForObject("select count(*) from study_family where study_id = ?", Integer.class, studyId);
            if (loaded == null || loaded == 0) {
                long t = System.nanoTime();
                load(ctx, jdbc, studyId, user, families);
                System.out.printf("loaded %d families in %.0f s%n", families, (System.nanoTime() - t) / 1e9);
            }
            Long responses = jdbc.queryForObject("select count(*) from study_response s join study_record r "
                    + "on r.id = s.record_id where r.study_id = ?", Long.class, studyId);
            Deposits deposits = ctx.getBean(Deposits.class);
            for (int run = 1; run <= 2; run++) {
                System.gc();
                List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP).toList();
                heap.forEach(MemoryPoolMXBean::resetPeakUsage);
                // CPU time as well as wall time: on a shared machine the wall time mostly measures the others.
                var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
                var threads = ManagementFactory.getThreadMXBean();
                long start = System.nanoTime();
                long processCpu = os.getProcessCpuTime();
                long threadCpu = threads.getCurrentThreadCpuTime();
                Deposits.Made made = deposits.create(studyId, DepositOptions.defaults(), user);
                double seconds = (System.nanoTime() - start) / 1e9;
                double threadSeconds = (threads.getCurrentThreadCpuTime() - threadCpu) / 1e9;
                double processSeconds = (os.getProcessCpuTime() - processCpu) / 1e9;
                long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                System.out.printf("run %d: deposit of %d families, %d stored answers: %.1f s (CPU: %.1f s this thread, "
                                + "%.1f s whole process), zip %.1f MB, peak heap (sum of pool peaks) %.0f MB, max heap %.0f MB%n",
                        run, families, responses, seconds, threadSeconds, processSeconds,
                        made.deposit().zipSize() / 1e6, peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
                made.result().datasets().forEach(d -> System.out.printf("  %-16s %7d rows %5d variables%n",
                        d.name(), d.rows(), d.variables()));
                String file = jdbc.queryForObject("select zip_file from export_deposit where id = ?", String.class,
                        made.deposit().id());
                if (file != null) {
                    java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(dir, "deposits", file));
                }
                jdbc.update("delete from export_deposit where id = ?", made.deposit().id());
            }
        }
    }

    /** The design through the study facades; families, answers and consents in JDBC batches (as a bulk import would). */
    static void load(ConfigurableApplicationContext ctx, JdbcTemplate jdbc, long studyId, CurrentUser user, int families) {
        StudyDesigns designs = ctx.getBean(StudyDesigns.class);
        List<Wave> waves = new ArrayList<>();
        for (int w = 1; w <= WAVES; w++) {
            waves.add(designs.addWave(studyId, new NewWave("Wave " + w, "ABSOLUTE", LocalDate.of(2018 + 2 * w, 1, 1),
                    LocalDate.of(2018 + 2 * w, 12, 31), null, null, null), user));
        }
        List<InformantRole> roles = new ArrayList<>();
        for (String code : ROLES) {
            roles.add(designs.addRole(studyId, new NewInformantRole(code, code, code.substring(0, 1).toUpperCase(),
                    code.equals("child")), user));
        }
        List<Field> fields = new ArrayList<>();
        List<Choice> scale = List.of(new Choice("1", "Never"), new Choice("2", "Rarely"), new Choice("3", "Sometimes"),
                new Choice("4", "Often"), new Choice("5", "Always"));
        for (int v = 0; v < VARIABLES; v++) {
            int role = v * ROLES.length / VARIABLES; // each form's fields together: 67, 67 and 66
            String instrument = "q_" + ROLES[role];
            String name = ROLES[role].charAt(0) + "q" + (v + 1);
            fields.add(v % 10 == 0
                    ? Field.builder(name, instrument, FieldType.TEXT).label("Count " + name).validation(TextValidation.INTEGER).build()
                    : Field.builder(name, instrument, FieldType.RADIO).label("Item " + name).choices(scale).build());
        }
        ctx.getBean(StudyDictionaries.class).install(studyId, new DataDictionary(fields, MissingCode.DEFAULTS));
        List<ScheduleEntry> schedule = new ArrayList<>();
        for (Wave w : waves) {
            for (InformantRole r : roles) {
                schedule.add(new ScheduleEntry(w.id(), r.id(), "q_" + r.code()));
            }
        }
        StudyDesign design = designs.setSchedule(studyId, schedule, user);

        Random random = new Random(7);
        Timestamp now = Timestamp.from(Instant.now());
        long participantId = next(jdbc, "study_participant");
        long familyId = next(jdbc, "study_family");
        long recordId = next(jdbc, "study_record");
        List<Object[]> familyRows = new ArrayList<>();
        List<Object[]> participantRows = new ArrayList<>();
        List<Object[]> consentRows = new ArrayList<>();
        List<Object[]> recordRows = new ArrayList<>();
        List<Object[]> responseRows = new ArrayList<>();
        for (int f = 0; f < families; f++) {
            String code = String.format("B%06d", f);
            LocalDate start = LocalDate.of(2017, 1, 1).plusDays(random.nextInt(900));
            familyRows.add(new Object[] {familyId, studyId, code, start, start.plusDays(200 + random.nextInt(800)), now});
            for (InformantRole role : design.roles()) {
                participantRows.add(new Object[] {participantId, studyId, familyId, role.id(),
                        code + "-" + role.pseudonymSuffix() + "1", now});
                for (Wave w : design.waves()) {
                    consentRows.add(new Object[] {studyId, participantId, w.id(), role.child() ? "ASSENT" : "CONSENT",
                            null, LocalDate.of(2019, 1, 1), false, true, false, false, random.nextInt(20) != 0, now, "bench"});
                    if (role.child()) {
                        consentRows.add(new Object[] {studyId, participantId, w.id(), "PARENT_CONSENT", "mother",
                                LocalDate.of(2019, 1, 1), false, true, false, false, true, now, "bench"});
                    }
                    String instrument = "q_" + role.code();
                    recordRows.add(new Object[] {recordId, studyId, participantId, w.id(), instrument, "COMPLETE", now, "bench"});
                    for (Field field : fields) {
                        if (field.formName().equals(instrument)) {
                            String answer = field.type() == FieldType.TEXT ? String.valueOf(random.nextInt(40))
                                    : random.nextInt(50) == 0 ? "-7" : String.valueOf(1 + random.nextInt(5));
                            responseRows.add(new Object[] {recordId, field.name(), answer});
                        }
                    }
                    recordId++;
                }
                participantId++;
            }
            familyId++;
            if (responseRows.size() > 200_000 || f == families - 1) {
                flush(jdbc, familyRows, participantRows, consentRows, recordRows, responseRows);
            }
        }
    }

    private static long next(JdbcTemplate jdbc, String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return max == null ? 1 : max + 1;
    }

    private static void flush(JdbcTemplate jdbc, List<Object[]> families, List<Object[]> participants,
                              List<Object[]> consents, List<Object[]> records, List<Object[]> responses) {
        jdbc.batchUpdate("insert into study_family (id, study_id, code, father_sentence_start, father_release, created_at) "
                + "values (?, ?, ?, ?, ?, ?)", families);
        jdbc.batchUpdate("insert into study_participant (id, study_id, family_id, role_id, pseudonym, created_at) "
                + "values (?, ?, ?, ?, ?, ?)", participants);
        jdbc.batchUpdate("insert into study_consent (study_id, participant_id, wave_id, kind, given_by, given_on, interview, "
                + "questionnaires, recording, data_linkage, archiving, recorded_at, recorded_by) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", consents);
        jdbc.batchUpdate("insert into study_record (id, study_id, participant_id, wave_id, instrument, status, updated_at, "
                + "updated_by) values (?, ?, ?, ?, ?, ?, ?, ?)", records);
        jdbc.batchUpdate("insert into study_response (record_id, field_name, answer) values (?, ?, ?)", responses);
        families.clear();
        participants.clear();
        consents.clear();
        records.clear();
        responses.clear();
    }

    private DepositBenchmark() {
    }
}
