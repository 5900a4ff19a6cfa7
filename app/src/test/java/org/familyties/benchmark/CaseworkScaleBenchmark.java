package org.familyties.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Server time of the case page, the caseload, search and the service dashboard on the national-scale data
 * set, at 1 and at 16 concurrent users (16 with a think time of {@code -Dbenchmark.think-ms}, default 1000, and 16
 * with none), measured by {@code scripts/load/LoadRunner.java} against the running
 * application. The data set is loaded by {@code familyties demo-data --scale national} as the context starts
 * (minutes) into {@code -Dbenchmark.dir} (default: a directory under the system temporary directory), and is
 * reused by later runs on the same directory. {@code -Dbenchmark.factor=0.1} loads a tenth of the people.
 */
abstract class CaseworkScaleBenchmark {

    static final String PROPERTIES_DIR = "${benchmark.dir:${java.io.tmpdir}/familyties-casework-bench}";
    static final int REQUESTS = Integer.getInteger("benchmark.requests", 100);
    static final long THINK_MS = Long.getLong("benchmark.think-ms", 1000);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    abstract String database();

    @Test
    void pagesAndApiAtNationalScale() throws Exception {
        Long cases = jdbc.queryForObject("select count(*) from family_case", Long.class);
        Long contacts = jdbc.queryForObject("select count(*) from contact_event", Long.class);
        Long people = jdbc.queryForObject("select count(*) from person", Long.class);
        assertThat(cases).isGreaterThan(1000);
        Path work = Files.createTempDirectory("casework-bench");
        long prison = jdbc.queryForObject("select up.prison_id from user_prison up join app_user u on u.id = up.user_id "
                + "where u.username = 'caseworker'", Long.class);
        Path caseIds = write(work.resolve("case-ids.txt"), jdbc.queryForList(
                "select id from family_case where prison_id = ? order by id", Long.class, prison).stream()
                .map(String::valueOf).toList());
        Path terms = write(work.resolve("search-terms.txt"), searchTerms(prison));
        String header = String.format(Locale.ROOT, "BENCHMARK %s: %,d people, %,d cases, %,d contact events; "
                        + "load average %.2f at start", database(), people, cases, contacts,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        StringBuilder report = new StringBuilder(header).append('\n');
        List<String> casework = List.of("/cases/{@" + caseIds + "}", "/cases?mine=true", "/cases",
                "/search?q={@" + terms + "}", "/api/v1/cases/{@" + caseIds + "}/contacts", "/api/v1/cases?mine=true");
        // the default period's figures are kept until the next change; a period from and to random days (29,241
        // of them) is nearly always computed afresh, as every view is when changes come faster than views
        List<String> dashboard = List.of("/dashboard", "/dashboard?by=CASEWORKER",
                "/dashboard?from=2025-0{1..9}-{10..28}&to=2026-0{1..9}-{10..28}");
        // unmeasured: lets the JIT compile the hot paths (a few thousand requests) before the first measured run,
        // as in a service that has been running for a while
        run("caseworker", 16, 0, 40, casework);
        run("manager", 16, 0, 10, dashboard);
        // 16 users first as people use the service (each pausing about a second between clicks, far busier than
        // someone reading a case file), then with no pause at all: 16 requests always in flight on 2 cores
        for (long[] load : new long[][] {{1, 0}, {16, THINK_MS}, {16, 0}}) {
            int users = (int) load[0];
            int perUser = Math.max(load[1] > 0 ? 10 : 5, REQUESTS / users);
            report.append(run("caseworker", users, load[1], perUser, casework));
            report.append(run("manager", users, load[1], Math.max(3, perUser / 5), dashboard));
        }
        report.append(String.format(Locale.ROOT, "load average %.2f at the end%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark-casework-" + database() + ".txt"), report);
        Files.delete(caseIds);
        Files.delete(terms);
        Files.delete(work);
    }

    /** Names as typed: exact, reversed, with a transposed letter, with a date of birth, and prison numbers. */
    private List<String> searchTerms(long prison) {
        List<String[]> names = jdbc.query("select p.given_name, p.family_name, p.prison_number, p.date_of_birth "
                        + "from person p join case_client cc on cc.person_id = p.id join family_case c on c.id = cc.case_id "
                        + "where c.prison_id = ? order by p.id",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}, prison);
        Random random = new Random(7);
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 400 && !names.isEmpty(); i++) {
            String[] n = names.get(random.nextInt(names.size()));
            String term = switch (i % 5) {
                case 0 -> n[0] + " " + n[1];
                case 1 -> n[1] + " " + n[0];
                case 2 -> n[0] + " " + transpose(n[1], random);
                case 3 -> n[1] + " " + (n[3] == null ? "" : n[3]);
                default -> n[2] == null ? transpose(n[0], random) + " " + n[1] : n[2];
            };
            terms.add(URLEncoder.encode(term.trim(), StandardCharsets.UTF_8));
        }
        return terms;
    }

    private static String transpose(String word, Random random) {
        if (word.length() < 4) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 2);
        char[] c = word.toCharArray();
        char t = c[at];
        c[at] = c[at + 1];
        c[at + 1] = t;
        return new String(c);
    }

    private String run(String user, int users, long thinkMs, int requests, List<String> paths)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", loadRunner().toString(), "--base", "http://localhost:" + port, "--user", user, "--password",
                "demo", "--users", String.valueOf(users), "--think-ms", String.valueOf(thinkMs), "--requests",
                String.valueOf(requests), "--warmup",
                String.valueOf(Math.max(2, requests / 5))));
        command.addAll(paths);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        String result = String.format(Locale.ROOT, "%s as %s (load average %.2f):%n%s", database(), user,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), out);
        System.out.println(result);
        return result;
    }

    private static Path loadRunner() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("scripts/load/LoadRunner.java"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("scripts/load/LoadRunner.java above the working directory").isNotNull();
        return dir.resolve("scripts/load/LoadRunner.java");
    }

    private static Path write(Path file, List<String> lines) throws IOException {
        return Files.write(file, lines);
    }
}
