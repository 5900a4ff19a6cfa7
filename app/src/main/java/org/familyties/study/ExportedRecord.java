package org.familyties.study;

import java.util.Map;

/** One record as exports and analysis read it: who (by pseudonym), when, what, and the raw answers. */
public record ExportedRecord(String pseudonym, String familyCode, String role, String wave, int wavePosition,
                             String instrument, RecordStatus status, Map<String, String> responses) {
}
