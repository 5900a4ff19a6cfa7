package org.familyties.persistence;

import org.familyties.support.FamilyTiesTest;

/** The persistence contract on the embedded default database, H2. */
@FamilyTiesTest
class H2PersistenceTests extends PersistenceContract {
}
