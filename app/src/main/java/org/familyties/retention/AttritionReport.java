package org.familyties.retention;

import java.util.List;

/** How the retained differ from the lost at baseline. */
public record AttritionReport(int retained, int lost, List<NumericComparison> numeric,
        List<CategoryComparison> categories, List<CategoricalTest> tests) {
}
