package org.familyties.study;

import java.util.List;

/** The outcome of a bulk import: what was written, or every problem found and nothing written. */
public record ImportReport(int rows, int records, long responses, List<CellProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
