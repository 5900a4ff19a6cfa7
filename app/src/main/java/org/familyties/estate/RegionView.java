package org.familyties.estate;

/** A region of England and Wales. */
public record RegionView(String code, String name) {
}
