package org.familyties.demo;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.familyties.casework.ContactCheck;
import org.familyties.casework.ContactKind;
import org.familyties.casework.FamilyRole;
import org.familyties.safeguarding.Restriction;
import org.familyties.safeguarding.RestrictionRules;
import org.familyties.safeguarding.RestrictionSource;
import org.familyties.safeguarding.RestrictionType;
import org.familyties.shared.UkTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Safeguarding demo data on a share of the open demo cases (more in the safeguarding lead's prison): contact
 * restrictions from courts, child protection plans and the prison's public-protection process (some ended, some
 * with overdue reviews), concerns with referrals to children's services and their outcomes and follow-ups, agency
 * contacts with liaison logs, and a few access requests. Every demo contact that one of these restrictions would
 * have refused gets a recorded override, so no demo contact breaks a restriction silently. Fixed seed.
 */
final class SafeguardingDemoData {

    static final String LEAD = "safeguarding";

    private final JdbcTemplate jdbc;
    private final DemoRandom random;
    private final LocalDate today;
    private final Instant now;

    private record Member(long id, String name, LocalDate dob, FamilyRole role) {
    }

    private record DemoCase(long id, long prisonId, long prisonerId, String status, Long allocated, List<Member> family) {
    }

    /** What was loaded, for the log. */
    record Counts(int restrictions, int concerns, int liaison, int overrides, int accessGrants) {
    }

    SafeguardingDemoData(JdbcTemplate jdbc, long seed, Clock clock) {
        this.jdbc = jdbc;
        this.random = new DemoRandom(seed);
        this.today = UkTime.today(clock);
        this.now = clock.instant();
    }

    Counts load(long leadPrisonId, long requesterUserId, String requester) {
        int restrictions = 0;
        int concerns = 0;
        int liaison = 0;
        int overrides = 0;
        List<DemoCase> forRequests = new ArrayList<>();
        boolean leadFollowUpDue = false;
        for (DemoCase c : openCases()) {
            boolean leadPrison = c.prisonId() == leadPrisonId;
            if (c.family().isEmpty() || random.nextInt(leadPrison ? 3 : 10) != 0) {
                continue;
            }
            List<Restriction> added = restrictions(c);
            restrictions += added.size();
            overrides += overrides(c, added);
            // every case the lead sees has a concern; the first of them has a follow-up already due
            if (leadPrison || random.nextInt(2) == 0) {
                concern(c, leadPrison && !leadFollowUpDue);
                leadFollowUpDue |= leadPrison;
                concerns++;
            }
            liaison += liaison(c);
            if (leadPrison && forRequests.size() < 3 && ("REFERRED".equals(c.status()) || "ASSESSED".equals(c.status())
                    || forRequests.isEmpty())) {
                forRequests.add(c);
            }
        }
        int grants = accessGrants(forRequests, requesterUserId, requester);
        return new Counts(restrictions, concerns, liaison, overrides, grants);
    }

    private List<DemoCase> openCases() {
        Map<Long, DemoCase> cases = new LinkedHashMap<>();
        jdbc.query("select id, prison_id, prisoner_person_id, status, allocated_user_id from family_case "
                + "where status <> 'CLOSED' order by id", rs -> {
                    long allocated = rs.getLong(5);
                    cases.put(rs.getLong(1), new DemoCase(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            rs.wasNull() ? null : allocated, new ArrayList<>()));
                });
        jdbc.query("select cc.case_id, p.id, p.given_name, p.family_name, p.date_of_birth, cc.relation_to_prisoner "
                + "from case_client cc join person p on p.id = cc.person_id join family_case c on c.id = cc.case_id "
                + "where c.status <> 'CLOSED' and cc.role = 'FAMILY_MEMBER' order by cc.case_id, p.id", rs -> {
                    DemoCase c = cases.get(rs.getLong(1));
                    if (c != null) {
                        c.family().add(new Member(rs.getLong(2), rs.getString(3) + " " + rs.getString(4),
                                rs.getObject(5, LocalDate.class), FamilyRole.valueOf(rs.getString(6))));
                    }
                });
        return List.copyOf(cases.values());
    }

