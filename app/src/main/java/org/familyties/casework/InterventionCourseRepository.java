package org.familyties.casework;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface InterventionCourseRepository extends ListCrudRepository<InterventionCourse, Long> {

    @Query("select * from intervention_course where prison_id in (:prisons) order by starts_on desc, id")
    List<InterventionCourse> inScope(@Param("prisons") List<Long> prisons);
}
