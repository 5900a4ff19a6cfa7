package org.familyties.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

@Table("outcome_measure")
record OutcomeMeasure(@Id Long id, Long caseId, Long personId, String stage, LocalDate measuredOn,
                      Integer contactFrequency, Integer contactQuality,
                      @Column("desist_1") Integer desist1, @Column("desist_2") Integer desist2,
                      @Column("desist_3") Integer desist3, Integer desistanceScore,
                      @Column("wellbeing_1") Integer wellbeing1, @Column("wellbeing_2") Integer wellbeing2,
                      @Column("wellbeing_3") Integer wellbeing3, @Column("wellbeing_4") Integer wellbeing4,
                      @Column("wellbeing_5") Integer wellbeing5, Integer wellbeingScore, String recordedBy,
                      Instant createdAt) {
}
