package org.familyties.instruments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields of a study or service, grouped into instruments by form, with the codes it uses for missing data.
 * Build one by importing a dictionary ({@link DataDictionaryCsv#read}) so that it has been checked. Fields and
 * instruments are indexed by name once, because records are checked against the dictionary field by field.
 */
public final class DataDictionary {

    private final List<Field> fields;
    private final List<MissingCode> missingCodes;
    private final Map<String, Field> byName = new HashMap<>();
    private final Map<String, Instrument> instruments = new LinkedHashMap<>();
    private final Map<String, MissingCode> missingByCode = new HashMap<>();

    public DataDictionary(List<Field> fields, List<MissingCode> missingCodes) {
        this.fields = List.copyOf(fields);
        for (Field field : this.fields) {
            if (byName.putIfAbsent(field.name(), field) != null) {
                throw new IllegalArgumentException("Field '" + field.name() + "' appears twice; names must be unique");
            }
        }
        this.missingCodes = List.copyOf(Objects.requireNonNullElse(missingCodes, List.of()));
        for (MissingCode code : this.missingCodes) {
            if (missingByCode.putIfAbsent(code.code(), code) != null) {
                throw new IllegalArgumentException("Each missing-data code must be different: " + missingCodes);
            }
        }
        Map<String, List<Field>> byForm = new LinkedHashMap<>();
        for (Field field : this.fields) {
            byForm.computeIfAbsent(field.formName(), k -> new ArrayList<>()).add(field);
        }
        byForm.forEach((form, formFields) -> instruments.put(form, new Instrument(form, formFields)));
    }

    public List<Field> fields() {
        return fields;
    }

    public List<MissingCode> missingCodes() {
        return missingCodes;
    }

    public Optional<Field> field(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The instruments in the order their forms first appear. */
    public List<Instrument> instruments() {
        return List.copyOf(instruments.values());
    }

    public Optional<Instrument> instrument(String formName) {
        return Optional.ofNullable(instruments.get(formName));
    }

    public Optional<MissingCode> missingCode(String code) {
        return Optional.ofNullable(missingByCode.get(code));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataDictionary other && fields.equals(other.fields) && missingCodes.equals(other.missingCodes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fields, missingCodes);
    }

    @Override
    public String toString() {
        return "DataDictionary[fields=" + fields + ", missingCodes=" + missingCodes + "]";
    }
}
