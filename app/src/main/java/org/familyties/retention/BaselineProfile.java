package org.familyties.retention;

import java.util.Map;

/** A participant's baseline characteristics and whether they were retained. */
public record BaselineProfile(String pseudonym, String role, boolean retained,
        Map<String, Double> numeric, Map<String, String> categorical) {
}
