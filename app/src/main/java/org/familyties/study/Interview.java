package org.familyties.study;

import java.time.LocalDate;

/** A qualitative interview with a participant at a wave. */
public record Interview(long id, long studyId, String pseudonym, long waveId, LocalDate interviewedOn,
                        String interviewer, InterviewMode mode, int durationMinutes, boolean hasTranscript) {
}
