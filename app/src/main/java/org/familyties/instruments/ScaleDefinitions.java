package org.familyties.instruments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.familyties.instruments.internal.ScaleDefinitionJson;

/**
 * Scoring definitions, read from JSON. The built-in ones are resources under {@code instruments/scoring/};
 * users can write their own in the same format:
 * <pre>{@code
 * {
 *   "id": "brs",                       // also the default item prefix, "brs_"
 *   "name": "Brief Resilience Scale",
 *   "itemPrefix": "brs_",              // item n is read from the field brs_n
 *   "itemCount": 6, "itemMin": 1, "itemMax": 5,
 *   "itemLabels": ["Item 1", ...],     // optional
 *   "reversed": [2, 4, 6],             // scored itemMin + itemMax - value
 *   "subscales": [
 *     { "id": "resilience", "name": "Resilience", "method": "mean",   // "sum" (default) or "mean"
 *       "items": [1, 2, 3, 4, 5, 6],
 *       "minAnswered": 6,              // default: all items; fewer means prorating
 *       "roundProrated": false,        // round a prorated sum to a whole number
 *       "decimals": 2,                 // places for means and prorated sums
 *       "bands": [{ "label": "Low", "min": 1, "max": 2.99 }, ...],
 *       "conversion": { "7": 7.00, ... } },                  // optional raw-to-metric table
 *     { "id": "total", "of": ["a", "b"], "bands": [...] }    // the sum of subscales defined above it
 *   ]
 * }
 * }</pre>
 */
public final class ScaleDefinitions {

    /** Strengths and Difficulties Questionnaire, parent report, with the UK four-band categories. */
    public static final String SDQ_PARENT = "sdq_parent";
    /** Brief Resilience Scale. */
    public static final String BRS = "brs";
    /** Short Warwick-Edinburgh Mental Well-being Scale, with the raw-to-metric conversion. */
    public static final String SWEMWBS = "swemwbs";
    /** The project's ten-item cumulative family risk checklist. */
    public static final String CUMULATIVE_RISK = "cumulative_risk";

    private static final List<String> BUILT_IN = List.of(SDQ_PARENT, BRS, SWEMWBS, CUMULATIVE_RISK);

    private ScaleDefinitions() {
    }

    /** @throws IllegalArgumentException if the JSON is malformed or the definition inconsistent */
    public static ScaleDefinition read(InputStream json) {
        return ScaleDefinitionJson.read(json);
    }

    public static ScaleDefinition builtIn(String id) {
        if (!BUILT_IN.contains(id)) {
            throw new IllegalArgumentException("No built-in scale '" + id + "'; there are " + BUILT_IN);
        }
        String resource = "/instruments/scoring/" + id + ".json";
        try (InputStream in = ScaleDefinitions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<ScaleDefinition> builtIns() {
        return BUILT_IN.stream().map(ScaleDefinitions::builtIn).toList();
    }
}
