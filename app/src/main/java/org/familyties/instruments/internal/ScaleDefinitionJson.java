package org.familyties.instruments.internal;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.familyties.instruments.Band;
import org.familyties.instruments.ScaleDefinition;
import org.familyties.instruments.ScoringMethod;
import org.familyties.instruments.Subscale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads a scale definition from JSON; see {@link org.familyties.instruments.ScaleDefinitions} for the format. */
public final class ScaleDefinitionJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private ScaleDefinitionJson() {
    }

    public static ScaleDefinition read(InputStream json) {
        Scale scale;
        try {
            scale = MAPPER.readValue(json, Scale.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Scale definition is not valid: " + e.getOriginalMessage(), e);
        }
        return scale.toDefinition();
    }

    record Scale(String id, String name, String itemPrefix, Integer itemCount, Double itemMin, Double itemMax,
                 List<String> itemLabels, Set<Integer> reversed, List<Sub> subscales) {
        ScaleDefinition toDefinition() {
            require(id, "id");
            require(itemCount, "itemCount");
            require(itemMin, "itemMin");
            require(itemMax, "itemMax");
            require(subscales, "subscales");
            return new ScaleDefinition(id, name, itemPrefix, itemCount, itemMin, itemMax, itemLabels, reversed,
                    subscales.stream().map(Sub::toSubscale).toList());
        }
    }

    record Sub(String id, String name, ScoringMethod method, List<Integer> items, List<String> of, Integer minAnswered,
               Boolean roundProrated, Integer decimals, List<Band> bands, Map<Integer, Double> conversion) {
        Subscale toSubscale() {
            require(id, "subscale id");
            List<Integer> itemList = Objects.requireNonNullElse(items, List.of());
            return new Subscale(id, name, method, itemList, of,
                    Objects.requireNonNullElse(minAnswered, itemList.size()),
                    Boolean.TRUE.equals(roundProrated),
                    Objects.requireNonNullElse(decimals, 2),
                    bands, conversion);
        }
    }

    private static void require(Object value, String property) {
        if (value == null) {
            throw new IllegalArgumentException("Scale definition is missing '" + property + "'");
        }
    }
}
