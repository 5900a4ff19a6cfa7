package org.familyties.instruments;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a dictionary with problems is used as if it had imported. */
public class InvalidDictionaryException extends RuntimeException {
    private final List<DictionaryProblem> problems;

    public InvalidDictionaryException(List<DictionaryProblem> problems) {
        super(problems.size() + " problem(s) in the data dictionary:\n"
                + problems.stream().map(DictionaryProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DictionaryProblem> problems() {
        return problems;
    }
}
