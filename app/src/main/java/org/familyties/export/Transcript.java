package org.familyties.export;

/**
 * A qualitative interview transcript of one participant at one wave, as the study holds it (with the
 * study's own pseudonyms; the deposit replaces them by the released ids).
 */
public record Transcript(String pseudonym, String familyCode, int wavePosition, String title, String text) {
}
