package org.familyties.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Casework demo data: families, referrals, about 1,500 cases with their history, assessments, plans,
 * reviews, contacts and outcomes, for the 600 demo people in prison. Rows are batch-inserted with ids
 * assigned here (then the identity columns are moved past them), so the load stays well under a second
 * or two on the embedded database. Fixed seed: the same data on every machine, with dates relative to today.
 */
final class CaseworkDemoData {

    private static final int ROWS_PER_STATEMENT = 250;

    private final JdbcTemplate jdbc;
    private final DemoRandom random;
    private final LocalDate today;
    private final Instant now;
    private final Map<Long, Long> allocateTo;

    private final List<Object[]> persons = new ArrayList<>();
    private final List<Object[]> relationships = new ArrayList<>();
    private final List<Object[]> referrals = new ArrayList<>();
    private final List<Object[]> cases = new ArrayList<>();
    private final List<Object[]> clients = new ArrayList<>();
    private final List<Object[]> history = new ArrayList<>();
    private final List<Object[]> assessments = new ArrayList<>();
    private final List<Object[]> goals = new ArrayList<>();
    private final List<Object[]> reviews = new ArrayList<>();
    private final List<Object[]> contacts = new ArrayList<>();
    private final List<Object[]> participants = new ArrayList<>();
    private final List<Object[]> outcomes = new ArrayList<>();
    private final List<Object[]> moves = new ArrayList<>();

    private long personId;
    private long relationshipId;
    private long referralId;
    private long caseId;
    private long contactId;

    private record Member(long id, String role, LocalDate dob) {
    }

    private record Prisoner(long id, long prisonId, String familyName, LocalDate dob) {
    }

    CaseworkDemoData(JdbcTemplate jdbc, long seed, Clock clock, Map<Long, Long> caseworkerByPrison) {
        this.jdbc = jdbc;
        this.random = new DemoRandom(seed);
        this.today = LocalDate.now(clock);
        this.now = clock.instant();
        this.allocateTo = caseworkerByPrison;
    }

