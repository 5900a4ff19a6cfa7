package org.familyties.instruments.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.familyties.instruments.Answer;
import org.familyties.instruments.Band;
import org.familyties.instruments.Responses;
import org.familyties.instruments.ScaleDefinition;
import org.familyties.instruments.ScaleScores;
import org.familyties.instruments.Score;
import org.familyties.instruments.ScoringMethod;
import org.familyties.instruments.Subscale;

/** Computes a scale's subscale scores from a record's answers. */
public final class ScaleScorer {

    private ScaleScorer() {
    }

    public static ScaleScores score(ScaleDefinition scale, Responses responses) {
        Map<Integer, Double> items = new HashMap<>();
        List<String> invalid = new ArrayList<>();
        for (int item = 1; item <= scale.itemCount(); item++) {
            String field = scale.itemField(item);
            Answer answer = responses.answer(field);
            if (!(answer instanceof Answer.Value value)) {
                continue;
            }
            Double number = itemValue(scale, value.text());
            if (number == null) {
                invalid.add(field);
            } else {
                items.put(item, scale.reversedItems().contains(item) ? scale.itemMin() + scale.itemMax() - number : number);
            }
        }
        Map<String, Score> scored = new HashMap<>();
        List<Score> scores = new ArrayList<>();
        for (Subscale subscale : scale.subscales()) {
            Score score = subscale.isComposite() ? combine(subscale, scored) : fromItems(scale, subscale, items);
            scored.put(subscale.id(), score);
            scores.add(score);
        }
        return new ScaleScores(scale.id(), scores, invalid);
    }

    private static Double itemValue(ScaleDefinition scale, String text) {
        String t = text.strip();
        if (!t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)")) {
            return null;
        }
        double number = Double.parseDouble(t);
        return number < scale.itemMin() || number > scale.itemMax() ? null : number;
    }

    private static Score fromItems(ScaleDefinition scale, Subscale subscale, Map<Integer, Double> items) {
        List<Double> answered = subscale.items().stream().filter(items::containsKey).map(items::get).toList();
        int expected = subscale.items().size();
        if (answered.size() < subscale.minAnswered()) {
            return Score.notScored(subscale, answered.size(), expected, answered.size() + " of " + expected
                    + " items answered; at least " + subscale.minAnswered() + " are needed");
        }
        double sum = answered.stream().mapToDouble(Double::doubleValue).sum();
        double mean = sum / answered.size();
        boolean prorated = answered.size() < expected;
        double raw;
        if (subscale.method() == ScoringMethod.MEAN) {
            raw = round(mean, subscale.decimals());
        } else if (prorated) {
            raw = subscale.roundProrated() ? round(mean * expected, 0) : round(mean * expected, subscale.decimals());
        } else {
            raw = sum;
        }
        Double value = raw;
        if (!subscale.conversion().isEmpty()) {
            value = subscale.conversion().get((int) Math.round(raw));
        }
        return new Score(subscale.id(), subscale.name(), raw, value, band(subscale, value), answered.size(), expected,
                prorated, null);
    }

    private static Score combine(Subscale subscale, Map<String, Score> scored) {
        List<Score> parts = subscale.components().stream().map(scored::get).toList();
        List<String> unscored = parts.stream().filter(p -> !p.isScored()).map(Score::id).toList();
        int done = parts.size() - unscored.size();
        if (!unscored.isEmpty()) {
            return Score.notScored(subscale, done, parts.size(), "needs " + String.join(", ", unscored)
                    + " to be scored");
        }
        double sum = parts.stream().mapToDouble(Score::value).sum();
        double raw = round(sum, subscale.decimals());
        boolean prorated = parts.stream().anyMatch(Score::prorated);
        return new Score(subscale.id(), subscale.name(), raw, raw, band(subscale, raw), done, parts.size(), prorated, null);
    }

    private static String band(Subscale subscale, double value) {
        return subscale.bandFor(value).map(Band::label).orElse(null);
    }

    /** Rounds half away from zero, as SPSS's RND does in the published scoring syntax. */
    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
