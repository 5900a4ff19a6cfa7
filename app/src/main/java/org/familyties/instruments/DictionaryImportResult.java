package org.familyties.instruments;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of importing a data dictionary: either a dictionary, or every problem found and no dictionary.
 */
public final class DictionaryImportResult {

    private final DataDictionary dictionary;
    private final List<DictionaryProblem> problems;

    private DictionaryImportResult(DataDictionary dictionary, List<DictionaryProblem> problems) {
        this.dictionary = dictionary;
        this.problems = List.copyOf(problems);
    }

    public static DictionaryImportResult success(DataDictionary dictionary) {
        return new DictionaryImportResult(Objects.requireNonNull(dictionary), List.of());
    }

    public static DictionaryImportResult failure(List<DictionaryProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A failed import has at least one problem");
        }
        return new DictionaryImportResult(null, problems);
    }

    public boolean succeeded() {
        return dictionary != null;
    }

    public Optional<DataDictionary> dictionary() {
        return Optional.ofNullable(dictionary);
    }

    /** The problems in row order; empty when the import succeeded. */
    public List<DictionaryProblem> problems() {
        return problems;
    }

    public DataDictionary orElseThrow() {
        if (dictionary == null) {
            throw new InvalidDictionaryException(problems);
        }
        return dictionary;
    }
}