    /** Returns the number of cases loaded. */
    int load(List<Long> otherPrisonIds) {
        personId = next("person");
        relationshipId = next("relationship");
        referralId = next("referral");
        caseId = next("family_case");
        contactId = next("contact_event");
        List<Prisoner> prisoners = jdbc.query("select id, current_prison_id, family_name, date_of_birth from person "
                        + "where prison_number is not null order by id",
                (rs, n) -> new Prisoner(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class)));
        for (Prisoner p : prisoners) {
            List<Member> family = family(p);
            if (random.nextInt(10) == 0) {
                long from = otherPrisonIds.get(random.nextInt(otherPrisonIds.size()));
                if (from != p.prisonId()) {
                    moves.add(new Object[] {p.id(), from, p.prisonId(), today.minusDays(60 + random.nextInt(300)), "TRANSFER"});
                }
            }
            int count = 2 + (random.nextBoolean() ? 1 : 0);
            LocalDate start = today.minusDays(1000 + random.nextInt(60));
            for (int i = 0; i < count; i++) {
                boolean last = i == count - 1;
                boolean open = last && random.nextInt(4) != 0;
                LocalDate opened = start.plusDays(i * 330L + random.nextInt(40));
                engagement(p, family, opened, open);
            }
            if (random.nextInt(12) == 0) {
                waitingReferral(p);
            }
        }
        insertAll();
        return cases.size();
    }

    private List<Member> family(Prisoner p) {
        List<Member> family = new ArrayList<>();
        String surname = p.familyName();
        Member partner = null;
        int r = random.nextInt(10);
        if (r < 7) {
            partner = member(random.pick(DemoNames.FEMALE_GIVEN), surname, p.dob().plusYears(random.nextInt(7) - 3), "PARTNER");
            relate(partner.id(), p.id(), "PARTNER_OF", null);
        } else if (r < 9) {
            partner = member(random.pick(DemoNames.FEMALE_GIVEN), random.pick(DemoNames.FAMILY), p.dob().plusYears(random.nextInt(5) - 2),
                    "EX_PARTNER");
            relate(partner.id(), p.id(), "EX_PARTNER_OF", null);
        }
        if (partner != null) {
            family.add(partner);
        }
        Member grandparent = null;
        if (random.nextInt(3) == 0) {
            grandparent = member(random.pick(DemoNames.FEMALE_GIVEN), surname, p.dob().minusYears(22 + random.nextInt(8)),
                    "PARENT");
            relate(grandparent.id(), p.id(), "PARENT_OF", null);
            family.add(grandparent);
        }
        int children = random.nextInt(4);
        Member foster = null;
        for (int c = 0; c < children; c++) {
            LocalDate dob = today.minusYears(1 + random.nextInt(16)).minusDays(random.nextInt(365));
            Member child = member(random.nextBoolean() ? random.pick(DemoNames.MALE_GIVEN) : random.pick(DemoNames.FEMALE_GIVEN),
                    surname, dob, "CHILD");
            family.add(child);
            relate(p.id(), child.id(), "PARENT_OF", dob);
            if (partner != null && "PARTNER".equals(partner.role())) {
                relate(partner.id(), child.id(), "PARENT_OF", dob);
                relate(partner.id(), child.id(), "HAS_PARENTAL_RESPONSIBILITY_FOR", dob);
            }
            // some children live with a grandparent or a foster carer rather than the partner
            int care = random.nextInt(10);
            if (care == 0 && grandparent != null) {
                relate(grandparent.id(), child.id(), "CARES_FOR", today.minusMonths(random.nextInt(30) + 1));
                relate(child.id(), grandparent.id(), "LIVES_WITH", today.minusMonths(random.nextInt(30) + 1));
            } else if (care == 1) {
                if (foster == null) {
                    foster = member(random.pick(DemoNames.FEMALE_GIVEN), random.pick(DemoNames.FAMILY),
                            today.minusYears(35 + random.nextInt(20)), "FOSTER_CARER");
                    family.add(foster);
                }
                relate(foster.id(), child.id(), "FOSTER_CARER_OF", today.minusMonths(random.nextInt(20) + 1));
                relate(foster.id(), child.id(), "CARES_FOR", today.minusMonths(random.nextInt(20) + 1));
            } else if (partner != null) {
                relate(partner.id(), child.id(), "CARES_FOR", dob);
                relate(child.id(), partner.id(), "LIVES_WITH", dob);
            }
        }
        return family;
    }

    private void engagement(Prisoner p, List<Member> family, LocalDate opened, boolean open) {
        long ref = referralId++;
        long id = caseId++;
        LocalDate received = opened.minusDays(3 + random.nextInt(20));
        referrals.add(new Object[] {ref, p.id(), p.prisonId(), random.pickOf("PRISONER", "FAMILY_MEMBER", "PRISON_STAFF",
                "PROBATION", "CHILDRENS_SERVICES", "OTHER_AGENCY", "SELF"), null, random.pickOf(
                "Partner struggling to bring the children to visits", "Children have not seen their father since sentence",
                "Family asked for help explaining the sentence to the children", "Contact has broken down after a move",
                "Mother worried about the cost of travelling to visits"), random.nextInt(5) == 0 ? "URGENT" : "ROUTINE",
            true, received, "ACCEPTED", "Meets the service criteria", ts(opened), id, ts(received)});
        String status;
        LocalDate closedOn = null;
        String closure = null;
        if (open) {
            int s = random.nextInt(10);
            status = s == 0 ? "REFERRED" : s == 1 ? "ASSESSED" : s < 8 ? "ACTIVE" : "REVIEW";
        } else {
            status = "CLOSED";
            closedOn = opened.plusDays(120 + random.nextInt(180));
            if (closedOn.isAfter(today)) {
                closedOn = today.minusDays(random.nextInt(10));
            }
            closure = random.pickOf("GOALS_MET", "GOALS_MET", "GOALS_MET", "FAMILY_WITHDREW", "RELEASED", "HANDED_OVER");
        }
        boolean planned = !"REFERRED".equals(status) && !"ASSESSED".equals(status);
        LocalDate nextReview = open && planned ? today.plusDays(random.nextInt(100) - 20) : null;
        Long allocated = allocateTo.get(p.prisonId());
        cases.add(new Object[] {id, p.prisonId(), p.id(), ref, status, open ? allocated : allocated, opened, nextReview,
            closedOn, closure, null, ts(opened), 0});
        clients.add(new Object[] {id, p.id(), "PRISONER", null, opened});
        family.forEach(m -> clients.add(new Object[] {id, m.id(), "FAMILY_MEMBER", m.role(), opened}));

        history.add(new Object[] {id, "REFERRED", ts(opened), "caseworker", null});
        if ("REFERRED".equals(status)) {
            return;
        }
        LocalDate assessed = opened.plusDays(7 + random.nextInt(14));
        history.add(new Object[] {id, "ASSESSED", ts(assessed), "caseworker", "Needs assessed"});
        assessments.add(new Object[] {id, assessed, 10 + random.nextInt(250),
            java.math.BigDecimal.valueOf(500 + random.nextInt(6000), 2), random.chance(4), random.chance(6), random.chance(10), random.chance(5),
            random.chance(4), random.chance(3), random.chance(8), random.chance(12), null, "caseworker", ts(assessed)});
        outcome(id, p, family, "INTAKE", assessed, 0);
        if ("ASSESSED".equals(status)) {
            return;
        }
        LocalDate active = assessed.plusDays(5 + random.nextInt(10));
        history.add(new Object[] {id, "ACTIVE", ts(active), "caseworker", "Case plan agreed"});
        goals.add(new Object[] {id, p.id(), "Keep in regular contact with the children", null, open ? "OPEN" : "ACHIEVED",
            ts(active)});
        if (!family.isEmpty()) {
            goals.add(new Object[] {id, family.get(0).id(), "Visit at least monthly", null, open ? "OPEN" : "ACHIEVED",
                ts(active)});
        }
        LocalDate end = closedOn == null ? today : closedOn;
        LocalDate review = active.plusWeeks(12);
        while (review.isBefore(end)) {
            history.add(new Object[] {id, "REVIEW", ts(review), "caseworker", "Review held"});
            history.add(new Object[] {id, "ACTIVE", ts(review).toInstant().plusSeconds(60), "caseworker", "Review completed"});
            reviews.add(new Object[] {id, review, "Contact is continuing; plan updated", review.plusWeeks(12), "caseworker",
                ts(review)});
            review = review.plusWeeks(12);
        }
        if ("REVIEW".equals(status)) {
            history.add(new Object[] {id, "REVIEW", ts(today.minusDays(1)), "caseworker", "Review started"});
        }
        contacts(id, family, active, end);
        if (closedOn != null) {
            history.add(new Object[] {id, "CLOSED", ts(closedOn), "caseworker", closure});
            if (random.nextInt(10) < 7) {
                outcome(id, p, family, "CLOSURE", closedOn, 1);
            }
        }
    }

    private void contacts(long id, List<Member> family, LocalDate from, LocalDate to) {
        if (family.isEmpty()) {
            return;
        }
        long days = Math.max(1, to.toEpochDay() - from.toEpochDay());
        int n = random.nextInt(9);
        for (int i = 0; i < n; i++) {
            LocalDate day = from.plusDays(random.nextLong(days));
            String kind = random.pickOf("SOCIAL_VISIT", "SOCIAL_VISIT", "FAMILY_DAY", "CHILD_CENTRED_VISIT", "HOMEWORK_CLUB",
                    "PHONE_CALL", "LETTER", "VIDEO_CALL", "EMAIL_A_PRISONER");
            boolean visit = kind.endsWith("VISIT") || kind.equals("FAMILY_DAY") || kind.equals("HOMEWORK_CLUB");
            String outcome = visit && random.nextInt(6) == 0 ? random.pickOf("VISITOR_DID_NOT_ARRIVE", "REFUSED_ENTRY",
                    "PRISONER_REFUSED", "CANCELLED_BY_PRISON", "TRANSFERRED") : "HAPPENED";
            long cid = contactId++;
            contacts.add(new Object[] {cid, id, kind, Timestamp.from(day.atTime(LocalTime.of(10 + random.nextInt(6), 0))
                    .toInstant(ZoneOffset.UTC)), duration(visit, kind),
                visit && random.nextBoolean(), "HAPPENED".equals(outcome) ? 2 + random.nextInt(4) : null, outcome, null,
                "caseworker", ts(day)});
            int taking = 1 + random.nextInt(Math.min(2, family.size()));
            for (int k = 0; k < taking; k++) {
                participants.add(new Object[] {cid, family.get(k).id()});
            }
        }
    }

    private Integer duration(boolean visit, String kind) {
        if (visit) {
            return 60 + 30 * random.nextInt(4);
        }
        return "PHONE_CALL".equals(kind) || "VIDEO_CALL".equals(kind) ? 10 + random.nextInt(20) : null;
    }

    private void outcome(long id, Prisoner p, List<Member> family, String stage, LocalDate on, int improve) {
        int[] d = new int[3];
        int[] w = new int[5];
        for (int i = 0; i < 3; i++) {
            d[i] = DemoRandom.clamp(2 + random.nextInt(3) + improve * random.nextInt(2), 1, 5);
        }
        for (int i = 0; i < 5; i++) {
            w[i] = DemoRandom.clamp(1 + random.nextInt(3) + improve * (random.nextInt(3) - 0), 0, 5);
        }
        outcomes.add(new Object[] {id, p.id(), stage, on, null, null, d[0], d[1], d[2], d[0] + d[1] + d[2], w[0], w[1],
            w[2], w[3], w[4], (w[0] + w[1] + w[2] + w[3] + w[4]) * 4, "caseworker", ts(on)});
        for (Member m : family) {
            if (!"FOSTER_CARER".equals(m.role())) {
                outcomes.add(new Object[] {id, m.id(), stage, on, DemoRandom.clamp(1 + random.nextInt(2) + improve * random.nextInt(3), 0, 4),
                    DemoRandom.clamp(2 + random.nextInt(2) + improve * random.nextInt(2), 1, 5), null, null, null, null, null, null,
                    null, null, null, null, "caseworker", ts(on)});
            }
        }
    }

    private void waitingReferral(Prisoner p) {
        long ref = referralId++;
        LocalDate received = today.minusDays(random.nextInt(40));
        referrals.add(new Object[] {ref, p.id(), p.prisonId(), random.pickOf("FAMILY_MEMBER", "PRISON_STAFF", "SELF"), null,
            "New referral: the family asked for support with visits", random.nextInt(4) == 0 ? "URGENT" : "ROUTINE",
            true, received, "WAITING", null, null, null, ts(received)});
    }

    private Member member(String given, String family, LocalDate dob, String role) {
        long id = personId++;
        persons.add(new Object[] {id, given, family, dob, ts(today.minusYears(3))});
        return new Member(id, role, dob);
    }

    private void relate(long from, long to, String kind, LocalDate started) {
        relationships.add(new Object[] {relationshipId++, from, to, kind, started, null, ts(today.minusYears(3))});
    }

    private void insertAll() {
        batch("insert into person (id, given_name, family_name, date_of_birth, created_at, version) values (?, ?, ?, ?, ?, 0)",
                persons);
        batch("insert into relationship (id, from_person_id, to_person_id, kind, started_on, ended_on, created_at, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, 0)", relationships);
        batch("insert into prison_move (person_id, from_prison_id, to_prison_id, moved_on, kind) values (?, ?, ?, ?, ?)", moves);
        batch("insert into referral (id, person_id, prison_id, source, referrer_name, reason, urgency, consent, received_on, "
                + "status, triage_reason, triaged_at, case_id, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                referrals);
        batch("insert into family_case (id, prison_id, prisoner_person_id, referral_id, status, allocated_user_id, opened_on, "
                + "next_review_due, closed_on, closure_reason, closure_note, created_at, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", cases);
        batch("insert into case_client (case_id, person_id, role, relation_to_prisoner, added_on) values (?, ?, ?, ?, ?)", clients);
        history.replaceAll(h -> new Object[] {h[0], h[1], h[2] instanceof Instant i ? Timestamp.from(i) : h[2], h[3], h[4]});
        batch("insert into case_status_change (case_id, status, changed_at, changed_by, note) values (?, ?, ?, ?, ?)", history);
        batch("insert into assessment (case_id, assessed_on, travel_distance_km, travel_cost_pounds, relationship_conflict, "
                + "child_unaware, court_orders, childrens_services, prisoner_mental_health, visits_booking_difficulty, literacy, "
                + "language, notes, assessed_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", assessments);
        batch("insert into case_goal (case_id, client_person_id, description, target_date, status, created_at, version) "
                + "values (?, ?, ?, ?, ?, ?, 0)", goals);
        batch("insert into case_review (case_id, held_on, summary, next_review_due, reviewed_by, created_at) "
                + "values (?, ?, ?, ?, ?, ?)", reviews);
        batch("insert into contact_event (id, case_id, kind, occurred_at, duration_minutes, facilitated, quality, outcome, "
                + "note, recorded_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", contacts);
        batch("insert into contact_participant (contact_event_id, person_id) values (?, ?)", participants);
        batch("insert into outcome_measure (case_id, person_id, stage, measured_on, contact_frequency, contact_quality, "
                + "desist_1, desist_2, desist_3, desistance_score, wellbeing_1, wellbeing_2, wellbeing_3, wellbeing_4, "
                + "wellbeing_5, wellbeing_score, recorded_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                outcomes);
        restart("person", personId);
        restart("relationship", relationshipId);
        restart("referral", referralId);
        restart("family_case", caseId);
        restart("contact_event", contactId);
    }

    /**
     * Inserts many rows per statement ({@code values (...), (...), ...}): on the embedded database this is
     * several times faster than a JDBC batch of single-row inserts.
     */
    private void batch(String sql, List<Object[]> rows) {
        int at = sql.lastIndexOf("values") + "values".length();
        String head = sql.substring(0, at);
        String tuple = sql.substring(at).trim();
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            String statement = head + " " + String.join(", ", java.util.Collections.nCopies(chunk.size(), tuple));
            jdbc.update(connection -> {
                var ps = connection.prepareStatement(statement);
                int index = 1;
                for (Object[] row : chunk) {
                    for (Object value : row) {
                        if (value == null) {
                            ps.setNull(index++, java.sql.Types.NULL);
                        } else {
                            ps.setObject(index++, value);
                        }
                    }
                }
                return ps;
            });
        }
    }

    private long next(String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return max == null ? 1 : max + 1;
    }

    /** Moves an identity column past the ids assigned here (same syntax on H2 and PostgreSQL). */
    private void restart(String table, long next) {
        jdbc.execute("alter table " + table + " alter column id restart with " + next);
    }

    private Timestamp ts(LocalDate day) {
        return Timestamp.from(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }
}
