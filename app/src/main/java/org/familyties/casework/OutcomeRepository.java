package org.familyties.casework;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface OutcomeRepository extends ListCrudRepository<OutcomeMeasure, Long> {

    List<OutcomeMeasure> findByCaseIdOrderByMeasuredOnAscIdAsc(long caseId);
}
