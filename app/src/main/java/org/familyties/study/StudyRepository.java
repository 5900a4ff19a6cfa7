package org.familyties.study;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface StudyRepository extends ListCrudRepository<Study, Long> {

    @Query("select * from study where id in (:ids) order by title")
    List<Study> findInScope(@Param("ids") List<Long> ids);

    Optional<Study> findByCode(String code);

    @Query("select * from study where id = :id and id in (:ids)")
    Optional<Study> findInScope(@Param("id") long id, @Param("ids") List<Long> ids);
}
