package org.familyties.study;

/** One cell of the schedule grid: an informant role completes an instrument at a wave. */
public record ScheduleEntry(long waveId, long roleId, String instrument) {
}
