package org.familyties.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("case_task")
record CaseTask(@Id Long id, Long caseId, String description, Long ownerUserId, LocalDate dueOn, LocalDate doneOn,
                String createdBy, Instant createdAt, @Version Integer version) {

    CaseTask done(LocalDate on) {
        return new CaseTask(id, caseId, description, ownerUserId, dueOn, on, createdBy, createdAt, version);
    }
}
