package org.familyties.shared;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * Turns submitted form text into typed values, collecting what is wrong as field problems, and puts
 * problems into the model the way {@code fragments/fields.html} shows them. Used by the page controllers
 * of several modules.
 */
public final class FormInput {

    /** One choice of a radio group, checkbox list or select: the submitted value and its label. */
    public record Option(String value, String label) {
    }

    private FormInput() {
    }

    public static LocalDate date(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "Enter a real date in the form year-month-day, for example 2026-03-27"));
            return null;
        }
    }

    /** A time of day in 24-hour form (14:30); null when blank, or with a problem when not a real time. */
    public static LocalTime time(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "Enter a real time in 24-hour form, for example 14:30"));
            return null;
        }
    }

    /** A record id from a hidden or select field; null when absent or not a number. */
    public static Long id(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static <E extends Enum<E>> E choice(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Every constant of an enum as an option labelled by the message {@code prefix + NAME}. */
    public static <E extends Enum<E>> List<Option> options(MessageSource messages, Class<E> type, String prefix) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> new Option(e.name(), messages.getMessage(prefix + e.name(), null, e.name(), Locale.UK)))
                .toList();
    }

    public static void showProblems(Model model, List<FieldProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + ". " + b));
        model.addAttribute("problems", problems);
        model.addAttribute("errors", errors);
    }
}
