package org.familyties.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The national-scale data set for benchmarks: 120 prisons, about 100,000 cases, 400,000 people and 5,000,000
 * contact events, with referrals, assessments, plans, reviews, outcomes and interventions in proportion. Written
 * straight into the tables, prison by prison, one transaction per prison, with ids assigned here (no per-row
 * audit, no facade calls). Fixed seed, dates relative to today.
 */
final class NationalDemoData {

    /** Counts of the full national set; {@link #scaled(double)} shrinks them for a quick look. */
    record Size(int prisons, int prisonersPerPrison, int caseworkersPerPrison, int coursesPerPrison) {

        static final Size NATIONAL = new Size(120, 667, 8, 20);

        Size scaled(double factor) {
            return new Size(prisons, Math.max(10, (int) Math.round(prisonersPerPrison * factor)),
                    Math.max(1, (int) Math.round(caseworkersPerPrison * factor)),
                    Math.max(1, (int) Math.round(coursesPerPrison * factor)));
        }
    }

    record Result(long prisons, long people, long cases, long contacts, long participants) {
    }

    record Prison(long id, boolean womens, String regionCode) {
    }

    private record Member(long id, String role, LocalDate dob) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final DemoRandom random;
    private final LocalDate today;
    private final Size size;

    private final BulkRows persons;
    private final BulkRows relationships;
    private final BulkRows moves;
    private final BulkRows referrals;
    private final BulkRows cases;
    private final BulkRows clients;
    private final BulkRows history;
    private final BulkRows assessments;
    private final BulkRows goals;
    private final BulkRows reviews;
    private final BulkRows contacts;
    private final BulkRows participants;
    private final BulkRows outcomes;
    private final BulkRows courses;
    private final BulkRows sessions;
    private final BulkRows enrolments;
    private final BulkRows attendance;

    private long personId;
    private long relationshipId;
    private long referralId;
    private long caseId;
    private long contactId;
    private long courseId;
    private long sessionId;
    private long enrolmentId;
    private int prisonNumber = 100_000;