    // ---- restrictions

    private List<Restriction> restrictions(DemoCase c) {
        List<Restriction> added = new ArrayList<>();
        Member child = first(c, FamilyRole.CHILD);
        Member partner = first(c, FamilyRole.PARTNER);
        Member ex = first(c, FamilyRole.EX_PARTNER);
        if (child != null && random.nextInt(3) != 0) {
            if (random.nextBoolean()) {
                added.add(restriction(c, null, RestrictionType.NO_CONTACT_WITH_CHILDREN,
                        RestrictionSource.PUBLIC_PROTECTION, "PPU-" + (4000 + random.nextInt(5000)),
                        "Public protection review: no contact with children pending a risk assessment"));
            } else {
                added.add(restriction(c, child.id(), RestrictionType.CHILDRENS_SERVICES_APPROVAL_ONLY,
                        RestrictionSource.CHILD_PROTECTION_PLAN, "CPP-" + (100 + random.nextInt(900)),
                        "Child protection plan: contact only as the social worker approves it"));
            }
        }
        if (ex != null && random.nextBoolean()) {
            added.add(restriction(c, ex.id(), RestrictionType.NO_CONTACT, RestrictionSource.COURT_ORDER,
                    "FC-" + (today.getYear() - random.nextInt(2)) + "-" + (1000 + random.nextInt(9000)),
                    "Non-molestation order made at the family court"));
        } else if (partner != null && random.nextInt(3) == 0) {
            RestrictionType type = random.nextBoolean() ? RestrictionType.LETTERS_ONLY : RestrictionType.SUPERVISED_VISITS_ONLY;
            added.add(restriction(c, partner.id(), type, random.nextBoolean() ? RestrictionSource.PUBLIC_PROTECTION
                    : RestrictionSource.OTHER, random.nextBoolean() ? "PPU-" + (4000 + random.nextInt(5000)) : null,
                    "Agreed after an incident in the visits hall"));
        }
        if (added.isEmpty()) {
            Member someone = c.family().get(0);
            added.add(restriction(c, someone.id(), RestrictionType.SUPERVISED_VISITS_ONLY, RestrictionSource.OTHER, null,
                    "Agreed with the family while relationships are repaired"));
        }
        return added;
    }

