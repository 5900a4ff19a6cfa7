package org.familyties.casework;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ContactEventRepository extends ListCrudRepository<ContactEvent, Long> {
}

interface ContactRestrictionRepository extends ListCrudRepository<ContactRestriction, Long> {

    List<ContactRestriction> findByCaseIdOrderByStartedOnDesc(long caseId);
}
