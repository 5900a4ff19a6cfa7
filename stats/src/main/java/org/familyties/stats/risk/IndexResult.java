package org.familyties.stats.risk;

import java.util.List;

/**
 * A cumulative index over all rows of a table.
 *
 * @param cuts the numeric cut actually used per indicator (the sample value for percentile cut-offs; NaN for
 *     categories)
 * @param prevalence per indicator, the share of rows with the indicator present that fire
 */
public record IndexResult(List<Indicator> indicators, MissingRule rule, List<Double> cuts, List<Double> prevalence,
        List<PersonIndex> persons) {

    public IndexResult {
        indicators = List.copyOf(indicators);
        cuts = List.copyOf(cuts);
        prevalence = List.copyOf(prevalence);
        persons = List.copyOf(persons);
    }

    public double[] values() {
        return persons.stream().mapToDouble(PersonIndex::index).toArray();
    }

    public int scoredCount() {
        return (int) persons.stream().filter(PersonIndex::scored).count();
    }

    /** Whether indicator {@code i} fired for row {@code row}: 1, 0, or NaN when missing. */
    public double indicatorValue(int row, int i) {
        PersonIndex p = persons.get(row);
        String name = indicators.get(i).name();
        return p.missing().contains(name) ? Double.NaN : p.fired().contains(name) ? 1 : 0;
    }
}
