package org.familyties.retention;

import java.util.List;
import java.util.Map;

import org.familyties.study.InformantRole;
import org.familyties.study.Participant;
import org.familyties.study.StudyDesign;
import org.familyties.study.StudyFamily;
import org.familyties.study.Wave;
import org.familyties.study.Withdrawal;

/**
 * A participant's tracing record (identity-level): contact channels and places (newest first), contact
 * attempts and appointments (newest first), the outcome at each wave and the wave being traced for.
 *
 * @param contactStopped why new attempts are refused (a withdrawal from contact), or null
 * @param identity       the participant's name and date of birth (null if the registry has none)
 */
public record TracingRecord(StudyDesign design, StudyFamily family, Participant participant, InformantRole role,
                            List<ContactChannel> channels, List<Location> locations, List<ContactAttempt> attempts,
                            List<Appointment> appointments, Map<Wave, WaveOutcome> outcomes, Wave currentWave,
                            Withdrawal withdrawal, String contactStopped,
                            org.familyties.people.ParticipantIdentity identity) {

    public String waveName(long waveId) {
        return design.wave(waveId).map(Wave::name).orElse("");
    }

    public ContactChannel channel(long channelId) {
        return channels.stream().filter(c -> c.id() == channelId).findFirst().orElse(null);
    }
}
