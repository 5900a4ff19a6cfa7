package org.familyties.retention;

import java.util.List;

import org.familyties.study.StudySummary;

/**
 * A study's retention in aggregate: per wave and role, per family set, and retained versus lost on
 * baseline characteristics. No participant is named.
 */
public record RetentionReport(StudySummary study, List<RetentionRow> rows, List<FamilySetRow> familySets,
                              AttritionReport attrition) {
}
