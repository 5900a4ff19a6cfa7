package org.familyties.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.familyties.access.NewUser;
import org.familyties.access.Users;
import org.familyties.estate.Estate;
import org.familyties.estate.PrisonView;
import org.familyties.estate.Prisons;
import org.familyties.estate.RegionView;
import org.familyties.people.People;
import org.familyties.shared.Role;
import org.familyties.study.Studies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo data set on first start of an empty database. A fixed seed makes it the same on every
 * machine, so the README's demo accounts and counts hold.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "familyties.command", matchIfMissing = true, havingValue = "none")
@Order(0)
class DemoDataLoader implements ApplicationRunner {

    static final long SEED = 20_260_101L;
    static final String DEMO_PASSWORD = "demo";
    static final int WOMENS_PRISONS = 6;
    static final int PEOPLE_PER_PRISON = 20;

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final Prisons prisons;
    private final Users users;
    private final Studies studies;
    private final People people;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final java.time.Clock clock;

    DemoDataLoader(Prisons prisons, Users users, Studies studies, People people,
                   org.springframework.jdbc.core.JdbcTemplate jdbc, java.time.Clock clock) {
        this.prisons = prisons;
        this.users = users;
        this.studies = studies;
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (prisons.count() > 0) {
            return;
        }
        Random random = new Random(SEED);
        List<PrisonView> estate = loadPrisons();
        long studyId = studies.register("FAMWAVES", "Families across the sentence and after release (demo study)");
        loadAccounts(estate, studyId);
        loadPeopleInPrison(estate, random);
        java.util.Map<Long, Long> caseworkers = java.util.Map.of(
                estate.get(0).id(), users.currentUserFor("caseworker").orElseThrow().userId(),
                estate.get(1).id(), users.currentUserFor("caseworker2").orElseThrow().userId());
        long started = System.nanoTime();
        int cases = new CaseworkDemoData(jdbc, SEED + 1, clock, caseworkers)
                .load(estate.stream().map(PrisonView::id).toList());
        log.info("Loaded demo data: {} prisons, {} people in prison, {} cases (casework in {} ms), demo accounts with "
                + "password '{}'", estate.size(), estate.size() * PEOPLE_PER_PRISON, cases,
                (System.nanoTime() - started) / 1_000_000, DEMO_PASSWORD);
        var safeguarding = new SafeguardingDemoData(jdbc, SEED + 2, clock).load(estate.get(0).id(),
                users.currentUserFor("caseworker").orElseThrow().userId(), "caseworker");
        log.info("Loaded safeguarding demo data: {}", safeguarding);
        int planned = new PlannedContactDemoData(jdbc, SEED + 3, clock).load(List.of(estate.get(0).id(),
                estate.get(1).id()));
        log.info("Planned {} upcoming demo contacts", planned);
    }

    private List<PrisonView> loadPrisons() {
        List<RegionView> regions = prisons.regions();
        List<PrisonView> created = new ArrayList<>();
        for (int i = 0; i < DemoNames.PRISON_NAMES.size(); i++) {
            Estate estate = i % 5 == 4 ? Estate.WOMENS : Estate.MENS;
            RegionView region = regions.get(i % regions.size());
            String code = String.format("D%02d", i + 1);
            created.add(prisons.register(code, "HMP " + DemoNames.PRISON_NAMES.get(i), estate, region.code()));
        }
        return created;
    }

    private void loadAccounts(List<PrisonView> estate, long studyId) {
        PrisonView home = estate.get(0);
        PrisonView other = estate.get(1);
        demo("admin", "Alex Admin (demo)", Set.of(Role.ADMIN), Set.of(), Set.of(), Set.of());
        demo("caseworker", "Casey Worker (demo)", Set.of(Role.CASEWORKER), Set.of(home.id()), Set.of(), Set.of());
        demo("caseworker2", "Chris Worker (demo)", Set.of(Role.CASEWORKER), Set.of(other.id()), Set.of(), Set.of());
        demo("safeguarding", "Sam Safeguarding (demo)", Set.of(Role.SAFEGUARDING_LEAD), Set.of(home.id()), Set.of(),
                Set.of());
        demo("manager", "Morgan Manager (demo)", Set.of(Role.SERVICE_MANAGER), Set.of(), Set.of(home.regionCode()),
                Set.of());
        demo("researcher", "Robin Researcher (demo)", Set.of(Role.RESEARCHER), Set.of(), Set.of(), Set.of(studyId));
        demo("datamanager", "Dana Datamanager (demo)", Set.of(Role.DATA_MANAGER), Set.of(), Set.of(), Set.of(studyId));
    }

    private void demo(String username, String name, Set<Role> roles, Set<Long> prisonIds, Set<String> regions,
                      Set<Long> studyIds) {
        users.createDemoAccount(new NewUser(username, name, DEMO_PASSWORD, roles, prisonIds, regions, studyIds));
    }

    private void loadPeopleInPrison(List<PrisonView> estate, Random random) {
        int number = 1000;
        for (PrisonView prison : estate) {
            List<String> given = prison.estate() == Estate.WOMENS ? DemoNames.FEMALE_GIVEN : DemoNames.MALE_GIVEN;
            for (int i = 0; i < PEOPLE_PER_PRISON; i++) {
                String prisonNumber = String.format("Z%04d%s", number++, (char) ('A' + random.nextInt(26)));
                LocalDate dob = LocalDate.of(1965 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
                people.registerPersonInPrison(pick(given, random), pick(DemoNames.FAMILY, random), dob, prisonNumber,
                        prison.id());
            }
        }
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
