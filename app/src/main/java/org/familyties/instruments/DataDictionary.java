package org.familyties.instruments;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of a study or service, grouped into instruments by form, with the codes it uses for missing data.
 * Build one by importing a dictionary ({@link DataDictionaryCsv#read}) so that it has been checked.
 */
public record DataDictionary(List<Field> fields, List<MissingCode> missingCodes) {

    public DataDictionary {
        fields = List.copyOf(fields);
        Set<String> names = new HashSet<>();
        for (Field field : fields) {
            if (!names.add(field.name())) {
                throw new IllegalArgumentException("Field '" + field.name() + "' appears twice; names must be unique");
            }
        }
        missingCodes = List.copyOf(Objects.requireNonNullElse(missingCodes, List.of()));
        if (missingCodes.stream().map(MissingCode::code).distinct().count() != missingCodes.size()) {
            throw new IllegalArgumentException("Each missing-data code must be different: " + missingCodes);
        }
    }

    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The instruments in the order their forms first appear. */
    public List<Instrument> instruments() {
        Map<String, List<Field>> byForm = new LinkedHashMap<>();
        for (Field field : fields) {
            byForm.computeIfAbsent(field.formName(), k -> new ArrayList<>()).add(field);
        }
        return byForm.entrySet().stream().map(e -> new Instrument(e.getKey(), e.getValue())).toList();
    }

    public Optional<Instrument> instrument(String formName) {
        return instruments().stream().filter(i -> i.name().equals(formName)).findFirst();
    }

    public Optional<MissingCode> missingCode(String code) {
        return missingCodes.stream().filter(m -> m.code().equals(code)).findFirst();
    }
}
