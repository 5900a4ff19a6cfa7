package org.familyties.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Needs and barriers to a family's contact, as assessed on a day. */
@Table("assessment")
record Assessment(@Id Long id, Long caseId, LocalDate assessedOn, Integer travelDistanceKm,
                  BigDecimal travelCostPounds, boolean relationshipConflict, boolean childUnaware,
                  boolean courtOrders, boolean childrensServices, boolean prisonerMentalHealth,
                  boolean visitsBookingDifficulty, boolean literacy, boolean language, String notes,
                  String assessedBy, Instant createdAt) {
}
