package org.familyties.study;

import java.util.List;
import java.util.Optional;

/** A study's waves, informant roles and schedule grid. */
public record StudyDesign(StudySummary study, List<Wave> waves, List<InformantRole> roles,
                          List<ScheduleEntry> schedule) {

    public StudyDesign {
        waves = List.copyOf(waves);
        roles = List.copyOf(roles);
        schedule = List.copyOf(schedule);
    }

    public boolean isScheduled(long waveId, long roleId, String instrument) {
        return schedule.contains(new ScheduleEntry(waveId, roleId, instrument));
    }

    /** The instruments a role completes at a wave, in the order they were scheduled. */
    public List<String> instrumentsFor(long waveId, long roleId) {
        return schedule.stream().filter(e -> e.waveId() == waveId && e.roleId() == roleId)
                .map(ScheduleEntry::instrument).toList();
    }

    public Optional<Wave> wave(long waveId) {
        return waves.stream().filter(w -> w.id() == waveId).findFirst();
    }

    public Optional<Wave> waveNamed(String name) {
        return waves.stream().filter(w -> w.name().equalsIgnoreCase(name)).findFirst();
    }

    public Optional<InformantRole> role(long roleId) {
        return roles.stream().filter(r -> r.id() == roleId).findFirst();
    }

    public Optional<InformantRole> roleCoded(String code) {
        return roles.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
