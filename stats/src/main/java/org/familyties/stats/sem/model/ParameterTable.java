package org.familyties.stats.sem.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The full list of parameters of a model after lavaan's defaults were added, with the observed and
 * latent variables in the order the matrices use.
 */
public final class ParameterTable {

    private final List<Parameter> rows;
    private final List<String> observed;
    private final List<String> latent;
    private final List<String> exogenousObserved;
    private final List<String> covariates;
    private final int groups;
    private final int freeCount;
    private final boolean meanStructure;
    private final List<String> constraintTexts;
    private final List<String> notes;

    ParameterTable(List<Parameter> rows, List<String> observed, List<String> latent, List<String> exogenousObserved,
                   List<String> covariates, int groups, int freeCount, boolean meanStructure, List<String> constraintTexts, List<String> notes) {
        this.rows = Collections.unmodifiableList(new ArrayList<>(rows));
        this.observed = List.copyOf(observed);
        this.latent = List.copyOf(latent);
        this.exogenousObserved = List.copyOf(exogenousObserved);
        this.covariates = List.copyOf(covariates);
        this.groups = groups;
        this.freeCount = freeCount;
        this.meanStructure = meanStructure;
        this.constraintTexts = List.copyOf(constraintTexts);
        this.notes = List.copyOf(notes);
    }

    public List<Parameter> rows() {
        return rows;
    }

    public List<String> observed() {
        return observed;
    }

    public List<String> latent() {
        return latent;
    }

    /** Observed covariates whose (co)variances and means are fixed at their sample values (fixed.x). */
    public List<String> exogenousObserved() {
        return exogenousObserved;
    }

    /** Exogenous observed predictors, whether fixed (fixed.x) or free; the baseline model keeps their covariances. */
    public List<String> covariates() {
        return covariates;
    }

    public int groups() {
        return groups;
    }

    /** Number of distinct free parameters (after equality constraints). */
    public int freeCount() {
        return freeCount;
    }

    public boolean meanStructure() {
        return meanStructure;
    }

    public List<String> constraintTexts() {
        return constraintTexts;
    }

    /** Warnings about how the syntax was interpreted. */
    public List<String> notes() {
        return notes;
    }

    /** Variable index in the RAM ordering: observed first, then latent. */
    public int indexOf(String name) {
        int i = observed.indexOf(name);
        if (i >= 0) {
            return i;
        }
        int j = latent.indexOf(name);
        return j < 0 ? -1 : observed.size() + j;
    }

    /** Sets the values of fixed rows that come from the sample (fixed.x), per group. */
    public void setSampleValue(Parameter p, double value) {
        p.value = value;
    }

    public void setStart(Parameter p, double value) {
        p.start = value;
    }
}
