package org.familyties.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends ListCrudRepository<Person, Long> {

    @Query("select * from person where id = :id and current_prison_id in (:prisons)")
    Optional<Person> findInScope(@Param("id") long id, @Param("prisons") List<Long> prisons);

    /** One page of people in prison, ordered by name then id, starting after the given key (keyset pagination). */
    @Query("select * from person where current_prison_id in (:prisons) and prison_number is not null "
            + "and (family_name > :afterName or (family_name = :afterName and id > :afterId)) "
            + "order by family_name, id limit :size")
    List<Person> pageInScope(@Param("prisons") List<Long> prisons, @Param("afterName") String afterName,
                             @Param("afterId") long afterId, @Param("size") int size);

    @Query("select count(*) from person where current_prison_id in (:prisons) and prison_number is not null")
    long countInScope(@Param("prisons") List<Long> prisons);

    @Query("select * from person where prison_number = :number and current_prison_id in (:prisons)")
    Optional<Person> findByPrisonNumberInScope(@Param("number") String number, @Param("prisons") List<Long> prisons);
}
