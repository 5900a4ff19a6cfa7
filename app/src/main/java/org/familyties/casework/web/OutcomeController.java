package org.familyties.casework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.familyties.shared.FormInput.Option;
import org.familyties.casework.CaseView;
import org.familyties.casework.Cases;
import org.familyties.casework.ClientView;
import org.familyties.casework.Measures;
import org.familyties.casework.OutcomeInput;
import org.familyties.casework.OutcomeStage;
import org.familyties.casework.Outcomes;
import org.familyties.shared.AccessPolicy;
import org.familyties.shared.CurrentUsers;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outcomes form: one page per stage with every client's measures. Field names carry the person id
 * ({@code frequency_12}) because the number of family members varies.
 */
@Controller
class OutcomeController {

    static final String VIEW = "casework/outcome-form";

    private final Cases cases;
    private final Outcomes outcomes;
    private final Forms forms;

    OutcomeController(Cases cases, Outcomes outcomes, Forms forms) {
        this.cases = cases;
        this.outcomes = outcomes;
        this.forms = forms;
    }

    @GetMapping("/cases/{id}/outcomes/new")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String form(@PathVariable long id, @RequestParam(defaultValue = "") String stage, Model model) {
        return show(model, cases.view(id, CurrentUsers.require()), Map.of("stage", stage));
    }

    @PostMapping("/cases/{id}/outcomes")
    @PreAuthorize(AccessPolicy.CASE_STAFF)
    String record(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
                  RedirectAttributes redirect) {
        CaseView c = cases.view(id, CurrentUsers.require());
        List<FieldProblem> problems = new ArrayList<>();
        var measuredOn = Forms.date("measuredOn", params.get("measuredOn"), problems);
        List<ClientView> family = c.familyMembers();
        List<OutcomeInput.FamilyContact> contacts = new ArrayList<>();
        for (ClientView f : family) {
            contacts.add(new OutcomeInput.FamilyContact(f.personId(),
                    Forms.integer("frequency_" + f.personId(), params.get("frequency_" + f.personId()), problems),
                    Forms.integer("quality_" + f.personId(), params.get("quality_" + f.personId()), problems)));
        }
        List<Integer> desist = items("desist_", 3, params, problems);
        List<Integer> wellbeing = items("wellbeing_", 5, params, problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            outcomes.record(id, new OutcomeInput(Forms.choice(OutcomeStage.class, params.get("stage")), measuredOn, contacts,
                    desist, wellbeing), CurrentUsers.require());
            redirect.addFlashAttribute("notice", "outcome.saved");
            return "redirect:/cases/" + id;
        } catch (InvalidInputException e) {
            Forms.showProblems(model, e.problems().stream().map(p -> new FieldProblem(formField(p.field(), family),
                    p.message())).toList());
            return show(model, c, params);
        }
    }

    private static List<Integer> items(String prefix, int count, Map<String, String> params, List<FieldProblem> problems) {
        return IntStream.range(0, count).mapToObj(i -> Forms.integer(prefix + i, params.get(prefix + i), problems)).toList();
    }

    /** Maps the service's field names (family[0].quality, wellbeingItems[2]) to this form's input names. */
    private static String formField(String field, List<ClientView> family) {
        var m = java.util.regex.Pattern.compile("family\\[(\\d+)]\\.(\\w+)").matcher(field);
        if (m.matches()) {
            String what = m.group(2).equals("personId") ? "frequency" : m.group(2);
            return what + "_" + family.get(Integer.parseInt(m.group(1))).personId();
        }
        return field.replace("desistanceItems[", "desist_").replace("wellbeingItems[", "wellbeing_").replace("]", "");
    }

    private String show(Model model, CaseView c, Map<String, String> values) {
        model.addAttribute("c", c);
        model.addAttribute("values", values);
        model.addAttribute("stages", forms.options(OutcomeStage.class, "outcome.stage."));
        model.addAttribute("frequencies", IntStream.rangeClosed(0, 4)
                .mapToObj(i -> new Option(String.valueOf(i), forms.label("outcome.frequency." + i))).toList());
        model.addAttribute("qualities", IntStream.rangeClosed(1, 5)
                .mapToObj(i -> new Option(String.valueOf(i), forms.label("contact.quality." + i))).toList());
        model.addAttribute("agreement", IntStream.rangeClosed(1, 5)
                .mapToObj(i -> new Option(String.valueOf(i), forms.label("outcome.agree." + i))).toList());
        model.addAttribute("frequencyOfFeeling", IntStream.rangeClosed(0, 5)
                .mapToObj(i -> new Option(String.valueOf(i), forms.label("outcome.who5." + i))).toList());
        model.addAttribute("desistItems", Measures.DESISTANCE_ITEMS);
        model.addAttribute("wellbeingItems", Measures.WELLBEING_ITEMS);
        return VIEW;
    }
}
