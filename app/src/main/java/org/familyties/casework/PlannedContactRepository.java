package org.familyties.casework;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface PlannedContactRepository extends ListCrudRepository<PlannedContact, Long> {

    @Query("select * from planned_contact where case_id = :c and status = 'PLANNED' order by planned_at, id")
    List<PlannedContact> upcoming(@Param("c") long caseId);

    Optional<PlannedContact> findByIdAndCaseId(long id, long caseId);
}
