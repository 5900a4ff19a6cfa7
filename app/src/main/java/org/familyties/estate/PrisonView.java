package org.familyties.estate;

/** A prison as other modules and pages see it. */
public record PrisonView(long id, String code, String name, Estate estate, String regionCode, String regionName) {
}
