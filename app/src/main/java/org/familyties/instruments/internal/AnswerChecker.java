package org.familyties.instruments.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.familyties.instruments.Answer;
import org.familyties.instruments.Field;
import org.familyties.instruments.FieldType;
import org.familyties.instruments.MissingCode;
import org.familyties.instruments.TextValidation;

/** Checks one answer of a shown field; each message names the field and says how to put it right. */
public final class AnswerChecker {

    private static final int LONGEST_LABEL = 60;

    private final List<MissingCode> missingCodes;

    public AnswerChecker(List<MissingCode> missingCodes) {
        this.missingCodes = List.copyOf(missingCodes);
    }

    /** What is wrong with the answer, if anything. */
    public Optional<String> check(Field field, Answer answer) {
        // described only when something is wrong: the label clean-up is costly per answer in bulk imports
        Supplier<String> name = () -> describe(field);
        if (answer instanceof Answer.Missing missing) {
            return missingCodes.contains(missing.code()) && !field.type().holdsNoAnswer()
                    ? Optional.empty()
                    : Optional.of(name.get() + " cannot be recorded as missing with code '" + missing.code().code()
                    + "'" + (field.type().holdsNoAnswer() ? "; it takes no answer" : missingCodeHint()));
        }
        if (answer instanceof Answer.Ticked ticked) {
            return ticked(field, name, ticked);
        }
        if (answer instanceof Answer.Value value) {
            return value(field, name, value.text());
        }
        return field.required() && !field.type().holdsNoAnswer()
                ? Optional.of(name.get() + " is required. Enter an answer" + missingCodeHint())
                : Optional.empty();
    }

    private Optional<String> ticked(Field field, Supplier<String> name, Answer.Ticked ticked) {
        if (field.type() != FieldType.CHECKBOX) {
            return Optional.of(name.get() + " takes a single answer, not ticked options");
        }
        List<String> unknown = ticked.codes().stream().filter(code -> field.choice(code).isEmpty()).sorted().toList();
        if (!unknown.isEmpty()) {
            return Optional.of(name.get() + " has no option " + String.join(", ", unknown.stream().map(c -> "'" + c + "'")
                    .toList()) + "; tick from " + options(field));
        }
        return Optional.empty();
    }

    private Optional<String> value(Field field, Supplier<String> name, String text) {
        FieldType type = field.type();
        if (type == FieldType.CHECKBOX) {
            return Optional.of(name.get() + " is a checkbox; record which options are ticked from " + options(field));
        }
        if (type.isSingleChoice()) {
            return field.choice(text).isPresent() ? Optional.empty()
                    : Optional.of("'" + text + "' is not an option of " + name.get() + "; pick one of " + options(field));
        }
        if (type == FieldType.SLIDER) {
            return slider(field, name, text);
        }
        if (type == FieldType.TEXT && field.validation() != null) {
            return validated(field, name, field.validation(), text);
        }
        return Optional.empty();
    }

    private Optional<String> slider(Field field, Supplier<String> name, String text) {
        Comparable<?> number = ValueFormats.parse(TextValidation.NUMBER, text);
        if (number == null) {
            return Optional.of(name.get() + " is a slider; '" + text + "' is not a number. Pick a number from "
                    + plain(field.sliderMin()) + " to " + plain(field.sliderMax()));
        }
        double value = ((BigDecimal) number).doubleValue();
        if (value < field.sliderMin() || value > field.sliderMax()) {
            return Optional.of(name.get() + " must be from " + plain(field.sliderMin()) + " to " + plain(field.sliderMax())
                    + "; " + text + " is outside that range");
        }
        return Optional.empty();
    }

    private Optional<String> validated(Field field, Supplier<String> name, TextValidation validation, String text) {
        Comparable<?> value = ValueFormats.parse(validation, text);
        if (value == null) {
            return Optional.of("'" + text + "' is not valid for " + name.get() + ". Enter " + ValueFormats.expected(validation));
        }
        if (!validation.isRanged()) {
            return Optional.empty();
        }
        if (!field.validationMin().isEmpty()) {
            Comparable<?> min = ValueFormats.parseBound(validation, field.validationMin());
            if (min != null && ValueFormats.compare(value, min) < 0) {
                return Optional.of(name.get() + " must be " + field.validationMin() + " or more; " + text + " is too low");
            }
        }
        if (!field.validationMax().isEmpty()) {
            Comparable<?> max = ValueFormats.parseBound(validation, field.validationMax());
            if (max != null && ValueFormats.compare(value, max) > 0) {
                return Optional.of(name.get() + " must be " + field.validationMax() + " or less; " + text + " is too high");
            }
        }
        return Optional.empty();
    }

    private String missingCodeHint() {
        if (missingCodes.isEmpty()) {
            return "";
        }
        return ", or record why it is missing: " + missingCodes.stream()
                .map(m -> m.code() + " (" + m.label() + ")").collect(Collectors.joining(", "));
    }

    private static String options(Field field) {
        return field.effectiveChoices().stream().map(c -> c.code() + " (" + c.label() + ")")
                .collect(Collectors.joining(", "));
    }

    /** The field's name and its label without markup, shortened: "age (Age in years)". */
    static String describe(Field field) {
        String label = field.label().replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip();
        if (label.length() > LONGEST_LABEL) {
            label = label.substring(0, LONGEST_LABEL - 1).strip() + "…";
        }
        return label.isEmpty() ? "'" + field.name() + "'" : "'" + field.name() + "' (" + label + ")";
    }

    private static String plain(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }

}
