package org.familyties.stats.sem;

import org.familyties.stats.data.DataTable;

/**
 * Structural equation models in lavaan's syntax, fitted by maximum likelihood with lavaan's defaults.
 *
 * <pre>{@code
 * SemResult r = Sem.fit("visual =~ x1 + x2 + x3", data, SemOptions.cfa());
 * double cfi = r.fit().get("cfi");
 * }</pre>
 */
public final class Sem {

    private Sem() {
    }

    /**
     * @throws org.familyties.stats.sem.syntax.ModelSyntaxException when the model text is not valid syntax
     * @throws org.familyties.stats.data.DataException when the model names a variable the data lack, or the data cannot support the model
     */
    public static SemResult fit(String modelSyntax, DataTable data, SemOptions options) {
        return fit(ModelSpec.parse(modelSyntax), data, options);
    }

    /** @throws org.familyties.stats.data.DataException when the model names a variable the data lack, or the data cannot support the model */
    public static SemResult fit(ModelSpec model, DataTable data, SemOptions options) {
        return SemFitter.fit(model, data, options);
    }
}
