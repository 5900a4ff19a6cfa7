package org.familyties.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.familyties.access.StaffMember;
import org.familyties.access.Users;
import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.casework.CaseInputs.Allocation;
import org.familyties.casework.CaseInputs.AssessmentInput;
import org.familyties.casework.CaseInputs.Closure;
import org.familyties.casework.CaseInputs.FamilyMember;
import org.familyties.casework.CaseInputs.GoalInput;
import org.familyties.casework.CaseInputs.Relation;
import org.familyties.casework.CaseInputs.ReviewInput;
import org.familyties.casework.CaseInputs.StatusInput;
import org.familyties.estate.PrisonView;
import org.familyties.estate.Prisons;
import org.familyties.family.FamilyNetworks;
import org.familyties.family.RelationshipKind;
import org.familyties.family.RelationshipView;
import org.familyties.people.People;
import org.familyties.people.PersonRecord;
import org.familyties.shared.AuditDetails;
import org.familyties.shared.ConflictException;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.familyties.shared.RecordNotFoundException;
import org.familyties.shared.ScopeIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The casework module's facade for cases. Every change names the case version the user saw: an older
 * version is refused as a conflict, so a second concurrent save never overwrites the first.
 */
@Service
@Transactional(readOnly = true)
public class Cases {

    public static final String RECORD_TYPE = "Case";

    private final FamilyCaseRepository cases;
    private final AssessmentRepository assessments;
    private final GoalRepository goals;
    private final ReviewRepository reviews;
    private final People people;
    private final FamilyNetworks networks;
    private final Prisons prisons;
    private final Users users;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final OpenTasks openTasks;
    private final CaseRecords records;

    Cases(FamilyCaseRepository cases, AssessmentRepository assessments, GoalRepository goals, ReviewRepository reviews,
          People people, FamilyNetworks networks, Prisons prisons, Users users, AuditLog auditLog, JdbcClient jdbc,
          Clock clock, OpenTasks openTasks, CaseRecords records) {
        this.cases = cases;
        this.assessments = assessments;
        this.goals = goals;
        this.reviews = reviews;
        this.people = people;
        this.networks = networks;
        this.prisons = prisons;
        this.users = users;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.clock = clock;
        this.openTasks = openTasks;
        this.records = records;
    }

    // ---- reading

    /** A case in one of the user's prisons (404 otherwise); the view of the case and each client is audited. */
    public CaseView view(long id, CurrentUser user) {
        FamilyCase c = load(id, user);
        CaseView view = toView(c, people.identities(c.clientIds()));
        auditLog.readAll(caseReads(c));
        return view;
    }

    /** The audit entries of a view of the case: one per client, the person in prison first. */
    static List<AuditLog.Read> caseReads(FamilyCase c) {
        List<AuditLog.Read> reads = new ArrayList<>(List.of(new AuditLog.Read(RECORD_TYPE, c.id, c.prisonerPersonId)));
        c.clients.stream().map(CaseClient::personId).filter(p -> p != c.prisonerPersonId.longValue()).sorted()
                .forEach(p -> reads.add(new AuditLog.Read(RECORD_TYPE, c.id, p)));
        return reads;
    }

    /** Cases per page of the caseload (page and API). */
    public static final int CASELOAD_PAGE_SIZE = 50;

    /** Open cases in the user's prisons, optionally only those allocated to them; overdue reviews first. */
    public List<CaseSummary> caseload(CurrentUser user, boolean mineOnly) {
        return summaries(user, mineOnly, null, 0);
    }

    /**
     * One page of the caseload, in the same order, starting after the cursor {@code after} (null for the first
     * page); {@code next} names the following page.
     */
    public CaseloadPage caseloadPage(CurrentUser user, boolean mineOnly, String after) {
        List<CaseSummary> rows = summaries(user, mineOnly, Keyset.date(after), CASELOAD_PAGE_SIZE + 1);
        var count = jdbc.sql("select count(*) from family_case c where c.prison_id in (:prisons) and c.status <> 'CLOSED'"
                + (mineOnly ? " and c.allocated_user_id = :me" : "")).param("prisons", ScopeIds.of(user.prisonIds()));
        long total = (mineOnly ? count.param("me", user.userId()) : count).query(Long.class).single();
        if (rows.size() <= CASELOAD_PAGE_SIZE) {
            return new CaseloadPage(rows, total, null);
        }
        rows = rows.subList(0, CASELOAD_PAGE_SIZE);
        CaseSummary last = rows.get(CASELOAD_PAGE_SIZE - 1);
        return new CaseloadPage(rows, total, Keyset.of(last.nextReviewDue(), last.id()));
    }

