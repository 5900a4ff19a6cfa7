package org.familyties.retention;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.familyties.study.InterviewMode;

/** An interview appointment with a participant, with the day to send a reminder. Times are UK local time. */
public record Appointment(long id, String pseudonym, long waveId, LocalDateTime startsAt, InterviewMode mode,
                          String place, AppointmentStatus status, LocalDate remindOn) {
}
