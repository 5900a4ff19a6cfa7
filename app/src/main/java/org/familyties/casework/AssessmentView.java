package org.familyties.casework;

import java.math.BigDecimal;
import java.time.LocalDate;

public record AssessmentView(long id, LocalDate assessedOn, Integer travelDistanceKm, BigDecimal travelCostPounds,
                             boolean relationshipConflict, boolean childUnaware, boolean courtOrders,
                             boolean childrensServices, boolean prisonerMentalHealth, boolean visitsBookingDifficulty,
                             boolean literacy, boolean language, String notes, String assessedBy) {

    static AssessmentView of(Assessment a) {
        return new AssessmentView(a.id(), a.assessedOn(), a.travelDistanceKm(), a.travelCostPounds(),
                a.relationshipConflict(), a.childUnaware(), a.courtOrders(), a.childrensServices(),
                a.prisonerMentalHealth(), a.visitsBookingDifficulty(), a.literacy(), a.language(), a.notes(),
                a.assessedBy());
    }
}
