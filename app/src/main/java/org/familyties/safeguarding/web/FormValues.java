package org.familyties.safeguarding.web;

import java.time.LocalDate;
import java.util.List;

import org.familyties.shared.FieldProblem;
import org.familyties.shared.FormInput;
import org.familyties.shared.FormInput.Option;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Turns submitted text into typed values and problems into the model, as {@code fragments/fields.html} shows them. */
@Component
class FormValues {


    private final MessageSource messages;

    FormValues(MessageSource messages) {
        this.messages = messages;
    }

    static Integer integer(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
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
