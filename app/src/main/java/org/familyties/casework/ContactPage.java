package org.familyties.casework;

import java.util.List;

/** One page of a case's contact log, newest first; {@code next} is the cursor of the following page, or null. */
public record ContactPage(List<ContactView> contacts, String next) {
}