    private List<CaseSummary> summaries(CurrentUser user, boolean mineOnly, Keyset.DateKey after, int limit) {
        String sql = "select c.id, c.prison_id, c.prisoner_person_id, c.status, c.allocated_user_id, c.opened_on, "
                + "c.next_review_due from family_case c where c.prison_id in (:prisons) and c.status <> 'CLOSED'"
                + (mineOnly ? " and c.allocated_user_id = :me" : "")
                + (after == null ? "" : after.date() == null ? " and c.next_review_due is null and c.id > :id"
                        : " and (c.next_review_due > :due or (c.next_review_due = :due and c.id > :id) "
                        + "or c.next_review_due is null)")
                + " order by c.next_review_due nulls last, c.id" + (limit > 0 ? " limit " + limit : "");
        var spec = jdbc.sql(sql).param("prisons", ScopeIds.of(user.prisonIds()));
        if (mineOnly) {
            spec = spec.param("me", user.userId());
        }
        if (after != null) {
            spec = spec.param("id", after.id());
            if (after.date() != null) {
                spec = spec.param("due", after.date());
            }
        }
        List<Object[]> rows = spec.query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3),
            rs.getString(4), rs.getObject(5) == null ? null : rs.getLong(5), rs.getObject(6, LocalDate.class),
            rs.getObject(7, LocalDate.class)}).list();
        Set<Long> personIds = rows.stream().map(r -> (Long) r[2]).collect(Collectors.toSet());
        Set<Long> userIds = rows.stream().map(r -> (Long) r[4]).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<Long, PersonRecord> names = people.identities(personIds);
        Map<Long, String> staff = users.displayNames(userIds);
        Map<Long, PrisonView> prisonNames = prisons.byIds(rows.stream().map(r -> (Long) r[1]).collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(clock);
        return rows.stream().map(r -> {
            PersonRecord p = names.get((Long) r[2]);
            LocalDate due = (LocalDate) r[6];
            return new CaseSummary((Long) r[0], p == null ? "" : p.fullName(), p == null ? "" : p.prisonNumber(),
                    prisonNames.containsKey((Long) r[1]) ? prisonNames.get((Long) r[1]).name() : "",
                    CaseStatus.valueOf((String) r[3]), r[4] == null ? null : staff.get((Long) r[4]), (LocalDate) r[5],
                    due, due != null && due.isBefore(today));
        }).toList();
    }

    /** Who the case can be allocated to: case staff assigned to its prison. */
    public List<StaffMember> allocatable(long caseId, CurrentUser user) {
        return users.caseStaffIn(load(caseId, user).prisonId);
    }

    /** The facts of a case in one of the user's prisons (404 otherwise), for modules that attach records to it. */
    public CaseFacts facts(long id, CurrentUser user) {
        FamilyCase c = load(id, user);
        return new CaseFacts(c.id, c.prisonId, c.prisonerPersonId, c.allocatedUserId, c.status().open(),
                c.clients.stream().filter(cl -> ClientRole.FAMILY_MEMBER.name().equals(cl.role()))
                        .map(CaseClient::personId).sorted().toList());
    }

    // ---- changing

    @Transactional
    public CaseView allocate(long id, Allocation input, CurrentUser user) {
        FamilyCase c = loadForChange(id, input.version(), user);
        if (input.userId() == null || users.caseStaffIn(c.prisonId).stream().noneMatch(s -> s.id() == input.userId())) {
            throw InvalidInputException.of("userId", "Choose a caseworker who works in this case's prison");
        }
        var before = snapshot(c);
        c.allocatedUserId = input.userId();
        return saveAudited(c, before, "allocation");
    }

    @Transactional
    public CaseView addFamilyMember(long id, FamilyMember input, CurrentUser user) {
        FamilyCase c = loadForChange(id, input.version(), user);
        List<FieldProblem> problems = new ArrayList<>();
        if (input.givenName() == null || input.givenName().isBlank()) {
            problems.add(new FieldProblem("givenName", "Enter the family member's first name"));
        }
        if (input.familyName() == null || input.familyName().isBlank()) {
            problems.add(new FieldProblem("familyName", "Enter the family member's last name"));
        }
        if (input.role() == null) {
            problems.add(new FieldProblem("role", "Select how they are related to the person in prison"));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate dob = input.dateOfBirth();
        if (dob != null && dob.isAfter(today)) {
            problems.add(new FieldProblem("dateOfBirth", "The date of birth cannot be in the future; check the year"));
        } else if (input.role() == FamilyRole.CHILD && dob == null) {
            problems.add(new FieldProblem("dateOfBirth", "Enter the child's date of birth, for example 2019-03-27"));
        } else if (dob != null && input.age() != null) {
            int actual = Period.between(dob, today).getYears();
            if (actual != input.age()) {
                problems.add(new FieldProblem("age", "The age given (" + input.age() + ") does not match the date of birth "
                        + dob + ", which makes them " + actual + "; correct the age or the date of birth"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var before = snapshot(c);
        long personId = people.registerFamilyMember(input.givenName(), input.familyName(), dob);
        c.addClient(personId, input.role(), today);
        relateToPrisoner(c.prisonerPersonId, personId, input.role());
        return saveAudited(c, before, "family member added");
    }

    private void relateToPrisoner(long prisoner, long member, FamilyRole role) {
        switch (role) {
            case PARTNER -> networks.relate(member, prisoner, RelationshipKind.PARTNER_OF, null, null);
            case EX_PARTNER -> networks.relate(member, prisoner, RelationshipKind.EX_PARTNER_OF, null, null);
            case CHILD -> networks.relate(prisoner, member, RelationshipKind.PARENT_OF, null, null);
            case PARENT -> networks.relate(member, prisoner, RelationshipKind.PARENT_OF, null, null);
            case SIBLING -> networks.relate(member, prisoner, RelationshipKind.SIBLING_OF, null, null);
            case GRANDPARENT -> networks.relate(member, prisoner, RelationshipKind.OTHER_RELATIVE_OF, null, null);
            default -> {
                // foster carers and others relate to the children, which the caseworker records explicitly
            }
        }
    }

    /** A relationship between two clients of the case (not only to the person in prison). */
    @Transactional
    public RelationshipView relate(long id, Relation input, CurrentUser user) {
        FamilyCase c = loadForChange(id, input.version(), user);
        List<FieldProblem> problems = new ArrayList<>();
        if (input.fromPersonId() == null || !c.hasClient(input.fromPersonId())) {
            problems.add(new FieldProblem("fromPersonId", "Choose a person who is a client of this case"));
        }
        if (input.toPersonId() == null || !c.hasClient(input.toPersonId())) {
            problems.add(new FieldProblem("toPersonId", "Choose a person who is a client of this case"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RelationshipView saved = networks.relate(input.fromPersonId(), input.toPersonId(), input.kind(),
                input.startedOn(), input.endedOn());
        var before = snapshot(c);
        saveAudited(c, before, "relationship " + saved.id() + " recorded");
        return saved;
    }

    @Transactional
    public CaseView assess(long id, AssessmentInput input, CurrentUser user) {
        FamilyCase c = loadForChange(id, input.version(), user);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (input.assessedOn() == null || input.assessedOn().isAfter(today)) {
            problems.add(new FieldProblem("assessedOn", "Enter the date of the assessment; it cannot be in the future"));
        } else if (input.assessedOn().isBefore(c.openedOn)) {
            problems.add(new FieldProblem("assessedOn", "The assessment date is before the case opened (" + c.openedOn + ")"));
        }
        if (input.travelDistanceKm() != null && (input.travelDistanceKm() < 0 || input.travelDistanceKm() > 2000)) {
            problems.add(new FieldProblem("travelDistanceKm", "Enter the distance to visits in kilometres, between 0 and 2000"));
        }
        if (input.travelCostPounds() != null && (input.travelCostPounds().signum() < 0
                || input.travelCostPounds().compareTo(java.math.BigDecimal.valueOf(10_000)) > 0)) {
            problems.add(new FieldProblem("travelCostPounds", "Enter the travel cost of a visit in pounds, for example 24.50"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var before = snapshot(c);
        Assessment saved = assessments.save(new Assessment(null, id, input.assessedOn(), input.travelDistanceKm(),
                input.travelCostPounds(), yes(input.relationshipConflict()), yes(input.childUnaware()),
                yes(input.courtOrders()), yes(input.childrensServices()), yes(input.prisonerMentalHealth()),
                yes(input.visitsBookingDifficulty()), yes(input.literacy()), yes(input.language()), blankToNull(input.notes()), user.username(), clock.instant()));
        if (c.status() == CaseStatus.REFERRED) {
            c.moveTo(CaseStatus.ASSESSED, clock.instant(), user.username(), "Needs assessed");
        }
        auditLog.changed(AuditAction.CREATE, "Assessment", saved.id(), c.prisonerPersonId, null,
                AuditDetails.of(null, AssessmentView.of(saved)));
        return saveAudited(c, before, "assessment " + saved.id());
    }

    @Transactional
    public CaseView addGoal(long id, GoalInput input, CurrentUser user) {
        FamilyCase c = loadForChange(id, input.version(), user);
        List<FieldProblem> problems = new ArrayList<>();
        if (input.clientPersonId() == null || !c.hasClient(input.clientPersonId())) {
            problems.add(new FieldProblem("clientPersonId", "Choose the client this goal is for"));
        }
        if (input.description() == null || input.description().isBlank()) {
            problems.add(new FieldProblem("description", "Describe the goal, for example 'Visit monthly with both children'"));
        }
        if (input.targetDate() != null && input.targetDate().isBefore(LocalDate.now(clock))) {
            problems.add(new FieldProblem("targetDate", "The target date is in the past; enter a date from today on"));
        }
        if (c.status() == CaseStatus.REFERRED) {
            problems.add(new FieldProblem("description", "Assess the family's needs before planning goals"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var before = snapshot(c);
        Goal goal = goals.save(new Goal(null, id, input.clientPersonId(), input.description().trim(), input.targetDate(),
                GoalStatus.OPEN.name(), clock.instant(), null));
        if (c.status() == CaseStatus.ASSESSED) {
            c.moveTo(CaseStatus.ACTIVE, clock.instant(), user.username(), "Case plan agreed");
            if (c.nextReviewDue == null) {
                c.nextReviewDue = LocalDate.now(clock).plusWeeks(12);
            }
        }
        auditLog.changed(AuditAction.CREATE, "Goal", goal.id(), input.clientPersonId(), null, AuditDetails.of(null, goal));
        return saveAudited(c, before, "goal " + goal.id());
    }

    @Transactional
    public CaseView changeStatus(long id, StatusInput input, CurrentUser user) {
        FamilyCase c = loadForChange(id, input.version(), user);
        if (input.status() == CaseStatus.CLOSED) {
            throw InvalidInputException.of("status", "Close a case with the closure form, which asks for the reason");
        }
        if (input.status() == null || !c.status().next().contains(input.status())) {
            throw InvalidInputException.of("status", "A " + c.status().name().toLowerCase() + " case can move to "
                    + c.status().next().stream().filter(s -> s != CaseStatus.CLOSED).map(s -> s.name().toLowerCase()).toList()
                    + "; choose one of those");
        }
        var before = snapshot(c);
        c.moveTo(input.status(), clock.instant(), user.username(), blankToNull(input.note()));
        return saveAudited(c, before, "status");
    }

    @Transactional
    public CaseView review(long id, ReviewInput input, CurrentUser user) {
        FamilyCase c = loadForChange(id, input.version(), user);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (c.status() != CaseStatus.ACTIVE && c.status() != CaseStatus.REVIEW) {
            problems.add(new FieldProblem("heldOn", "Only an active case can be reviewed; agree a case plan first"));
        }
        if (input.heldOn() == null || input.heldOn().isAfter(today)) {
            problems.add(new FieldProblem("heldOn", "Enter the date the review was held; it cannot be in the future"));
        }
        if (input.summary() == null || input.summary().isBlank()) {
            problems.add(new FieldProblem("summary", "Summarise what the review found and decided"));
        }
        if (input.nextReviewDue() == null || (input.heldOn() != null && !input.nextReviewDue().isAfter(input.heldOn()))) {
            problems.add(new FieldProblem("nextReviewDue", "Enter when the next review is due, after the date of this review"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var before = snapshot(c);
        Review saved = reviews.save(new Review(null, id, input.heldOn(), input.summary().trim(), input.nextReviewDue(),
                user.username(), clock.instant()));
        if (c.status() == CaseStatus.ACTIVE) {
            c.moveTo(CaseStatus.REVIEW, clock.instant(), user.username(), "Review held");
        }
        c.moveTo(CaseStatus.ACTIVE, clock.instant().plusMillis(1), user.username(), "Review completed");
        c.nextReviewDue = input.nextReviewDue();
        auditLog.changed(AuditAction.CREATE, "Review", saved.id(), c.prisonerPersonId, null, AuditDetails.of(null, saved));
        return saveAudited(c, before, "review " + saved.id());
    }

    /** Closes a case; with open tasks the user must confirm they want to close anyway. */
    @Transactional
    public CaseView close(long id, Closure input, CurrentUser user) {
        FamilyCase c = loadForChange(id, input.version(), user);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (input.reason() == null) {
            problems.add(new FieldProblem("reason", "Select why the case is closing"));
        }
        if (input.closedOn() == null || input.closedOn().isAfter(today)) {
            problems.add(new FieldProblem("closedOn", "Enter the closure date; it cannot be in the future"));
        } else if (input.closedOn().isBefore(c.openedOn)) {
            problems.add(new FieldProblem("closedOn", "The closure date is before the case opened (" + c.openedOn + ")"));
        }
        long open = openTasks.count(id);
        if (open > 0 && !yes(input.confirmOpenTasks())) {
            problems.add(new FieldProblem("confirmOpenTasks", "This case has " + open + " open task"
                    + (open == 1 ? "" : "s") + ". Complete or reassign them, or confirm that you want to close the case anyway"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var before = snapshot(c);
        c.closedOn = input.closedOn();
        c.closureReason = input.reason().name();
        c.closureNote = blankToNull(input.note());
        c.nextReviewDue = null;
        c.moveTo(CaseStatus.CLOSED, clock.instant(), user.username(), input.reason().name());
        return saveAudited(c, before, "closure");
    }

    /**
     * Records that the person in prison moved to another prison ({@code toPrisonCode}): the case moves with them,
     * through {@link CaseTransfers}. Or that they were released (no prison code): the caseworker's decision closes
     * the case with a reason or hands it over to another service, and the case leaves the active caseload.
     */
    @Transactional
    public void recordMove(long id, CaseInputs.Move input, CurrentUser user) {
        FamilyCase c = loadForChange(id, input.version(), user);
        Long toPrisonId = null;
        String code = input.toPrisonCode();
        if (code != null && !code.isBlank()) {
            toPrisonId = prisons.findByCode(code.trim().toUpperCase()).map(PrisonView::id)
                    .orElseThrow(() -> InvalidInputException.of("toPrisonCode", "There is no prison with code "
                            + code.trim() + "; check the code, for example D02"));
        } else {
            release(c, input, user);
        }
        people.move(c.prisonerPersonId, toPrisonId, input.movedOn(), user);
    }

    private void release(FamilyCase c, CaseInputs.Move input, CurrentUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (input.onRelease() == null) {
            problems.add(new FieldProblem("onRelease", "Choose whether to close the case or hand it over to another service"));
        } else if (input.onRelease() == ReleaseDecision.CLOSE) {
            if (input.closureReason() == null || input.closureReason() == ClosureReason.HANDED_OVER) {
                problems.add(new FieldProblem("closureReason", "Select why the case is closing; to hand it over, "
                        + "choose 'Hand it over' instead"));
            }
        } else {
            if (input.handedToKind() == null) {
                problems.add(new FieldProblem("handedToKind", "Select who the case is handed over to"));
            }
            if (input.handedTo() == null || input.handedTo().isBlank()) {
                problems.add(new FieldProblem("handedTo", "Enter the organisation or service, and a named contact if you have one"));
            }
            if (input.handedOverOn() == null || input.handedOverOn().isAfter(today)) {
                problems.add(new FieldProblem("handedOverOn", "Enter the date of the handover; it cannot be in the future"));
            } else if (input.handedOverOn().isBefore(c.openedOn)) {
                problems.add(new FieldProblem("handedOverOn", "The handover date is before the case opened (" + c.openedOn + ")"));
            }
            if (input.handoverNote() == null || input.handoverNote().isBlank()) {
                problems.add(new FieldProblem("handoverNote", "Write the handover note: what the family needs next and what was agreed"));
            }
        }
        if (input.movedOn() == null || input.movedOn().isAfter(today)) {
            problems.add(new FieldProblem("movedOn", "Enter the date of the release; it cannot be in the future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var before = snapshot(c);
        c.nextReviewDue = null;
        if (input.onRelease() == ReleaseDecision.CLOSE) {
            c.closedOn = input.movedOn();
            c.closureReason = input.closureReason().name();
            c.closureNote = blankToNull(input.closureNote());
            c.moveTo(CaseStatus.CLOSED, clock.instant(), user.username(), "Released on " + input.movedOn()
                    + "; closed: " + input.closureReason().name());
            saveAudited(c, before, "closed on release");
            return;
        }
        String to = input.handedTo().trim();
        c.closedOn = input.handedOverOn();
        c.closureReason = ClosureReason.HANDED_OVER.name();
        c.closureNote = input.handoverNote().trim();
        c.moveTo(CaseStatus.CLOSED, clock.instant(), user.username(), "Released on " + input.movedOn()
                + "; handed over to " + to + " (" + input.handedToKind().name() + ") on " + input.handedOverOn());
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into case_handover (case_id, released_on, handed_to_kind, handed_to, handed_over_on, note, "
                        + "recorded_by, created_at) values (:c, :r, :k, :to, :on, :note, :by, :at)")
                .param("c", c.id).param("r", input.movedOn()).param("k", input.handedToKind().name()).param("to", to)
                .param("on", input.handedOverOn()).param("note", input.handoverNote().trim())
                .param("by", user.username()).param("at", java.time.OffsetDateTime.ofInstant(clock.instant(),
                        java.time.ZoneOffset.UTC)).update(keys, "id");
        HandoverView handover = handover(c.id);
        auditLog.changed(AuditAction.CREATE, "CaseHandover", keys.getKey().longValue(), c.prisonerPersonId,
                "case " + c.id + " handed over on release", AuditDetails.of(null, handover));
        saveAudited(c, before, "handed over on release");
    }

    private HandoverView handover(long caseId) {
        return jdbc.sql("select released_on, handed_to_kind, handed_to, handed_over_on, note, recorded_by from "
                        + "case_handover where case_id = :c order by id desc").param("c", caseId)
                .query((rs, n) -> new HandoverView(rs.getObject(1, LocalDate.class), HandoverTo.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6)))
                .list().stream().findFirst().orElse(null);
    }

    /** The sentence of the person in prison and their moves, shown on the case (the view of the case is audited). */
    public org.familyties.people.CustodyRecord custody(long id, CurrentUser user) {
        return people.custody(load(id, user).prisonerPersonId);
    }

    /** Records the sentence of the person in prison; a release date before the sentence start is refused. */
    @Transactional
    public CaseView recordSentence(long id, CaseInputs.Sentence input, CurrentUser user) {
        FamilyCase c = loadForChange(id, input.version(), user);
        List<FieldProblem> problems = new ArrayList<>();
        if (input.sentenceType() == null) {
            problems.add(new FieldProblem("sentenceType", "Select the type of sentence"));
        }
        if (input.sentenceStart() == null || input.sentenceStart().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("sentenceStart", "Enter the date the sentence started; it cannot be in the future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        people.recordSentence(c.prisonerPersonId, input.sentenceType(), input.sentenceStart(), input.expectedRelease());
        return saveAudited(c, snapshot(c), "sentence");
    }

    // ---- used by referrals and transfers

    List<FamilyCase> openCasesFor(long prisonerPersonId) {
        return cases.openFor(prisonerPersonId);
    }

    long openFromReferral(Referral referral, CurrentUser user) {
        FamilyCase c = cases.save(new FamilyCase(referral.prisonId, referral.personId, referral.id,
                LocalDate.now(clock), clock.instant(), user.username()));
        auditLog.changed(AuditAction.CREATE, RECORD_TYPE, c.id, c.prisonerPersonId, "referral " + referral.id + " accepted",
                AuditDetails.of(null, snapshot(c)));
        return c.id;
    }

    // ---- helpers

    FamilyCase load(long id, CurrentUser user) {
        return cases.findInScope(id, ScopeIds.of(user.prisonIds()))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    FamilyCase loadForChange(long id, Integer expectedVersion, CurrentUser user) {
        FamilyCase c = load(id, user);
        if (expectedVersion == null) {
            throw InvalidInputException.of("version", "Send the version of the case you last read, so that changes by others are not overwritten");
        }
        if (!expectedVersion.equals(c.version)) {
            throw new ConflictException("Someone else changed case " + id + " after you opened it. Nothing was saved: "
                    + "open the case again, check their change, then make yours");
        }
        if (!c.status().open()) {
            throw new ConflictException("Case " + id + " is closed and cannot be changed");
        }
        return c;
    }

    record Snapshot(String status, Long prisonId, Long allocatedUserId, LocalDate nextReviewDue, LocalDate closedOn,
                    String closureReason, List<Long> clients, Integer version) {
    }

    static Snapshot snapshot(FamilyCase c) {
        return new Snapshot(c.status, c.prisonId, c.allocatedUserId, c.nextReviewDue, c.closedOn, c.closureReason,
                c.clients.stream().map(CaseClient::personId).sorted().toList(), c.version);
    }

    CaseView saveAudited(FamilyCase c, Snapshot before, String what) {
        FamilyCase saved = cases.save(c);
        auditLog.changed(AuditAction.UPDATE, RECORD_TYPE, saved.id, saved.prisonerPersonId, what,
                AuditDetails.of(before, snapshot(saved)));
        return toView(saved);
    }

    private CaseView toView(FamilyCase c) {
        return toView(c, people.identities(c.clientIds()));
    }

    /** The view of a case already loaded in scope, with its clients' identities (the caller audits the view). */
    CaseView toView(FamilyCase c, Map<Long, PersonRecord> names) {
        Set<Long> ids = c.clientIds();
        LocalDate today = LocalDate.now(clock);
        List<ClientView> clients = c.clients.stream()
                .sorted(Comparator.comparing((CaseClient cl) -> !ClientRole.PRISONER.name().equals(cl.role()))
                        .thenComparing(CaseClient::personId))
                .map(cl -> {
                    PersonRecord p = names.get(cl.personId());
                    return new ClientView(cl.personId(), p.fullName(), p.dateOfBirth(),
                            p.dateOfBirth() == null ? null : Period.between(p.dateOfBirth(), today).getYears(),
                            ClientRole.valueOf(cl.role()),
                            cl.relationToPrisoner() == null ? null : FamilyRole.valueOf(cl.relationToPrisoner()));
                }).toList();
        Map<Long, String> clientNames = clients.stream().collect(Collectors.toMap(ClientView::personId, ClientView::name));
        PersonRecord prisoner = names.get(c.prisonerPersonId);
        String prisonName = c.prisonId == null ? null
                : prisons.byIds(List.of(c.prisonId)).values().stream().findFirst().map(PrisonView::name).orElse(null);
        String allocatedTo = c.allocatedUserId == null ? null
                : users.displayNames(List.of(c.allocatedUserId)).get(c.allocatedUserId);
        AssessmentView assessment = records.latestAssessment(c.id)
                .map(AssessmentView::of).orElse(null);
        List<GoalView> goalViews = records.goals(c.id).stream()
                .map(g -> new GoalView(g.id(), g.clientPersonId(), clientNames.getOrDefault(g.clientPersonId(), ""),
                        g.description(), g.targetDate(), GoalStatus.valueOf(g.status()))).toList();
        List<ReviewView> reviewViews = records.reviews(c.id).stream()
                .map(r -> new ReviewView(r.id(), r.heldOn(), r.summary(), r.nextReviewDue(), r.reviewedBy())).toList();
        List<StatusChangeView> history = c.historyInOrder().stream()
                .map(h -> new StatusChangeView(CaseStatus.valueOf(h.status()), h.changedAt(), h.changedBy(), h.note()))
                .toList();
        return new CaseView(c.id, c.prisonId, prisonName, c.prisonerPersonId, prisoner.fullName(), prisoner.prisonNumber(),
                c.status(), c.allocatedUserId, allocatedTo, c.openedOn, c.nextReviewDue,
                c.status().open() && c.nextReviewDue != null && c.nextReviewDue.isBefore(today), c.closedOn,
                c.closureReason == null ? null : ClosureReason.valueOf(c.closureReason), c.closureNote, c.version,
                c.referralId, clients, history, assessment, goalViews, reviewViews, networks.among(ids),
                ClosureReason.HANDED_OVER.name().equals(c.closureReason) ? handover(c.id) : null);
    }

    private static boolean yes(Boolean answer) {
        return Boolean.TRUE.equals(answer);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    Instant now() {
        return clock.instant();
    }
}
