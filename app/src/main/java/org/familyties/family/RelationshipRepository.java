package org.familyties.family;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface RelationshipRepository extends ListCrudRepository<Relationship, Long> {

    @Query("select * from relationship where from_person_id in (:ids) and to_person_id in (:ids) order by id")
    List<Relationship> findAmong(@Param("ids") List<Long> ids);
}
