package org.familyties.retention;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.familyties.study.InterviewMode;

/** An interview appointment to book. */
public record NewAppointment(Long waveId, LocalDateTime startsAt, InterviewMode mode, String place, LocalDate remindOn) {
}
