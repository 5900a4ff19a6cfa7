package org.familyties.analysis;

/**
 * What a researcher asks the engine to fit.
 *
 * @param unitRole  informant role whose participants are the rows (e.g. {@code child})
 * @param model     lavaan model syntax over the data set's columns ({@code <role>_w<wave>_<variable>})
 * @param function  {@code sem}, {@code cfa} or {@code growth}
 * @param missing   {@code listwise} or {@code fiml}
 * @param bootstrap number of bootstrap draws (0 for none)
 * @param seed      seed of the bootstrap draws
 */
public record RunRequest(String unitRole, String model, String function, String missing, int bootstrap, long seed) {

    public static RunRequest of(String unitRole, String model) {
        return new RunRequest(unitRole, model, "sem", "listwise", 0, 1L);
    }
}
