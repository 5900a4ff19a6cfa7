package org.familyties.study;

import java.time.LocalDate;

public record NewInterview(String pseudonym, long waveId, LocalDate interviewedOn, String interviewer,
                           InterviewMode mode, Integer durationMinutes) {
}
