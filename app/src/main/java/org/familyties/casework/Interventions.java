package org.familyties.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.casework.InterventionViews.Candidate;
import org.familyties.casework.InterventionViews.Course;
import org.familyties.casework.InterventionViews.Enrolment;
import org.familyties.casework.InterventionViews.NewCourse;
import org.familyties.casework.InterventionViews.Session;
import org.familyties.estate.PrisonView;
import org.familyties.estate.Prisons;
import org.familyties.people.People;
import org.familyties.people.PersonRecord;
import org.familyties.shared.AuditDetails;
import org.familyties.shared.ConflictException;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.familyties.shared.RecordNotFoundException;
import org.familyties.shared.ScopeIds;
import org.familyties.shared.UkTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courses a prison delivers for families (parenting, family literacy, relationships, family days): sessions,
 * enrolment of case clients, attendance and completion. Scoped by the course's prison.
 */
@Service
@Transactional(readOnly = true)
public class Interventions {

    public static final String RECORD_TYPE = "Intervention";

    private final InterventionCourseRepository courses;
    private final Cases cases;
    private final People people;
    private final Prisons prisons;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ContactGuards guards;

    Interventions(InterventionCourseRepository courses, Cases cases, People people, Prisons prisons, AuditLog auditLog,
                  JdbcClient jdbc, Clock clock, ContactGuards guards) {
        this.guards = guards;
        this.courses = courses;
        this.cases = cases;
        this.people = people;
        this.prisons = prisons;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Course> courses(CurrentUser user) {
        return courses.inScope(ScopeIds.of(user.prisonIds())).stream().map(c -> toView(c, false)).toList();
    }

    public Course course(long id, CurrentUser user) {
        InterventionCourse c = load(id, user);
        Course view = toView(c, true);
        auditLog.read(RECORD_TYPE, id, null);
        return view;
    }

    @Transactional
    public Course create(NewCourse input, CurrentUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.prisonId() == null || !user.prisonIds().contains(input.prisonId())) {
            problems.add(new FieldProblem("prisonId", "Choose one of your prisons"));
        }
        if (input.kind() == null) {
            problems.add(new FieldProblem("kind", "Select the kind of course"));
        }
        if (input.title() == null || input.title().isBlank()) {
            problems.add(new FieldProblem("title", "Enter the course title"));
        }
        if (input.startsOn() == null) {
            problems.add(new FieldProblem("startsOn", "Enter the date the course starts"));
        }
        if (input.endsOn() == null || (input.startsOn() != null && input.endsOn().isBefore(input.startsOn()))) {
            problems.add(new FieldProblem("endsOn", "Enter the date the course ends, on or after the start"));
        }
        if (input.capacity() == null || input.capacity() < 1 || input.capacity() > 200) {
            problems.add(new FieldProblem("capacity", "Enter how many places the course has, from 1 to 200"));
        }
        check(problems);
        InterventionCourse saved = courses.save(new InterventionCourse(null, input.prisonId(), input.kind().name(),
                input.title().trim(), input.startsOn(), input.endsOn(), input.capacity(), clock.instant(), null));
        auditLog.changed(AuditAction.CREATE, RECORD_TYPE, saved.id(), null, null, AuditDetails.of(null, saved));
        return toView(saved, true);
    }

    @Transactional
    public Course addSession(long courseId, LocalDate heldOn, String topic, CurrentUser user) {
        InterventionCourse c = load(courseId, user);
        List<FieldProblem> problems = new ArrayList<>();
        if (heldOn == null || heldOn.isBefore(c.startsOn()) || heldOn.isAfter(c.endsOn())) {
            problems.add(new FieldProblem("heldOn", "Enter a session date between " + c.startsOn() + " and " + c.endsOn()));
        }
        if (topic == null || topic.isBlank()) {
            problems.add(new FieldProblem("topic", "Enter the topic of the session"));
        }
        check(problems);
        long id = insert("insert into intervention_session (course_id, held_on, topic) values (:c, :d, :t)",
                Map.of("c", courseId, "d", heldOn, "t", topic.trim()));
        auditLog.changed(AuditAction.CREATE, "InterventionSession", id, null, "course " + courseId,
                AuditDetails.of(null, Map.of("heldOn", heldOn.toString(), "topic", topic.trim())));
        return toView(c, true);
    }

