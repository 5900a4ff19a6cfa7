package org.familyties.instruments;

import java.util.List;
import java.util.Set;

/**
 * The outcome of checking a record against its dictionary.
 *
 * @param problems     each wrong or missing answer, in dictionary order
 * @param saved        the answers to keep: those of hidden fields are dropped
 * @param hiddenFields the fields whose branching logic hides them for this record
 */
public record RecordValidation(List<RecordProblem> problems, Responses saved, Set<String> hiddenFields) {
    public RecordValidation {
        problems = List.copyOf(problems);
        hiddenFields = Set.copyOf(hiddenFields);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
