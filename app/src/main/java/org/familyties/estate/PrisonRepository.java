package org.familyties.estate;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface PrisonRepository extends ListCrudRepository<Prison, Long> {

    @Query("select * from prison where id in (:ids) order by name")
    List<Prison> findInScope(@Param("ids") List<Long> ids);

    @Query("select * from prison where id = :id and id in (:ids)")
    Optional<Prison> findInScope(@Param("id") long id, @Param("ids") List<Long> ids);

    @Query("select * from prison order by name")
    List<Prison> findAllByName();

    @Query("select id from prison where region_code in (:regions)")
    List<Long> idsInRegions(@Param("regions") List<String> regions);

    Optional<Prison> findByCode(String code);
}
