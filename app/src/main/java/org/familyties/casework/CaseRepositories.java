package org.familyties.casework;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface ReferralRepository extends ListCrudRepository<Referral, Long> {

    @Query("select * from referral where id = :id and prison_id in (:prisons)")
    Optional<Referral> findInScope(@Param("id") long id, @Param("prisons") List<Long> prisons);

    @Query("select * from referral where prison_id in (:prisons) and status = 'WAITING' "
            + "order by case when urgency = 'URGENT' then 0 else 1 end, received_on, id")
    List<Referral> waiting(@Param("prisons") List<Long> prisons);

    @Query("select * from referral where person_id = :person and status = 'WAITING'")
    List<Referral> waitingFor(@Param("person") long personId);
}

interface FamilyCaseRepository extends ListCrudRepository<FamilyCase, Long> {

    @Query("select * from family_case where id = :id and prison_id in (:prisons)")
    Optional<FamilyCase> findInScope(@Param("id") long id, @Param("prisons") List<Long> prisons);

    @Query("select * from family_case where prisoner_person_id = :person and status <> 'CLOSED'")
    List<FamilyCase> openFor(@Param("person") long personId);
}

interface AssessmentRepository extends ListCrudRepository<Assessment, Long> {
}

interface GoalRepository extends ListCrudRepository<Goal, Long> {
}

interface ReviewRepository extends ListCrudRepository<Review, Long> {
}
