package org.familyties.casework;

import org.springframework.data.repository.ListCrudRepository;

interface OutcomeRepository extends ListCrudRepository<OutcomeMeasure, Long> {
}
