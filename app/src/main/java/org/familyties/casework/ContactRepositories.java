package org.familyties.casework;

import org.springframework.data.repository.ListCrudRepository;

interface ContactEventRepository extends ListCrudRepository<ContactEvent, Long> {
}

interface ContactRestrictionRepository extends ListCrudRepository<ContactRestriction, Long> {
}
