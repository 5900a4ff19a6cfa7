package org.familyties.instruments;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** The answers of one record, by field name. A field with no entry is blank. */
public final class Responses {

    private static final String CHECKBOX_SEPARATOR = "___";

    private final Map<String, Answer> answers;

    private Responses(Map<String, Answer> answers) {
        this.answers = Map.copyOf(answers);
    }

    public static Responses of(Map<String, Answer> answers) {
        Map<String, Answer> kept = new LinkedHashMap<>();
        answers.forEach((name, answer) -> {
            if (!Objects.requireNonNull(answer, name).isBlank()) {
                kept.put(name, answer);
            }
        });
        return new Responses(kept);
    }

    public static Responses empty() {
        return new Responses(Map.of());
    }

    /**
     * Reads raw values as REDCap exports them: one entry per field, checkbox options as
     * {@code field___code} = "1" or "0", and a missing-data code of the dictionary as the value itself.
     */
    public static Responses fromRaw(Map<String, String> raw, DataDictionary dictionary) {
        Map<String, Answer> answers = new HashMap<>();
        Map<String, Set<String>> ticks = new HashMap<>();
        raw.forEach((key, value) -> {
            String text = value == null ? "" : value.strip();
            int separator = key.indexOf(CHECKBOX_SEPARATOR);
            if (separator > 0 && !text.isEmpty() && !"0".equals(text)) {
                ticks.computeIfAbsent(key.substring(0, separator), k -> new TreeSet<>())
                        .add(key.substring(separator + CHECKBOX_SEPARATOR.length()));
            } else if (separator < 0) {
                answers.put(key, dictionary.missingCode(text).<Answer>map(Answer::missing).orElse(Answer.of(text)));
            }
        });
        ticks.forEach((name, codes) -> answers.put(name, Answer.ticked(codes)));
        return of(answers);
    }

    /**
     * The answers as REDCap stores them, the inverse of {@link #fromRaw}: every checkbox option of the
     * dictionary as {@code field___code} = "1" or "0", missing codes as their code, blanks left out.
     */
    public Map<String, String> toRaw(DataDictionary dictionary) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (Field field : dictionary.fields()) {
            Answer answer = answer(field.name());
            if (field.type() == FieldType.CHECKBOX && !answer.isMissing()) {
                for (Choice choice : field.choices()) {
                    boolean ticked = answer instanceof Answer.Ticked t && t.isTicked(choice.code());
                    raw.put(field.name() + CHECKBOX_SEPARATOR + choice.code(), ticked ? "1" : "0");
                }
            } else if (!answer.isBlank()) {
                raw.put(field.name(), answer.asText());
            }
        }
        return raw;
    }

    public Answer answer(String fieldName) {
        return answers.getOrDefault(fieldName, Answer.BLANK);
    }

    /** The non-blank answers. */
    public Map<String, Answer> asMap() {
        return answers;
    }

    public Responses with(String fieldName, Answer answer) {
        Map<String, Answer> copy = new HashMap<>(answers);
        copy.put(fieldName, answer);
        return of(copy);
    }

    public Responses without(String fieldName) {
        Map<String, Answer> copy = new HashMap<>(answers);
        copy.remove(fieldName);
        return new Responses(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Responses other && answers.equals(other.answers);
    }

    @Override
    public int hashCode() {
        return answers.hashCode();
    }

    @Override
    public String toString() {
        return "Responses" + answers;
    }
}
