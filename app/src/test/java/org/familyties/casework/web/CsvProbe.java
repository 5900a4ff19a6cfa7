package org.familyties.casework.web;

/** Exposes the dashboard's CSV quoting to tests in other packages. */
public final class CsvProbe {

    private CsvProbe() {
    }

    public static String text(String value) {
        return DashboardController.csvText(value);
    }
}
