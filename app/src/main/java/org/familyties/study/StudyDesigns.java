package org.familyties.study;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The design of studies: waves, informant roles and the schedule grid. */
@Service
@Transactional(readOnly = true)
public class StudyDesigns {

    static final String WAVE = "StudyWave";
    static final String ROLE = "InformantRole";
    static final String SCHEDULE = "StudySchedule";

    private final Studies studies;
    private final DesignStore store;
    private final AuditLog auditLog;
    private final DictionaryStore dictionaries;

    StudyDesigns(Studies studies, DesignStore store, AuditLog auditLog, DictionaryStore dictionaries) {
        this.studies = studies;
        this.store = store;
        this.auditLog = auditLog;
        this.dictionaries = dictionaries;
    }

    /** The design of a study the user is assigned to (404 otherwise). */
    public StudyDesign design(long studyId, CurrentUser user) {
        return new StudyDesign(studies.get(studyId, user), store.waves(studyId), store.roles(studyId),
                store.schedule(studyId));
    }

    @Transactional
    public Wave addWave(long studyId, NewWave wave, CurrentUser user) {
        StudyDesign design = design(studyId, user);
        List<FieldProblem> problems = new ArrayList<>();
        String name = wave.name() == null ? "" : wave.name().strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "Enter a name for the wave"));
        } else if (name.length() > 100) {
            problems.add(new FieldProblem("name", "Wave name must be 100 characters or fewer"));
        } else if (design.waveNamed(name).isPresent()) {
            problems.add(new FieldProblem("name", "The study already has a wave called " + name));
        }
        WaveWindow window = window(wave, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int position = design.waves().stream().mapToInt(Wave::position).max().orElse(0) + 1;
        long id = store.insertWave(studyId, name, position, window);
        auditLog.changed(AuditAction.CREATE, WAVE, id, null, null, "{\"name\":\"" + Json.escape(name) + "\"}");
        return new Wave(id, studyId, name, position, window);
    }

    private static WaveWindow window(NewWave wave, List<FieldProblem> problems) {
        if ("RELATIVE".equalsIgnoreCase(wave.windowKind())) {
            LifeEvent event = null;
            try {
                event = LifeEvent.valueOf(String.valueOf(wave.lifeEvent()));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("lifeEvent", "Select the life event the window is relative to"));
            }
            if (wave.offsetStartDays() == null) {
                problems.add(new FieldProblem("offsetStartDays", "Enter the days from the event when the window opens"));
            }
            if (wave.offsetEndDays() == null) {
                problems.add(new FieldProblem("offsetEndDays", "Enter the days from the event when the window closes"));
            }
            if (wave.offsetStartDays() != null && wave.offsetEndDays() != null
                    && wave.offsetEndDays() < wave.offsetStartDays()) {
                problems.add(new FieldProblem("offsetEndDays", "The window must close after it opens"));
            }
            return event == null || wave.offsetStartDays() == null || wave.offsetEndDays() == null ? null
                    : WaveWindow.relativeTo(event, wave.offsetStartDays(), wave.offsetEndDays());
        }
        if (!"ABSOLUTE".equalsIgnoreCase(wave.windowKind())) {
            problems.add(new FieldProblem("windowKind", "Select whether the window has fixed dates or follows a life event"));
            return null;
        }
        if (wave.start() == null) {
            problems.add(new FieldProblem("start", "Enter the date the window opens"));
        }
        if (wave.end() == null) {
            problems.add(new FieldProblem("end", "Enter the date the window closes"));
        }
        if (wave.start() != null && wave.end() != null && wave.end().isBefore(wave.start())) {
            problems.add(new FieldProblem("end", "The window must close after it opens"));
        }
        return wave.start() == null || wave.end() == null ? null : WaveWindow.between(wave.start(), wave.end());
    }

    @Transactional
    public InformantRole addRole(long studyId, NewInformantRole role, CurrentUser user) {
        StudyDesign design = design(studyId, user);
        List<FieldProblem> problems = new ArrayList<>();
        String code = role.code() == null ? "" : role.code().strip();
        String name = role.name() == null ? "" : role.name().strip();
        String suffix = role.pseudonymSuffix() == null ? "" : role.pseudonymSuffix().strip().toUpperCase();
        if (!code.matches("[a-z][a-z0-9_]{0,31}")) {
            problems.add(new FieldProblem("code", "Enter a code of lower-case letters, digits and underscores, starting with a letter"));
        } else if (design.roleCoded(code).isPresent()) {
            problems.add(new FieldProblem("code", "The study already has a role coded " + code));
        }
        if (name.isEmpty() || name.length() > 100) {
            problems.add(new FieldProblem("name", "Enter a name for the role of up to 100 characters"));
        }
        if (!suffix.matches("[A-Z]{1,2}")) {
            problems.add(new FieldProblem("pseudonymSuffix", "Enter one or two letters to use in pseudonyms"));
        } else if (design.roles().stream().anyMatch(r -> r.pseudonymSuffix().equals(suffix))) {
            problems.add(new FieldProblem("pseudonymSuffix", "Another role already uses the letters " + suffix));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        NewInformantRole clean = new NewInformantRole(code, name, suffix, role.child());
        long id = store.insertRole(studyId, clean);
        auditLog.changed(AuditAction.CREATE, ROLE, id, null, null, "{\"code\":\"" + code + "\"}");
        return new InformantRole(id, studyId, code, name, suffix, role.child());
    }

    /** Replaces the schedule grid; every wave, role and instrument must belong to the study. */
    @Transactional
    public StudyDesign setSchedule(long studyId, List<ScheduleEntry> entries, CurrentUser user) {
        StudyDesign design = design(studyId, user);
        Set<String> instruments = dictionaries.instrumentNames(studyId);
        List<FieldProblem> problems = new ArrayList<>();
        Set<ScheduleEntry> unique = new LinkedHashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            ScheduleEntry e = entries.get(i);
            if (design.wave(e.waveId()).isEmpty()) {
                problems.add(new FieldProblem("schedule[" + i + "].waveId", "Wave " + e.waveId() + " is not a wave of this study"));
            }
            if (design.role(e.roleId()).isEmpty()) {
                problems.add(new FieldProblem("schedule[" + i + "].roleId", "Role " + e.roleId() + " is not a role of this study"));
            }
            if (e.instrument() == null || !instruments.contains(e.instrument())) {
                problems.add(new FieldProblem("schedule[" + i + "].instrument", "Instrument " + e.instrument()
                        + " is not in the study's data dictionary"));
            }
            unique.add(e);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.replaceSchedule(studyId, List.copyOf(unique));
        auditLog.changed(AuditAction.UPDATE, SCHEDULE, studyId, null, null,
                "{\"before\":" + design.schedule().size() + ",\"after\":" + unique.size() + "}");
        return design(studyId, user);
    }
}
