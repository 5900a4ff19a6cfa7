package org.familyties.stats.sem;

import java.util.List;

import org.familyties.stats.sem.syntax.ModelParser;
import org.familyties.stats.sem.syntax.Statement;

/** A parsed model: check syntax once (e.g. when a researcher saves the model), fit it to many data sets. */
public final class ModelSpec {

    private final String text;
    private final List<Statement> statements;

    private ModelSpec(String text, List<Statement> statements) {
        this.text = text;
        this.statements = List.copyOf(statements);
    }

    /** @throws org.familyties.stats.sem.syntax.ModelSyntaxException naming line, column and what was expected */
    public static ModelSpec parse(String lavaanSyntax) {
        return new ModelSpec(lavaanSyntax, ModelParser.parse(lavaanSyntax));
    }

    public String text() {
        return text;
    }

    public List<Statement> statements() {
        return statements;
    }
}
