package org.familyties.stats.risk;

import java.util.List;

/**
 * One row's index.
 *
 * @param row the row in the data table (0-based)
 * @param index the index, NaN when too few indicators are present
 * @param fired names of the indicators that fired
 * @param missing names of the indicators that could not be scored
 */
public record PersonIndex(int row, double index, int present, List<String> fired, List<String> missing) {

    public PersonIndex {
        fired = List.copyOf(fired);
        missing = List.copyOf(missing);
    }

    public boolean scored() {
        return !Double.isNaN(index);
    }
}
