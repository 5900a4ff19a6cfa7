package org.familyties.instruments;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.familyties.instruments.internal.AnswerChecker;

/**
 * Checks a record's answers against a dictionary: types, ranges, choices, real dates, and required fields
 * that branching logic shows. Branching is evaluated field by field in dictionary order, on the answers
 * with earlier hidden fields already cleared, so a chain of hidden questions stays hidden.
 */
public final class RecordValidator {

    private final DataDictionary dictionary;
    private final Map<String, BranchingLogic> logic;

    /** @throws BranchingLogicException if a field's logic does not parse (an imported dictionary always does) */
    public RecordValidator(DataDictionary dictionary) {
        this.dictionary = dictionary;
        this.logic = dictionary.fields().stream()
                .collect(Collectors.toMap(Field::name, f -> BranchingLogic.parse(f.branchingLogic())));
    }

    /** Checks every field of the dictionary, and that the record has no answers to fields it does not know. */
    public RecordValidation validate(Responses responses) {
        RecordValidation result = check(responses, field -> true);
        List<RecordProblem> problems = new ArrayList<>(result.problems());
        responses.asMap().keySet().stream().filter(name -> dictionary.field(name).isEmpty()).sorted().forEach(name ->
                problems.add(new RecordProblem(name, "'" + name + "' is not a field of this data dictionary; "
                        + "remove the answer or check the field name")));
        return new RecordValidation(problems, result.saved(), result.hiddenFields());
    }

    /** Checks only the fields of one instrument; branching may still look at answers in other instruments. */
    public RecordValidation validate(String formName, Responses responses) {
        if (dictionary.instrument(formName).isEmpty()) {
            throw new IllegalArgumentException("No instrument '" + formName + "' in the data dictionary");
        }
        return check(responses, field -> field.formName().equals(formName));
    }

    /** Whether the field is shown for this record. */
    public boolean isShown(String fieldName, Responses responses) {
        return !check(responses, field -> false).hiddenFields().contains(fieldName);
    }

    private RecordValidation check(Responses responses, Function<Field, Boolean> inScope) {
        Responses current = responses;
        Set<String> hidden = new LinkedHashSet<>();
        List<RecordProblem> problems = new ArrayList<>();
        AnswerChecker checker = new AnswerChecker(dictionary.missingCodes());
        for (Field field : dictionary.fields()) {
            if (!logic.get(field.name()).evaluate(current)) {
                hidden.add(field.name());
                current = current.without(field.name());
            } else if (inScope.apply(field)) {
                checker.check(field, current.answer(field.name())).ifPresent(message ->
                        problems.add(new RecordProblem(field.name(), message)));
            }
        }
        return new RecordValidation(problems, current, hidden);
    }
}