    NationalDemoData(JdbcTemplate jdbc, TransactionTemplate transactions, long seed, Clock clock, Size size) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.random = new DemoRandom(seed);
        this.today = LocalDate.now(clock);
        this.size = size;
        persons = rows("insert into person (id, given_name, family_name, date_of_birth, prison_number, current_prison_id, "
                + "sentence_type, sentence_start, expected_release, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        relationships = rows("insert into relationship (id, from_person_id, to_person_id, kind, started_on, created_at, "
                + "version) values (?, ?, ?, ?, ?, ?, 0)");
        moves = rows("insert into prison_move (person_id, from_prison_id, to_prison_id, moved_on, kind) values (?, ?, ?, ?, ?)");
        referrals = rows("insert into referral (id, person_id, prison_id, source, reason, urgency, consent, received_on, "
                + "status, triage_reason, triaged_at, case_id, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        cases = rows("insert into family_case (id, prison_id, prisoner_person_id, referral_id, status, allocated_user_id, "
                + "opened_on, next_review_due, closed_on, closure_reason, created_at, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        clients = rows("insert into case_client (case_id, person_id, role, relation_to_prisoner, added_on) values (?, ?, ?, ?, ?)");
        history = rows("insert into case_status_change (case_id, status, changed_at, changed_by, note) values (?, ?, ?, ?, ?)");
        assessments = rows("insert into assessment (case_id, assessed_on, travel_distance_km, travel_cost_pounds, "
                + "relationship_conflict, child_unaware, court_orders, childrens_services, prisoner_mental_health, "
                + "visits_booking_difficulty, literacy, language, assessed_by, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        goals = rows("insert into case_goal (case_id, client_person_id, description, status, created_at, version) "
                + "values (?, ?, ?, ?, ?, 0)");
        reviews = rows("insert into case_review (case_id, held_on, summary, next_review_due, reviewed_by, created_at) "
                + "values (?, ?, ?, ?, ?, ?)");
        contacts = rows("insert into contact_event (id, case_id, kind, occurred_at, duration_minutes, facilitated, quality, "
                + "outcome, recorded_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        participants = rows("insert into contact_participant (contact_event_id, person_id) values (?, ?)");
        outcomes = rows("insert into outcome_measure (case_id, person_id, stage, measured_on, contact_frequency, "
                + "contact_quality, desist_1, desist_2, desist_3, desistance_score, wellbeing_1, wellbeing_2, wellbeing_3, "
                + "wellbeing_4, wellbeing_5, wellbeing_score, recorded_by, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        courses = rows("insert into intervention_course (id, prison_id, kind, title, starts_on, ends_on, capacity, "
                + "created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)");
        sessions = rows("insert into intervention_session (id, course_id, held_on, topic) values (?, ?, ?, ?)");
        enrolments = rows("insert into intervention_enrolment (id, course_id, case_id, person_id, enrolled_on, status, "
                + "completed_on) values (?, ?, ?, ?, ?, ?, ?)");
        attendance = rows("insert into intervention_attendance (session_id, enrolment_id, attended) values (?, ?, ?)");
    }

    private BulkRows rows(String sql) {
        return new BulkRows(jdbc, sql);
    }

    /**
     * Loads the casework of every prison; {@code caseworkers.get(i)} are the user ids of the caseworkers of
     * {@code prisons.get(i)}, who share its open cases.
     */
    Result load(List<Prison> prisons, List<List<Long>> caseworkers, java.util.function.IntConsumer progress) {
        personId = next("person");
        relationshipId = next("relationship");
        referralId = next("referral");
        caseId = next("family_case");
        contactId = next("contact_event");
        courseId = next("intervention_course");
        sessionId = next("intervention_session");
        enrolmentId = next("intervention_enrolment");
        long firstCase = caseId;
        for (int i = 0; i < prisons.size(); i++) {
            Prison prison = prisons.get(i);
            List<Long> staff = caseworkers.get(i);
            transactions.executeWithoutResult(tx -> {
                loadPrison(prison, prisons, staff);
                flushAll();
            });
            progress.accept(i + 1);
        }
        restart("person", personId);
        restart("relationship", relationshipId);
        restart("referral", referralId);
        restart("family_case", caseId);
        restart("contact_event", contactId);
        restart("intervention_course", courseId);
        restart("intervention_session", sessionId);
        restart("intervention_enrolment", enrolmentId);
        return new Result(prisons.size(), persons.written(), caseId - firstCase, contacts.written(),
                participants.written());
    }

    private void loadPrison(Prison prison, List<Prison> all, List<Long> staff) {
        List<long[]> openClients = new ArrayList<>();
        for (int n = 0; n < size.prisonersPerPrison(); n++) {
            long prisoner = prisoner(prison, all);
            String surname = lastSurname;
            LocalDate dob = lastDob;
            List<Member> family = family(prisoner, surname, dob, prison.womens());
            int engagements = random.nextInt(4) == 0 ? 2 : 1;
            LocalDate start = today.minusDays(200 + random.nextInt(900));
            for (int e = 0; e < engagements; e++) {
                boolean last = e == engagements - 1;
                boolean open = last && random.nextInt(4) != 0;
                LocalDate opened = engagements == 2 && e == 0 ? start.minusDays(400 + random.nextInt(200)) : start;
                long id = engagement(prison, prisoner, family, opened, open, staff.get(random.nextInt(staff.size())));
                if (open) {
                    openClients.add(new long[] {id, prisoner});
                }
            }
            if (random.nextInt(20) == 0) {
                waitingReferral(prison, prisoner);
            }
        }
        interventions(prison, openClients);
    }

    private String lastSurname;
    private LocalDate lastDob;

    private long prisoner(Prison prison, List<Prison> all) {
        long id = personId++;
        lastSurname = NationalNames.surname(random);
        lastDob = LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String given = prison.womens() ? random.pick(DemoNames.FEMALE_GIVEN) : random.pick(NationalNames.MALE_GIVEN);
        LocalDate sentenced = today.minusDays(100 + random.nextInt(1500));
        String number = String.format("%c%06d%c", prison.womens() ? 'W' : 'A', prisonNumber++, (char) ('A' + random.nextInt(26)));
        persons.add(id, given, lastSurname, lastDob, number, prison.id(),
                random.pickOf("DETERMINATE", "DETERMINATE", "DETERMINATE", "REMAND", "INDETERMINATE", "RECALL"), sentenced,
                sentenced.plusDays(400 + random.nextInt(2500)), ts(sentenced));
        if (random.nextInt(10) == 0) {
            Prison from = all.get(random.nextInt(all.size()));
            if (from.id() != prison.id()) {
                moves.add(id, from.id(), prison.id(), today.minusDays(30 + random.nextInt(300)), "TRANSFER");
            }
        }
        return id;
    }

    private List<Member> family(long prisoner, String surname, LocalDate dob, boolean womens) {
        List<Member> family = new ArrayList<>();
        Member partner = null;
        int r = random.nextInt(10);
        if (r < 7) {
            partner = member(womens ? random.pick(NationalNames.MALE_GIVEN) : random.pick(DemoNames.FEMALE_GIVEN),
                    random.nextInt(3) == 0 ? NationalNames.surname(random) : surname, dob.plusYears(random.nextInt(7) - 3),
                    "PARTNER");
            relate(partner.id(), prisoner, "PARTNER_OF", null);
        } else if (r < 9) {
            partner = member(womens ? random.pick(NationalNames.MALE_GIVEN) : random.pick(DemoNames.FEMALE_GIVEN),
                    NationalNames.surname(random), dob.plusYears(random.nextInt(5) - 2), "EX_PARTNER");
            relate(partner.id(), prisoner, "EX_PARTNER_OF", null);
        }
        if (partner != null) {
            family.add(partner);
        }
        Member grandparent = null;
        if (random.nextInt(2) == 0) {
            grandparent = member(random.pick(DemoNames.FEMALE_GIVEN), surname, dob.minusYears(20 + random.nextInt(12)), "PARENT");
            relate(grandparent.id(), prisoner, "PARENT_OF", null);
            family.add(grandparent);
        }
        if (random.nextInt(4) == 0) {
            Member sibling = member(random.nextBoolean() ? random.pick(NationalNames.MALE_GIVEN) : random.pick(DemoNames.FEMALE_GIVEN),
                    surname, dob.plusYears(random.nextInt(9) - 4), "SIBLING");
            relate(sibling.id(), prisoner, "SIBLING_OF", null);
            family.add(sibling);
        }
        int children = 1 + random.nextInt(4);
        Member foster = null;
        for (int c = 0; c < children; c++) {
            LocalDate born = today.minusYears(1 + random.nextInt(16)).minusDays(random.nextInt(365));
            Member child = member(random.nextBoolean() ? random.pick(NationalNames.MALE_GIVEN) : random.pick(DemoNames.FEMALE_GIVEN),
                    surname, born, "CHILD");
            family.add(child);
            relate(prisoner, child.id(), "PARENT_OF", born);
            int care = random.nextInt(10);
            if (care == 0 && grandparent != null) {
                relate(grandparent.id(), child.id(), "CARES_FOR", today.minusMonths(random.nextInt(30) + 1));
            } else if (care == 1) {
                if (foster == null) {
                    foster = member(random.pick(DemoNames.FEMALE_GIVEN), NationalNames.surname(random),
                            today.minusYears(35 + random.nextInt(20)), "FOSTER_CARER");
                    family.add(foster);
                }
                relate(foster.id(), child.id(), "FOSTER_CARER_OF", today.minusMonths(random.nextInt(20) + 1));
            } else if (partner != null && "PARTNER".equals(partner.role())) {
                relate(partner.id(), child.id(), "CARES_FOR", born);
                relate(child.id(), partner.id(), "LIVES_WITH", born);
            }
        }
        return family;
    }

    private long engagement(Prison prison, long prisoner, List<Member> family, LocalDate opened, boolean open,
                            long caseworker) {
        long ref = referralId++;
        long id = caseId++;
        LocalDate received = opened.minusDays(3 + random.nextInt(20));
        referrals.add(ref, prisoner, prison.id(), random.pickOf("PRISONER", "FAMILY_MEMBER", "PRISON_STAFF", "PROBATION",
                        "CHILDRENS_SERVICES", "OTHER_AGENCY", "SELF"),
                random.pickOf("Partner struggling to bring the children to visits", "Children have not seen their parent since sentence",
                        "Family asked for help explaining the sentence to the children", "Contact has broken down after a move",
                        "Carer worried about the cost of travelling to visits"),
                random.nextInt(5) == 0 ? "URGENT" : "ROUTINE", true, received, "ACCEPTED", "Meets the service criteria",
                ts(opened), id, ts(received));
        String status;
        LocalDate closedOn = null;
        String closure = null;
        if (open) {
            int s = random.nextInt(20);
            status = s == 0 ? "REFERRED" : s == 1 ? "ASSESSED" : s < 17 ? "ACTIVE" : "REVIEW";
        } else {
            status = "CLOSED";
            closedOn = opened.plusDays(150 + random.nextInt(200));
            if (!closedOn.isBefore(today)) {
                closedOn = today.minusDays(1 + random.nextInt(30));
            }
            closure = random.pickOf("GOALS_MET", "GOALS_MET", "GOALS_MET", "FAMILY_WITHDREW", "RELEASED", "HANDED_OVER");
        }
        boolean planned = !"REFERRED".equals(status) && !"ASSESSED".equals(status);
        LocalDate nextReview = open && planned ? today.plusDays(random.nextInt(100) - 20) : null;
        cases.add(id, prison.id(), prisoner, ref, status, caseworker, opened, nextReview, closedOn, closure, ts(opened));
        clients.add(id, prisoner, "PRISONER", null, opened);
        family.forEach(m -> clients.add(id, m.id(), "FAMILY_MEMBER", m.role(), opened));
        history.add(id, "REFERRED", ts(opened), "caseworker", null);
        if ("REFERRED".equals(status)) {
            return id;
        }
        LocalDate assessed = opened.plusDays(7 + random.nextInt(14));
        history.add(id, "ASSESSED", ts(assessed), "caseworker", "Needs assessed");
        assessments.add(id, assessed, 10 + random.nextInt(250), BigDecimal.valueOf(500 + random.nextInt(6000), 2),
                random.chance(4), random.chance(6), random.chance(10), random.chance(5), random.chance(4), random.chance(3), random.chance(8), random.chance(12), "caseworker",
                ts(assessed));
        outcome(id, prisoner, family, "INTAKE", assessed, 0);
        if ("ASSESSED".equals(status)) {
            return id;
        }
        LocalDate active = assessed.plusDays(5 + random.nextInt(10));
        history.add(id, "ACTIVE", ts(active), "caseworker", "Case plan agreed");
        goals.add(id, prisoner, "Keep in regular contact with the children", open ? "OPEN" : "ACHIEVED", ts(active));
        goals.add(id, family.get(0).id(), "Visit at least monthly", open ? "OPEN" : "ACHIEVED", ts(active));
        LocalDate end = closedOn == null ? today : closedOn;
        LocalDate review = active.plusWeeks(12);
        while (review.isBefore(end)) {
            history.add(id, "REVIEW", ts(review), "caseworker", "Review held");
            history.add(id, "ACTIVE", Timestamp.from(ts(review).toInstant().plusSeconds(60)), "caseworker", "Review completed");
            reviews.add(id, review, "Contact is continuing; plan updated", review.plusWeeks(12), "caseworker", ts(review));
            review = review.plusWeeks(12);
        }
        contacts(id, family, active, end);
        if (closedOn != null) {
            history.add(id, "CLOSED", ts(closedOn), "caseworker", closure);
            if (random.nextInt(10) < 7) {
                outcome(id, prisoner, family, "CLOSURE", closedOn, 1);
            }
        }
        return id;
    }

    /** About 54 contacts per planned case (so 50 per case on average), one or two family members each. */
    private void contacts(long id, List<Member> family, LocalDate from, LocalDate to) {
        long days = Math.max(1, to.toEpochDay() - from.toEpochDay());
        int n = 22 + random.nextInt(65);
        for (int i = 0; i < n; i++) {
            LocalDate day = from.plusDays(random.nextLong(days));
            String kind = random.pickOf("SOCIAL_VISIT", "SOCIAL_VISIT", "FAMILY_DAY", "CHILD_CENTRED_VISIT", "HOMEWORK_CLUB",
                    "PHONE_CALL", "PHONE_CALL", "LETTER", "VIDEO_CALL", "EMAIL_A_PRISONER");
            boolean visit = kind.endsWith("VISIT") || kind.equals("FAMILY_DAY") || kind.equals("HOMEWORK_CLUB");
            String outcome = visit && random.nextInt(6) == 0 ? random.pickOf("VISITOR_DID_NOT_ARRIVE", "REFUSED_ENTRY",
                    "PRISONER_REFUSED", "CANCELLED_BY_PRISON", "TRANSFERRED") : "HAPPENED";
            long cid = contactId++;
            Integer duration = null;
            if (visit) {
                duration = 60 + 30 * random.nextInt(4);
            } else if ("PHONE_CALL".equals(kind) || "VIDEO_CALL".equals(kind)) {
                duration = 10 + random.nextInt(20);
            }
            contacts.add(cid, id, kind, Timestamp.from(day.atTime(9 + random.nextInt(9), 15 * random.nextInt(4))
                            .toInstant(ZoneOffset.UTC)), duration, visit && random.nextBoolean(),
                    "HAPPENED".equals(outcome) ? 2 + random.nextInt(4) : null, outcome, "caseworker", ts(day));
            int first = random.nextInt(family.size());
            participants.add(cid, family.get(first).id());
            if (family.size() > 1 && random.nextInt(3) == 0) {
                participants.add(cid, family.get((first + 1) % family.size()).id());
            }
        }
    }

    private void outcome(long id, long prisoner, List<Member> family, String stage, LocalDate on, int improve) {
        int[] d = new int[3];
        int[] w = new int[5];
        for (int i = 0; i < 3; i++) {
            d[i] = DemoRandom.clamp(2 + random.nextInt(3) + improve * random.nextInt(2), 1, 5);
        }
        for (int i = 0; i < 5; i++) {
            w[i] = DemoRandom.clamp(1 + random.nextInt(3) + improve * random.nextInt(3), 0, 5);
        }
        outcomes.add(id, prisoner, stage, on, null, null, d[0], d[1], d[2], d[0] + d[1] + d[2], w[0], w[1], w[2], w[3],
                w[4], (w[0] + w[1] + w[2] + w[3] + w[4]) * 4, "caseworker", ts(on));
        for (Member m : family) {
            if (!"FOSTER_CARER".equals(m.role())) {
                outcomes.add(id, m.id(), stage, on, DemoRandom.clamp(1 + random.nextInt(2) + improve * random.nextInt(3), 0, 4),
                        DemoRandom.clamp(2 + random.nextInt(2) + improve * random.nextInt(2), 1, 5), null, null, null, null, null,
                        null, null, null, null, null, "caseworker", ts(on));
            }
        }
    }

    private void waitingReferral(Prison prison, long prisoner) {
        LocalDate received = today.minusDays(random.nextInt(60));
        referrals.add(referralId++, prisoner, prison.id(), random.pickOf("FAMILY_MEMBER", "PRISON_STAFF", "SELF"),
                "New referral: the family asked for support with visits", random.nextInt(4) == 0 ? "URGENT" : "ROUTINE",
                true, received, "WAITING", null, null, null, ts(received));
    }

    /** Courses of eight weekly sessions over the last two years, each with up to ten clients from open cases. */
    private void interventions(Prison prison, List<long[]> openClients) {
        for (int c = 0; c < size.coursesPerPrison(); c++) {
            long course = courseId++;
            String kind = random.pickOf("PARENTING_PROGRAMME", "FAMILY_LITERACY", "RELATIONSHIP_COURSE", "FAMILY_DAY");
            LocalDate starts = today.minusDays(random.nextInt(700));
            courses.add(course, prison.id(), kind, "Course " + (c + 1), starts, starts.plusWeeks(7), 12, ts(starts));
            List<Long> courseSessions = new ArrayList<>();
            for (int s = 0; s < 8; s++) {
                long session = sessionId++;
                sessions.add(session, course, starts.plusWeeks(s), "Session " + (s + 1));
                courseSessions.add(session);
            }
            boolean finished = starts.plusWeeks(7).isBefore(today);
            java.util.Set<Long> enrolled = new java.util.HashSet<>();
            for (int e = 0; e < 10 && !openClients.isEmpty(); e++) {
                long[] client = openClients.get(random.nextInt(openClients.size()));
                if (!enrolled.add(client[1])) {
                    continue;
                }
                long enrolment = enrolmentId++;
                boolean completed = finished && random.nextInt(4) != 0;
                enrolments.add(enrolment, course, client[0], client[1], starts.minusDays(7),
                        completed ? "COMPLETED" : finished ? "WITHDRAWN" : "ENROLLED", completed ? starts.plusWeeks(7) : null);
                for (long session : courseSessions) {
                    attendance.add(session, enrolment, random.nextInt(6) != 0);
                }
            }
        }
    }

    private Member member(String given, String family, LocalDate dob, String role) {
        long id = personId++;
        persons.add(id, given, family, dob, null, null, null, null, null, ts(today.minusYears(2)));
        return new Member(id, role, dob);
    }

    private void relate(long from, long to, String kind, LocalDate started) {
        relationships.add(relationshipId++, from, to, kind, started, ts(today.minusYears(2)));
    }

    private void flushAll() {
        for (BulkRows rows : List.of(persons, relationships, moves, referrals, cases, clients, history, assessments,
                goals, reviews, contacts, participants, outcomes, courses, sessions, enrolments, attendance)) {
            rows.flush();
        }
    }

    private long next(String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return max == null ? 1 : max + 1;
    }

    private void restart(String table, long next) {
        jdbc.execute("alter table " + table + " alter column id restart with " + next);
    }

    private static Timestamp ts(LocalDate day) {
        return Timestamp.from(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }
}
