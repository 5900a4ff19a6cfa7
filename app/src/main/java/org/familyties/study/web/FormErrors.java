package org.familyties.study.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.familyties.shared.FieldProblem;
import org.springframework.ui.Model;

/** Puts a form's problems in the model for the GOV.UK error summary and the inline messages. */
final class FormErrors {

    private FormErrors() {
    }

    static void show(Model model, List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            byField.merge(p.field(), p.message(), (a, b) -> a + ". " + b);
        }
        model.addAttribute("problems", problems);
        model.addAttribute("errors", byField);
    }
}
