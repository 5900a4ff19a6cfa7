package org.familyties.export;

import java.util.List;

/**
 * What a deposit package holds and how it is de-identified. Every part may be left out (null): the
 * defaults are all waves, instruments and roles, free text dropped, dates shifted per participant,
 * released ids hashed with the study secret, no top-coding, and k = 3 for any declared quasi-identifiers.
 * Fields flagged as identifiers in the dictionary are always dropped.
 *
 * @param waves            wave positions (1, 2, ...) to include
 * @param instruments      instrument (form) names to include
 * @param roles            informant role codes to include
 * @param freeText         DROP free-text fields, or REVIEW: keep them and list them for review before deposit
 * @param dates            SHIFT per participant, or reduce to YEAR or YEAR_MONTH
 * @param maxShiftDays     largest date shift in days (default 183)
 * @param ids              HASH pseudonyms with the study secret (stable across deposits), or REKEY them as
 *                         sequential ids (P00001, ...) whose key stays in the anonymisation log
 * @param topCodes         variables to top-code, at a percentile or a cap
 * @param quasiIdentifiers variables an intruder might know, most important first
 * @param k                smallest group size to reach over the quasi-identifiers
 * @param bands            global recoding of numeric variables into bands
 * @param merges           global recoding merging categories of a variable
 */
public record DepositOptions(List<Integer> waves, List<String> instruments, List<String> roles, String freeText,
                             String dates, Integer maxShiftDays, String ids, List<TopCode> topCodes,
                             List<String> quasiIdentifiers, Integer k, List<Banding> bands, List<Merge> merges) {

    public static final int DEFAULT_MAX_SHIFT_DAYS = 183;

    public enum FreeText { DROP, REVIEW }

    public enum Dates { SHIFT, YEAR, YEAR_MONTH }

    public enum Ids { HASH, REKEY }

    /** Lowers values above the percentile (0-100] or above the cap; give one of the two. */
    public record TopCode(String variable, Double percentile, Double cap) {
    }

    /** One band [from, to) of a banding; a missing end is open. */
    public record Band(Double from, Double to, String label) {
    }

    public record Banding(String variable, List<Band> bands) {
    }

    /** Codes merged into one code {@code into} labelled {@code label} (if none, the merged codes' labels joined by "or"). */
    public record Merge(String variable, List<Double> codes, Double into, String label) {
    }

    public static DepositOptions defaults() {
        return new DepositOptions(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public DepositOptions {
        waves = waves == null ? List.of() : List.copyOf(waves);
        instruments = instruments == null ? List.of() : List.copyOf(instruments);
        roles = roles == null ? List.of() : List.copyOf(roles);
        topCodes = topCodes == null ? List.of() : List.copyOf(topCodes);
        quasiIdentifiers = quasiIdentifiers == null ? List.of() : List.copyOf(quasiIdentifiers);
        bands = bands == null ? List.of() : List.copyOf(bands);
        merges = merges == null ? List.of() : List.copyOf(merges);
        freeText = blankToNull(freeText);
        dates = blankToNull(dates);
        ids = blankToNull(ids);
    }

    public int kOrDefault() {
        return k == null ? DisclosureControl.DEFAULT_K : k;
    }

    public int maxShiftDaysOrDefault() {
        return maxShiftDays == null ? DEFAULT_MAX_SHIFT_DAYS : maxShiftDays;
    }

    public FreeText freeTextChoice() {
        return freeText == null ? FreeText.DROP : FreeText.valueOf(freeText.toUpperCase(java.util.Locale.ROOT));
    }

    public Dates datesChoice() {
        return dates == null ? Dates.SHIFT : Dates.valueOf(dates.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    public Ids idsChoice() {
        return ids == null ? Ids.HASH : Ids.valueOf(ids.toUpperCase(java.util.Locale.ROOT));
    }

    /** The options as a compact JSON object, for the audit trail and the README. */
    public String describe() {
        StringBuilder b = new StringBuilder("{");
        b.append("\"waves\":").append(waves.isEmpty() ? "\"all\"" : waves.toString());
        b.append(",\"instruments\":").append(list(instruments));
        b.append(",\"roles\":").append(list(roles));
        b.append(",\"freeText\":\"").append(freeTextChoice()).append('"');
        b.append(",\"dates\":\"").append(datesChoice()).append('"');
        if (datesChoice() == Dates.SHIFT) {
            b.append(",\"maxShiftDays\":").append(maxShiftDaysOrDefault());
        }
        b.append(",\"ids\":\"").append(idsChoice()).append('"');
        b.append(",\"identifiers\":\"dropped\"");
        b.append(",\"topCodes\":[");
        for (int i = 0; i < topCodes.size(); i++) {
            TopCode t = topCodes.get(i);
            b.append(i > 0 ? "," : "").append("{\"variable\":").append(quote(t.variable()))
                    .append(t.percentile() != null ? ",\"percentile\":" + t.percentile() : ",\"cap\":" + t.cap()).append('}');
        }
        b.append("],\"quasiIdentifiers\":").append(quasiIdentifiers.isEmpty() ? "[]" : list(quasiIdentifiers));
        b.append(",\"k\":").append(kOrDefault());
        b.append(",\"bands\":[");
        for (int i = 0; i < bands.size(); i++) {
            b.append(i > 0 ? "," : "").append(quote(bands.get(i).variable()));
        }
        b.append("],\"merges\":[");
        for (int i = 0; i < merges.size(); i++) {
            b.append(i > 0 ? "," : "").append(quote(merges.get(i).variable()));
        }
        return b.append("]}").toString();
    }

    private static String list(List<String> values) {
        if (values.isEmpty()) {
            return "\"all\"";
        }
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            b.append(i > 0 ? "," : "").append(quote(values.get(i)));
        }
        return b.append(']').toString();
    }

    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