    /** Clients of open cases in the course's prison who are not yet enrolled. */
    public List<Candidate> candidates(long courseId, CurrentUser user) {
        InterventionCourse c = load(courseId, user);
        List<long[]> rows = jdbc.sql("select cc.case_id, cc.person_id from case_client cc join family_case f on f.id = cc.case_id "
                        + "where f.prison_id = :p and f.status <> 'CLOSED' and cc.person_id not in "
                        + "(select person_id from intervention_enrolment where course_id = :c) order by cc.case_id, cc.person_id")
                .param("p", c.prisonId()).param("c", courseId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r[1]));
        Map<Long, PersonRecord> names = people.identities(ids);
        return rows.stream().map(r -> new Candidate(r[0], r[1], "Case " + r[0] + " – " + names.get(r[1]).fullName())).toList();
    }

    @Transactional
    public Course enrol(long courseId, Long caseId, Long personId, CurrentUser user) {
        return enrol(courseId, caseId, personId, null, user);
    }

    /**
     * Enrols a client of an open case. Family members on a course meet the person in prison, so the enrolment
     * passes the contact guards like a contact: a family member against the restrictions on the case's person in
     * prison, and the person in prison against those on the family members of their case already on the course.
     * {@code overrideReason} asks a safeguarding lead's override of a restriction that would refuse it.
     */
    @Transactional
    public Course enrol(long courseId, Long caseId, Long personId, String overrideReason, CurrentUser user) {
        InterventionCourse c = load(courseId, user);
        FamilyCase fc;
        try {
            fc = caseId == null ? null : cases.load(caseId, user);
        } catch (RecordNotFoundException e) {
            fc = null;
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (fc == null || !fc.prisonId.equals(c.prisonId()) || !fc.status().open()) {
            problems.add(new FieldProblem("personId", "Choose a client of an open case in the prison delivering the course"));
        } else if (personId == null || !fc.hasClient(personId)) {
            problems.add(new FieldProblem("personId", "Choose a client of case " + caseId));
        }
        Course view = toView(c, true);
        if (view.enrolled() >= c.capacity()) {
            problems.add(new FieldProblem("personId", "The course is full (" + c.capacity() + " places); "
                    + "withdraw someone or create another course"));
        }
        if (personId != null && view.enrolments().stream().anyMatch(e -> e.personId() == personId)) {
            problems.add(new FieldProblem("personId", "This person is already enrolled on the course"));
        }
        check(problems);
        long id = insert("insert into intervention_enrolment (course_id, case_id, person_id, enrolled_on, status) "
                        + "values (:c, :k, :p, :d, 'ENROLLED')",
                Map.of("c", courseId, "k", caseId, "p", personId, "d", LocalDate.now(clock)));
        auditLog.changed(AuditAction.CREATE, "InterventionEnrolment", id, personId, "course " + courseId,
                AuditDetails.of(null, Map.of("courseId", courseId, "caseId", caseId, "personId", personId)));
        guard(c, fc, id, personId, view, overrideReason, user);
        return toView(c, true);
    }

    private void guard(InterventionCourse c, FamilyCase fc, long enrolmentId, long personId, Course before,
                       String overrideReason, CurrentUser user) {
        List<Long> meeting = personId == fc.prisonerPersonId
                ? before.enrolments().stream().filter(e -> e.status() != EnrolmentStatus.WITHDRAWN)
                        .filter(e -> e.caseId() == fc.id && e.personId() != fc.prisonerPersonId)
                        .map(Enrolment::personId).toList()
                : List.of(personId);
        InterventionKind kind = InterventionKind.valueOf(c.kind());
        LocalDate today = UkTime.today(clock);
        // from today on for a course under way; a course that is over is checked on all its days
        LocalDate from = c.endsOn().isBefore(today) || c.startsOn().isAfter(today) ? c.startsOn() : today;
        guards.check(fc, new ContactGuards.Subject(ContactCheck.Action.ENROLLED, enrolmentId,
                kind == InterventionKind.FAMILY_DAY ? ContactKind.FAMILY_DAY : ContactKind.SOCIAL_VISIT, kind, from,
                c.endsOn(), true, overrideReason), meeting, user);
    }

    /** Records who attended a session: every enrolment is marked attended or not. */
    @Transactional
    public Course recordAttendance(long courseId, long sessionId, List<Long> attendedEnrolmentIds, CurrentUser user) {
        InterventionCourse c = load(courseId, user);
        Course view = toView(c, true);
        Session session = view.sessions().stream().filter(s -> s.id() == sessionId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("InterventionSession", sessionId));
        if (session.heldOn().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("attended", "The session on " + session.heldOn()
                    + " has not happened yet; record attendance after it");
        }
        Set<Long> attended = new HashSet<>(attendedEnrolmentIds == null ? List.of() : attendedEnrolmentIds);
        for (Long id : attended) {
            if (view.enrolments().stream().noneMatch(e -> e.id() == id)) {
                throw InvalidInputException.of("attended", "Enrolment " + id + " is not on this course");
            }
        }
        jdbc.sql("delete from intervention_attendance where session_id = :s").param("s", sessionId).update();
        for (Enrolment e : view.enrolments()) {
            if (e.status() != EnrolmentStatus.WITHDRAWN) {
                jdbc.sql("insert into intervention_attendance (session_id, enrolment_id, attended) values (:s, :e, :a)")
                        .param("s", sessionId).param("e", e.id()).param("a", attended.contains(e.id())).update();
            }
        }
        auditLog.changed(AuditAction.UPDATE, "InterventionSession", sessionId, null, "attendance",
                AuditDetails.of(null, Map.of("attended", attended)));
        return toView(c, true);
    }

    @Transactional
    public Course complete(long courseId, long enrolmentId, CurrentUser user) {
        InterventionCourse c = load(courseId, user);
        Enrolment e = toView(c, true).enrolments().stream().filter(x -> x.id() == enrolmentId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("InterventionEnrolment", enrolmentId));
        if (e.status() != EnrolmentStatus.ENROLLED) {
            throw new ConflictException("Enrolment " + enrolmentId + " is already " + e.status().name().toLowerCase());
        }
        if (e.sessionsAttended() == 0) {
            throw InvalidInputException.of("enrolmentId", e.name() + " has not attended any session; record attendance "
                    + "before marking the course completed");
        }
        jdbc.sql("update intervention_enrolment set status = 'COMPLETED', completed_on = :d where id = :id")
                .param("d", LocalDate.now(clock)).param("id", enrolmentId).update();
        auditLog.changed(AuditAction.UPDATE, "InterventionEnrolment", enrolmentId, e.personId(), "completed",
                AuditDetails.of(e, Map.of("status", "COMPLETED")));
        return toView(c, true);
    }

    private InterventionCourse load(long id, CurrentUser user) {
        return courses.findById(id).filter(c -> user.prisonIds().contains(c.prisonId()))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private Course toView(InterventionCourse c, boolean details) {
        List<Session> sessions = jdbc.sql("select s.id, s.held_on, s.topic, (select count(*) from intervention_attendance a "
                        + "where a.session_id = s.id and a.attended = true) from intervention_session s where s.course_id = :c "
                        + "order by s.held_on, s.id")
                .param("c", c.id()).query((rs, n) -> new Session(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getInt(4))).list();
        List<Object[]> rows = jdbc.sql("select e.id, e.case_id, e.person_id, e.status, e.completed_on, "
                        + "(select count(*) from intervention_attendance a where a.enrolment_id = e.id and a.attended = true) "
                        + "from intervention_enrolment e where e.course_id = :c order by e.id")
                .param("c", c.id()).query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3),
                    rs.getString(4), rs.getObject(5, LocalDate.class), rs.getInt(6)}).list();
        Map<Long, PersonRecord> names = details
                ? people.identities(rows.stream().map(r -> (Long) r[2]).collect(java.util.stream.Collectors.toSet()))
                : new HashMap<>();
        List<Enrolment> enrolments = rows.stream().map(r -> new Enrolment((Long) r[0], (Long) r[1], (Long) r[2],
                names.containsKey((Long) r[2]) ? names.get((Long) r[2]).fullName() : "", EnrolmentStatus.valueOf((String) r[3]),
                (LocalDate) r[4], (Integer) r[5])).toList();
        int enrolled = (int) enrolments.stream().filter(e -> e.status() != EnrolmentStatus.WITHDRAWN).count();
        String prisonName = prisons.byIds(List.of(c.prisonId())).values().stream().findFirst().map(PrisonView::name).orElse("");
        return new Course(c.id(), c.prisonId(), prisonName, InterventionKind.valueOf(c.kind()), c.title(), c.startsOn(),
                c.endsOn(), c.capacity(), enrolled, sessions, details ? enrolments : List.of());
    }

    private long insert(String sql, Map<String, Object> params) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        var spec = jdbc.sql(sql);
        for (var p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        spec.update(keys, "id");
        return keys.getKey().longValue();
    }

    private static void check(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
