package org.familyties.casework.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.familyties.shared.FieldProblem;
import org.familyties.shared.FormInput;
import org.familyties.shared.FormInput.Option;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Turns submitted text into typed values, collecting what is wrong as field problems, and puts problems
 * into the model the way {@code fragments/fields.html} shows them.
 */
@Component
class Forms {

    private final MessageSource messages;

    Forms(MessageSource messages) {
        this.messages = messages;
    }

    static Integer integer(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "Enter a whole number, for example 12"));
            return null;
        }
    }

    static BigDecimal money(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace("£", "").replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "Enter an amount in pounds, for example 24.50"));
            return null;
        }
    }

    String label(String key) {
        return messages.getMessage(key, null, key, Locale.UK);
    }

    static LocalDate date(String field, String text, List<FieldProblem> problems) {
        return FormInput.date(field, text, problems);
    }

    static Long id(String text) {
        return FormInput.id(text);
    }

    static <E extends Enum<E>> E choice(Class<E> type, String text) {
        return FormInput.choice(type, text);
    }

    <E extends Enum<E>> List<Option> options(Class<E> type, String prefix) {
        return FormInput.options(messages, type, prefix);
    }

    static void showProblems(Model model, List<FieldProblem> problems) {
        FormInput.showProblems(model, problems);
    }
}
