package org.familyties.safeguarding.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.familyties.shared.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Turns submitted text into typed values and problems into the model, as {@code fragments/fields.html} shows them. */
@Component
class FormValues {

    record Option(String value, String label) {
    }

    private final MessageSource messages;

    FormValues(MessageSource messages) {
        this.messages = messages;
    }

    static LocalDate date(String field, String text, List<FieldProblem> problems) {
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

    static Long id(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Integer integer(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    <E extends Enum<E>> List<Option> options(Class<E> type, String prefix) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> new Option(e.name(), messages.getMessage(prefix + e.name(), null, e.name(), Locale.UK)))
                .toList();
    }

    static void showProblems(Model model, List<FieldProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + ". " + b));
        model.addAttribute("problems", problems);
        model.addAttribute("errors", errors);
    }
}
