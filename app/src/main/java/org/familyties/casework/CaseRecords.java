package org.familyties.casework;

import java.util.List;
import java.util.Optional;

import org.familyties.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The small lists that hang off one case (assessments, goals, reviews, outcome measures, notes, tasks,
 * restrictions), read for the case page and its parts. Changes still go through the repositories; reads
 * here map rows straight to the records, which costs a fraction of the repositories' per-row conversion.
 */
@Component
class CaseRecords {

    private final JdbcClient jdbc;

    CaseRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Assessment> latestAssessment(long caseId) {
        return list("select * from assessment where case_id = :c order by id desc limit 1", caseId, Assessment.class)
                .stream().findFirst();
    }

    List<Goal> goals(long caseId) {
        return list("select * from case_goal where case_id = :c order by id", caseId, Goal.class);
    }

    List<Review> reviews(long caseId) {
        return list("select * from case_review where case_id = :c order by held_on desc, id desc", caseId, Review.class);
    }

    List<OutcomeMeasure> measures(long caseId) {
        return list("select * from outcome_measure where case_id = :c order by measured_on, id", caseId,
                OutcomeMeasure.class);
    }

    List<CaseNote> notes(long caseId) {
        return list("select * from case_note where case_id = :c order by written_at desc, id desc", caseId, CaseNote.class);
    }

    List<CaseTask> tasks(long caseId) {
        return list("select * from case_task where case_id = :c order by due_on, id", caseId, CaseTask.class);
    }

    List<ContactRestriction> restrictions(long caseId) {
        return list("select * from contact_restriction where case_id = :c order by started_on desc, id desc", caseId,
                ContactRestriction.class);
    }

    private <T extends Record> List<T> list(String sql, long caseId, Class<T> type) {
        return jdbc.sql(sql).param("c", caseId).query(RecordRows.of(type)).list();
    }
}
