package org.familyties.casework;

import java.time.LocalDate;
import java.util.List;

/** Read-side records of interventions. */
public final class InterventionViews {

    private InterventionViews() {
    }

    public record Course(long id, long prisonId, String prisonName, InterventionKind kind, String title,
                         LocalDate startsOn, LocalDate endsOn, int capacity, int enrolled, List<Session> sessions,
                         List<Enrolment> enrolments) {
    }

    public record Session(long id, LocalDate heldOn, String topic, int attended) {
    }

    public record Enrolment(long id, long caseId, long personId, String name, EnrolmentStatus status,
                            LocalDate completedOn, int sessionsAttended) {
    }

    public record NewCourse(Long prisonId, InterventionKind kind, String title, LocalDate startsOn, LocalDate endsOn,
                            Integer capacity) {
    }

    public record Candidate(long caseId, long personId, String label) {
    }
}