    /** Dates vary: a quarter have ended, a quarter are overdue for review, the rest are in force and reviewed later. */
    private Restriction restriction(DemoCase c, Long familyPersonId, RestrictionType type, RestrictionSource source,
                                    String reference, String details) {
        LocalDate starts = today.minusDays(30 + random.nextInt(570));
        LocalDate ends = null;
        LocalDate review;
        int shape = random.nextInt(4);
        if (shape == 0) {
            ends = today.minusDays(1 + random.nextInt(25));
            if (!ends.isAfter(starts)) {
                ends = starts.plusDays(14);
            }
            review = ends.minusDays(7).isBefore(starts) ? starts : ends.minusDays(7);
        } else if (shape == 1) {
            review = today.minusDays(1 + random.nextInt(60));
            if (review.isBefore(starts)) {
                review = starts;
            }
        } else {
            review = today.plusDays(7 + random.nextInt(170));
            if (random.nextInt(3) == 0) {
                ends = review.plusDays(30 + random.nextInt(200));
            }
        }
        Instant recorded = starts.atTime(11, 0).toInstant(ZoneOffset.UTC);
        var keys = new GeneratedKeyHolder();
        LocalDate endsOn = ends;
        LocalDate reviewOn = review;
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("insert into sg_restriction (case_id, prisoner_person_id, "
                    + "family_person_id, kind, source, starts_on, ends_on, review_on, document_reference, details, "
                    + "recorded_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setLong(1, c.id());
            ps.setLong(2, c.prisonerId());
            ps.setObject(3, familyPersonId);
            ps.setString(4, type.name());
            ps.setString(5, source.name());
            ps.setObject(6, starts);
            ps.setObject(7, endsOn);
            ps.setObject(8, reviewOn);
            ps.setString(9, source == RestrictionSource.COURT_ORDER && reference == null ? "FC-0000" : reference);
            ps.setString(10, details);
            ps.setString(11, LEAD);
            ps.setTimestamp(12, Timestamp.from(recorded));
            return ps;
        }, keys);
        return new Restriction(keys.getKey().longValue(), c.id(), c.prisonerId(), "", familyPersonId, null, type, source,
                starts, ends, review, reference, details, LEAD);
    }

    /**
     * Finds the demo contacts (in any case of the person in prison) that a restriction would have refused and
     * records the safeguarding lead's override for each, so the demo history is consistent with enforcement.
     */
    private int overrides(DemoCase c, List<Restriction> restrictions) {
        Map<Long, Member> people = new LinkedHashMap<>();
        c.family().forEach(m -> people.put(m.id(), m));
        record Happened(long id, long caseId, long prisonId, ContactKind kind, boolean facilitated, LocalDate on,
                        List<Long> participants) {
        }
        Map<Long, Happened> contacts = new LinkedHashMap<>();
        jdbc.query("select e.id, e.case_id, f.prison_id, e.kind, e.facilitated, e.occurred_at, p.person_id "
                + "from contact_event e join family_case f on f.id = e.case_id join contact_participant p "
                + "on p.contact_event_id = e.id where f.prisoner_person_id = ? and e.outcome = 'HAPPENED' "
                + "order by e.id, p.person_id", rs -> {
                    Happened h = contacts.computeIfAbsent(rs.getLong(1), id -> {
                        try {
                            return new Happened(id, rs.getLong(2), rs.getLong(3), ContactKind.valueOf(rs.getString(4)),
                                    rs.getBoolean(5), rs.getTimestamp(6).toInstant().atZone(UkTime.ZONE)
                                    .toLocalDate(), new ArrayList<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    h.participants().add(rs.getLong(7));
                }, c.prisonerId());
        int count = 0;
        for (Happened h : contacts.values()) {
            List<ContactCheck.Participant> who = h.participants().stream().filter(people::containsKey)
                    .map(id -> new ContactCheck.Participant(id, people.get(id).name(), people.get(id).dob(),
                            people.get(id).role())).toList();
            for (Restriction r : restrictions) {
                if (!RestrictionRules.breaches(r, h.kind(), h.facilitated(), h.on(), who).isEmpty()) {
                    jdbc.update("insert into sg_enforcement (case_id, prison_id, restriction_id, decision, action, "
                                    + "contact_kind, contact_event_id, record_id, reason, decided_by, decided_at) "
                                    + "values (?, ?, ?, 'OVERRIDDEN', 'LOGGED', ?, ?, ?, ?, ?, ?)", h.caseId(), h.prisonId(),
                            r.id(), h.kind().name(), h.id(), h.id(), overrideReason(r), LEAD,
                            Timestamp.from(h.on().atTime(9, 0).toInstant(ZoneOffset.UTC)));
                    count++;
                }
            }
        }
        return count;
    }

    private String overrideReason(Restriction r) {
        return switch (r.type()) {
            case CHILDRENS_SERVICES_APPROVAL_ONLY -> "Social worker approved this contact in advance (email on file)";
            case SUPERVISED_VISITS_ONLY -> "Supervised by family engagement staff throughout";
            case LETTERS_ONLY -> "One-off call agreed by the public protection unit to discuss a family illness";
            default -> "Contact arranged through children's services, who supervised it; recorded on their approval";
        };
    }

    // ---- concerns and liaison

    private void concern(DemoCase c, boolean followUpDue) {
        Member child = first(c, FamilyRole.CHILD);
        Member subject = child != null ? child : c.family().get(0);
        String[][] kinds = {
            {"RISK_TO_CHILD", "Child disclosed at school that an adult at home hits them", "Mother's new partner"},
            {"NEGLECT", "Child often arrives at school hungry and in unwashed clothes", "Carer at home"},
            {"DOMESTIC_ABUSE", "Partner described threats made during phone calls from prison", "Person in prison"},
            {"EXPLOITATION", "Older teenagers seen collecting the child from school; unexplained new phone", "Unknown adults"},
            {"SELF_HARM", "Child spoke of hurting themselves after a cancelled visit", "None"},
            {"OTHER", "Child missed several health appointments since the sentence began", "Carer at home"}};
        String[] kind = kinds[random.nextInt(child == null ? 3 : kinds.length)];
        if (child == null && "RISK_TO_CHILD".equals(kind[0])) {
            kind = kinds[2];
        }
        LocalDate raised = today.minusDays(5 + random.nextInt(300));
        String raisedBy = random.pickOf("Class teacher", "Health visitor", "Visits hall officer", "Family engagement worker",
                "Partner, by phone");
        int stage = followUpDue ? 2 : random.nextInt(4);
        String status = switch (stage) {
            case 0 -> "OPEN";
            case 1 -> "REFERRED";
            case 2 -> "MONITORING";
            default -> "CLOSED";
        };
        String referredTo = stage == 0 ? null : random.pickOf("CHILDRENS_SERVICES_MASH", "CHILDRENS_SERVICES_MASH",
                "PRISON_SAFEGUARDING_TEAM", "POLICE");
        if (referredTo != null && !isReferralAgency(referredTo)) {
            referredTo = "CHILDRENS_SERVICES_MASH";
        }
        LocalDate referredOn = stage == 0 ? null : raised.plusDays(1 + random.nextInt(3));
        String outcome = switch (stage) {
            case 0 -> null;
            case 1 -> "MASH accepted the referral; strategy discussion booked";
            case 2 -> "Section 47 enquiry: child in need plan agreed, school monitoring attendance";
            default -> "No further action by children's services; advice given to the family";
        };
        // follow-ups: some due soon, some overdue so the lead's work list shows them
        LocalDate followUp = stage == 3 ? null : !followUpDue && random.nextBoolean()
                ? today.plusDays(3 + random.nextInt(30)) : today.minusDays(1 + random.nextInt(14));
        jdbc.update("insert into sg_concern (case_id, subject_person_id, raised_by, raised_on, category, description, "
                        + "people_involved, immediate_actions, referred_to, referred_on, outcome, follow_up_on, status, "
                        + "recorded_by, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                c.id(), subject.id(), raisedBy, raised, kind[0], kind[1], kind[2],
                "Discussed with the safeguarding lead the same day; " + random.pickOf("carer informed", "school informed",
                        "visits suspended pending advice", "no immediate danger identified"),
                referredTo, referredOn, outcome, followUp, status, LEAD, Timestamp.from(raised.atTime(15, 0)
                        .toInstant(ZoneOffset.UTC)));
    }

    private static boolean isReferralAgency(String name) {
        for (var agency : org.familyties.safeguarding.ReferralAgency.values()) {
            if (agency.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private int liaison(DemoCase c) {
        Member child = first(c, FamilyRole.CHILD);
        String town = random.pickOf("Northfield", "Eastbridge", "Westmoor", "Southport Vale", "Kingsley");
        long socialWorker = agency(c, child, "SOCIAL_WORKER", random.pickOf("Dana Price", "Lee Okafor", "Sam Hughes", "Ruth Patel"),
                town + " Children's Services");
        if (child != null && random.nextBoolean()) {
            agency(c, child, "SCHOOL", random.pickOf("Mrs J Ahmed", "Mr P Walsh") + " (designated safeguarding lead)",
                    town + " Primary School");
        }
        if (random.nextInt(3) == 0) {
            agency(c, null, "PROBATION", random.pickOf("Kim Brown", "Alex Shah"), "Probation Service, " + town);
        }
        int entries = 1 + random.nextInt(3);
        for (int i = 0; i < entries; i++) {
            LocalDate held = today.minusDays(3 + random.nextInt(250));
            String[] entry = switch (random.nextInt(4)) {
                case 0 -> new String[] {"CALL", "Call with the social worker about contact arrangements",
                    "Dates of recent visits", "Social worker", "CONSENT"};
                case 1 -> new String[] {"CHILD_PROTECTION_CONFERENCE", "Initial child protection conference; plan made",
                    "Summary of contact and the father's engagement", "Conference chair",
                    "CHILDREN_ACT_SECTION_47"};
                case 2 -> new String[] {"CORE_GROUP_MEETING", "Core group reviewed the plan and contact",
                    "Contact log for the last month", "Core group", "CHILDREN_ACT_SECTION_17"};
                default -> new String[] {"MEETING", "Meeting with the school about the child's wellbeing", null, null,
                    "NOTHING_SHARED"};
            };
            jdbc.update("insert into sg_liaison (case_id, agency_contact_id, child_person_id, kind, held_on, summary, "
                            + "shared_what, shared_with, sharing_basis, recorded_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, "
                            + "?, ?, ?)", c.id(), socialWorker, child == null ? null : child.id(), entry[0], held, entry[1],
                    entry[2], entry[3], entry[4], LEAD, Timestamp.from(held.atTime(16, 0).toInstant(ZoneOffset.UTC)));
        }
        return entries;
    }

    private long agency(DemoCase c, Member child, String role, String name, String organisation) {
        var keys = new GeneratedKeyHolder();
        String email = name.toLowerCase().replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "") + "@example.org";
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("insert into sg_agency_contact (case_id, child_person_id, "
                    + "agency_role, name, organisation, phone, email, recorded_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            ps.setLong(1, c.id());
            ps.setObject(2, child == null ? null : child.id());
            ps.setString(3, role);
            ps.setString(4, name);
            ps.setString(5, organisation);
            ps.setString(6, "01632 " + (960000 + random.nextInt(999)));
            ps.setString(7, email);
            ps.setString(8, LEAD);
            ps.setTimestamp(9, Timestamp.from(now));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    // ---- access requests

    /**
     * A few of the lead's prison's new cases are waiting for allocation, so the caseworker without need-to-know
     * has asked for access to one and broken glass on another; both wait on the lead's work list.
     */
    private int accessGrants(List<DemoCase> cases, long userId, String username) {
        int count = 0;
        for (int i = 0; i < cases.size(); i++) {
            DemoCase c = cases.get(i);
            jdbc.update("update family_case set allocated_user_id = null where id = ?", c.id());
            boolean breakGlass = i == 1;
            Instant at = now.minusSeconds(3600L * (breakGlass ? 30 : 5 + i));
            jdbc.update("insert into sg_access_grant (case_id, prison_id, user_id, username, kind, reason, status, "
                            + "requested_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", c.id(), c.prisonId(), userId,
                    username, breakGlass ? "BREAK_GLASS" : "REQUEST", breakGlass
                            ? "Partner phoned in distress about the child's safety; needed the restriction details at once"
                            : "Covering the case until it is allocated; the family asked about visits",
                    breakGlass ? "ACTIVE" : "PENDING", Timestamp.from(at),
                    breakGlass ? Timestamp.from(at.plusSeconds(3 * 3600)) : null);
            count++;
        }
        return count;
    }

    private Member first(DemoCase c, FamilyRole role) {
        return c.family().stream().filter(m -> m.role() == role).findFirst().orElse(null);
    }

}
