package org.familyties.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.familyties.access.NewUser;
import org.familyties.access.Users;
import org.familyties.estate.Estate;
import org.familyties.estate.PrisonView;
import org.familyties.estate.Prisons;
import org.familyties.estate.RegionView;
import org.familyties.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code familyties demo-data --scale national}: fills an empty database with the national-scale data set
 * (120 prisons, 100,000 cases, 400,000 people, 5,000,000 contact events) and its accounts, all with the demo
 * password: {@code caseworker} (about 60 open cases in the first prison), {@code caseworker2}, {@code manager}
 * (the first prison's region), {@code safeguarding}, {@code admin}, and {@code cw-<prison code>-<n>} for the
 * other caseworkers. {@code familyties.demo.national-factor} (default 1) shrinks the people per prison.
 */
@Component
@ConditionalOnProperty(name = "familyties.command", havingValue = "demo-data")
class DemoDataCommand implements ApplicationRunner, ExitCodeGenerator {

    static final long NATIONAL_SEED = 20_260_301L;
    static final int WOMENS_EVERY = 5;

    private final Prisons prisons;
    private final Users users;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String scale;
    private final double factor;
    private final boolean exitWhenDone;
    private final org.springframework.context.ConfigurableApplicationContext context;
    private int exitCode;

    DemoDataCommand(Prisons prisons, Users users, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                    Clock clock, @Value("${familyties.demo.scale:national}") String scale,
                    @Value("${familyties.demo.national-factor:1}") double factor,
                    @Value("${familyties.demo.exit:false}") boolean exitWhenDone,
                    org.springframework.context.ConfigurableApplicationContext context) {
        this.exitWhenDone = exitWhenDone;
        this.context = context;
        this.prisons = prisons;
        this.users = users;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.scale = scale;
        this.factor = factor;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
        if (exitWhenDone) {
            System.exit(org.springframework.boot.SpringApplication.exit(context, this));
        }
    }

    private void load() {
        if (!"national".equals(scale)) {
            System.out.println("The demo-scale data set loads by itself when 'serve' starts on an empty database; "
                    + "give --scale national for the national-scale set");
            exitCode = "demo".equals(scale) ? 0 : 2;
            return;
        }
        if (prisons.count() > 0) {
            System.out.println("The database already holds prisons; the national data set needs an empty database "
                    + "(a new FAMILYTIES_DATA_DIR, or an empty PostgreSQL database with the profiles postgres,demo)");
            exitCode = 1;
            return;
        }
        long started = System.nanoTime();
        NationalDemoData.Size size = NationalDemoData.Size.NATIONAL.scaled(factor);
        List<PrisonView> estate = registerPrisons(size.prisons());
        List<List<Long>> caseworkers = accounts(estate, size.caseworkersPerPrison());
        List<NationalDemoData.Prison> loadInto = estate.stream()
                .map(p -> new NationalDemoData.Prison(p.id(), p.estate() == Estate.WOMENS, p.regionCode())).toList();
        boolean h2 = isH2();
        if (h2) {
            // the rows are generated consistent, so H2 need not look up every foreign key row by row
            jdbc.execute("set referential_integrity false");
        }
        NationalDemoData.Result result;
        try {
            result = new NationalDemoData(jdbc, transactions, NATIONAL_SEED, clock, size)
                    .load(loadInto, caseworkers, done -> {
                        if (done % 10 == 0) {
                            System.out.printf("  %d of %d prisons loaded (%d s)%n", done, loadInto.size(),
                                    (System.nanoTime() - started) / 1_000_000_000);
                        }
                    });
        } finally {
            if (h2) {
                jdbc.execute("set referential_integrity true");
            }
        }
        System.out.printf("National data set loaded in %d s: %d prisons, %d people, %d cases, %d contact events "
                        + "(%d participants), %d caseworker accounts; password '%s'%n",
                (System.nanoTime() - started) / 1_000_000_000, result.prisons(), result.people(), result.cases(),
                result.contacts(), result.participants(), caseworkers.stream().mapToInt(List::size).sum(),
                DemoDataLoader.DEMO_PASSWORD);
        exitCode = 0;
    }

    private List<PrisonView> registerPrisons(int count) {
        List<RegionView> regions = prisons.regions();
        String[] quarters = {"", " North", " South", " East", " West"};
        List<PrisonView> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Estate estate = i % WOMENS_EVERY == WOMENS_EVERY - 1 ? Estate.WOMENS : Estate.MENS;
            RegionView region = regions.get(i % regions.size());
            String name = "HMP " + DemoNames.PRISON_NAMES.get(i % DemoNames.PRISON_NAMES.size())
                    + quarters[(i / DemoNames.PRISON_NAMES.size()) % quarters.length];
            created.add(prisons.register(String.format("N%03d", i + 1), name, estate, region.code()));
        }
        return created;
    }

    /**
     * The named demo accounts through the access facade; the many other caseworkers straight into the tables
     * with the same password hash (hashing thousands of passwords would take minutes).
     */
    private List<List<Long>> accounts(List<PrisonView> estate, int perPrison) {
        PrisonView first = estate.get(0);
        PrisonView second = estate.get(1);
        String pw = DemoDataLoader.DEMO_PASSWORD;
        users.createDemoAccount(new NewUser("admin", "Alex Admin (demo)", pw, Set.of(Role.ADMIN), Set.of(), Set.of(), Set.of()));
        long caseworker = users.createDemoAccount(new NewUser("caseworker", "Casey Worker (demo)", pw,
                Set.of(Role.CASEWORKER), Set.of(first.id()), Set.of(), Set.of()));
        long caseworker2 = users.createDemoAccount(new NewUser("caseworker2", "Chris Worker (demo)", pw,
                Set.of(Role.CASEWORKER), Set.of(second.id()), Set.of(), Set.of()));
        users.createDemoAccount(new NewUser("safeguarding", "Sam Safeguarding (demo)", pw, Set.of(Role.SAFEGUARDING_LEAD),
                Set.of(first.id()), Set.of(), Set.of()));
        users.createDemoAccount(new NewUser("manager", "Morgan Manager (demo)", pw, Set.of(Role.SERVICE_MANAGER),
                Set.of(), Set.of(first.regionCode()), Set.of()));
        String hash = jdbc.queryForObject("select password_hash from app_user where username = 'caseworker'", String.class);
        Long max = jdbc.queryForObject("select max(id) from app_user", Long.class);
        long nextId = max == null ? 1 : max + 1;
        Timestamp now = Timestamp.from(clock.instant());
        BulkRows accounts = new BulkRows(jdbc, "insert into app_user (id, username, display_name, password_hash, enabled, "
                + "demo_account, must_change_password, created_at, version) values (?, ?, ?, ?, true, true, false, ?, 0)");
        BulkRows roles = new BulkRows(jdbc, "insert into user_role (user_id, role) values (?, ?)");
        BulkRows assignments = new BulkRows(jdbc, "insert into user_prison (user_id, prison_id) values (?, ?)");
        List<List<Long>> byPrison = new ArrayList<>();
        for (PrisonView prison : estate) {
            List<Long> ids = new ArrayList<>();
            if (prison.id() == first.id()) {
                ids.add(caseworker);
            } else if (prison.id() == second.id()) {
                ids.add(caseworker2);
            }
            for (int n = ids.size() + 1; n <= perPrison; n++) {
                long id = nextId++;
                accounts.add(id, "cw-" + prison.code().toLowerCase() + "-" + n,
                        "Caseworker " + n + ", " + prison.name() + " (demo)", hash, now);
                roles.add(id, Role.CASEWORKER.name());
                assignments.add(id, prison.id());
                ids.add(id);
            }
            byPrison.add(ids);
        }
        transactions.executeWithoutResult(tx -> {
            accounts.flush();
            roles.flush();
            assignments.flush();
        });
        jdbc.execute("alter table app_user alter column id restart with " + nextId);
        return byPrison;
    }

    private boolean isH2() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()
                .toLowerCase(java.util.Locale.ROOT).contains("h2")));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
