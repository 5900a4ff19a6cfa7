package org.familyties.casework;

import org.familyties.shared.CurrentUser;

/**
 * A rule another module applies to every contact before it is kept, e.g. safeguarding contact
 * restrictions. It is called inside the transaction that saves the contact, after the contact has its id:
 * throwing (an {@link org.familyties.shared.InvalidInputException} for a refusal) rolls the contact back, so a
 * refused contact is never saved.
 */
public interface ContactGuard {

    void check(ContactCheck contact, CurrentUser user);
}
