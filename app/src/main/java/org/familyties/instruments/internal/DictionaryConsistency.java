package org.familyties.instruments.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.familyties.instruments.BranchingLogic;
import org.familyties.instruments.BranchingLogicException;
import org.familyties.instruments.Calculation;
import org.familyties.instruments.Choice;
import org.familyties.instruments.DictionaryProblem;
import org.familyties.instruments.Field;
import org.familyties.instruments.FieldReference;
import org.familyties.instruments.FieldType;
import org.familyties.instruments.MissingCode;
import org.familyties.instruments.internal.RedcapDictionaryReader.DictionaryRow;

/** Checks that need the whole dictionary: unique names, references between fields, forms and matrices kept together. */
final class DictionaryConsistency {

    private final List<DictionaryRow> rows;
    private final Set<String> brokenNames;
    private final List<MissingCode> missingCodes;
    private final List<DictionaryProblem> problems;
    private final Map<String, DictionaryRow> byName = new HashMap<>();

    DictionaryConsistency(List<DictionaryRow> rows, Set<String> brokenNames, List<MissingCode> missingCodes,
            List<DictionaryProblem> problems) {
        this.rows = rows;
        this.brokenNames = brokenNames;
        this.missingCodes = missingCodes;
        this.problems = problems;
    }

    void check() {
        for (DictionaryRow row : rows) {
            DictionaryRow first = byName.putIfAbsent(row.field().name(), row);
            if (first != null) {
                problem(row, DictionaryColumn.NAME, "'" + row.field().name() + "' is already the name of the field on row "
                        + first.row() + "; variable names must be unique");
            }
        }
        formsKeptTogether();
        matrixGroupsConsistent();
        for (DictionaryRow row : rows) {
            branchingReferences(row);
            calculationReferences(row);
            choicesClearOfMissingCodes(row);
        }
    }

    private void formsKeptTogether() {
        Set<String> finished = new HashSet<>();
        String current = null;
        for (DictionaryRow row : rows) {
            String form = row.field().formName();
            if (!form.equals(current)) {
                if (finished.contains(form)) {
                    problem(row, DictionaryColumn.FORM, "Form '" + form + "' started earlier and was interrupted by form '"
                            + current + "'; keep each form's fields together");
                }
                if (current != null) {
                    finished.add(current);
                }
                current = form;
            }
        }
    }

    private void matrixGroupsConsistent() {
        Map<String, DictionaryRow> firstOfGroup = new HashMap<>();
        String previousGroup = "";
        for (DictionaryRow row : rows) {
            Field field = row.field();
            String group = field.matrixGroup();
            if (!group.isEmpty()) {
                DictionaryRow first = firstOfGroup.putIfAbsent(group, row);
                if (first != null) {
                    if (!group.equals(previousGroup)) {
                        problem(row, DictionaryColumn.MATRIX_GROUP, "Matrix group '" + group
                                + "' started on row " + first.row() + " and was interrupted; keep its fields together");
                    }
                    if (field.type() != first.field().type() || !field.choices().equals(first.field().choices())) {
                        problem(row, DictionaryColumn.CHOICES, "Fields of matrix group '" + group
                                + "' must share the type and choices of the field on row " + first.row());
                    }
                }
            }
            previousGroup = group;
        }
    }

    private void branchingReferences(DictionaryRow row) {
        BranchingLogic logic;
        try {
            logic = BranchingLogic.parse(row.field().branchingLogic());
        } catch (RuntimeException alreadyReported) {
            return;
        }
        for (FieldReference reference : logic.references()) {
            String problem = referenceProblem(reference.field(), reference.checkboxOption());
            if (problem != null) {
                problem(row, DictionaryColumn.BRANCHING, "Branching logic refers to " + reference + ", " + problem);
            }
        }
    }

    private void calculationReferences(DictionaryRow row) {
        if (row.field().type() != FieldType.CALC) {
            return;
        }
        if (row.field().calculation().isBlank()) {
            return;
        }
        Calculation calculation;
        try {
            calculation = Calculation.parse(row.field().calculation());
        } catch (BranchingLogicException e) {
            problem(row, DictionaryColumn.CHOICES, "The calculation cannot be read: " + e.detail() + " (at character "
                    + e.position() + ")");
            return;
        }
        for (FieldReference reference : calculation.references()) {
            String problem = referenceProblem(reference.field(), reference.checkboxOption());
            if (problem != null) {
                problem(row, DictionaryColumn.CHOICES, "The calculation refers to " + reference + ", " + problem);
            }
        }
    }

    /** What is wrong with a reference to a field (and perhaps a checkbox option), or null. */
    private String referenceProblem(String name, String option) {
        DictionaryRow target = byName.get(name);
        if (target == null && brokenNames.contains(name)) {
            return null;
        }
        if (target == null) {
            return "but there is no field '" + name + "' in the dictionary; check the spelling";
        }
        if (option.isEmpty()) {
            return null;
        }
        Field field = target.field();
        if (field.type() != FieldType.CHECKBOX) {
            return "but '" + name + "' is a " + field.type().code() + " field; only checkbox options are written as ["
                    + name + "(code)]";
        }
        if (field.choice(option).isEmpty()) {
            return "but checkbox '" + name + "' has no option '" + option + "'; its options are "
                    + field.choices().stream().map(Choice::code).toList();
        }
        return null;
    }

    private void choicesClearOfMissingCodes(DictionaryRow row) {
        for (Choice choice : row.field().choices()) {
            missingCodes.stream().filter(m -> m.code().equals(choice.code())).findFirst().ifPresent(m ->
                    problem(row, DictionaryColumn.CHOICES, "Choice code '" + choice.code()
                            + "' is also the missing-data code for '" + m.label() + "'; give the choice another code"));
        }
    }

    private void problem(DictionaryRow row, DictionaryColumn column, String message) {
        problems.add(new DictionaryProblem(row.row(), column.header(), message));
    }
}
