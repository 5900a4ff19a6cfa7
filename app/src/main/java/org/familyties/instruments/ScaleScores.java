package org.familyties.instruments;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * The scores of one scale for one record.
 *
 * @param invalidItems item fields whose answers were not a number in the items' range, counted as missing
 */
public record ScaleScores(String scaleId, List<Score> scores, List<String> invalidItems) {
    public ScaleScores {
        scores = List.copyOf(scores);
        invalidItems = List.copyOf(invalidItems);
    }

    public Score score(String subscaleId) {
        return scores.stream().filter(s -> s.id().equals(subscaleId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Scale '" + scaleId + "' has no subscale '" + subscaleId + "'"));
    }
}
