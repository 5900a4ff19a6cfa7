package org.familyties.casework;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface CaseNoteRepository extends ListCrudRepository<CaseNote, Long> {
}

interface CaseTaskRepository extends ListCrudRepository<CaseTask, Long> {

    @Query("select count(*) from case_task where case_id = :caseId and done_on is null")
    long countOpen(@Param("caseId") long caseId);

    @Query("select t.* from case_task t join family_case c on c.id = t.case_id where t.owner_user_id = :owner "
            + "and t.done_on is null and c.prison_id in (:prisons) order by t.due_on, t.id")
    List<CaseTask> openFor(@Param("owner") long ownerUserId, @Param("prisons") List<Long> prisons);
}
