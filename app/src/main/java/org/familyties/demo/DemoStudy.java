package org.familyties.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.familyties.instruments.ScaleDefinitions;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.Role;
import org.familyties.study.InformantRole;
import org.familyties.study.LifeEvent;
import org.familyties.study.NewInformantRole;
import org.familyties.study.NewWave;
import org.familyties.study.ScheduleEntry;
import org.familyties.study.Studies;
import org.familyties.study.StudyDesigns;
import org.familyties.study.StudyDictionaries;
import org.familyties.study.Wave;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo study's design: three waves, three informant roles, a dictionary and a schedule. */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "familyties.command", matchIfMissing = true, havingValue = "none")
@Order(1)
class DemoStudy implements ApplicationRunner {

    static final String CODE = "FAMWAVES";

    private static final Logger log = LoggerFactory.getLogger(DemoStudy.class);

    private final Studies studies;
    private final StudyDesigns designs;
    private final StudyDictionaries dictionaries;
    private final DemoStudyFamilies families;
    private final DemoStudyResponses responses;
    private final DemoStudyInterviews interviews;

    DemoStudy(Studies studies, StudyDesigns designs, StudyDictionaries dictionaries, DemoStudyFamilies families,
              DemoStudyResponses responses, DemoStudyInterviews interviews) {
        this.studies = studies;
        this.designs = designs;
        this.dictionaries = dictionaries;
        this.families = families;
        this.responses = responses;
        this.interviews = interviews;
    }

    static CurrentUser setUpUser(long studyId) {
        return new CurrentUser(0, "demo", "Demo data", Set.of(Role.DATA_MANAGER), Set.of(), Set.of(studyId), false);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var study = studies.findByCode(CODE).orElse(null);
        if (study == null) {
            return;
        }
        CurrentUser user = setUpUser(study.id());
        if (!designs.design(study.id(), user).waves().isEmpty()) {
            return;
        }
        Wave during = designs.addWave(study.id(), new NewWave("During sentence", "RELATIVE", null, null,
                LifeEvent.FATHER_RELEASE.name(), -365, -30), user);
        Wave after = designs.addWave(study.id(), new NewWave("After release", "RELATIVE", null, null,
                LifeEvent.FATHER_RELEASE.name(), 90, 270), user);
        Wave later = designs.addWave(study.id(), new NewWave("Six years on", "RELATIVE", null, null,
                LifeEvent.FATHER_RELEASE.name(), 6 * 365 - 180, 6 * 365 + 180), user);
        InformantRole father = designs.addRole(study.id(), new NewInformantRole("father", "Father", "F", false), user);
        InformantRole mother = designs.addRole(study.id(), new NewInformantRole("mother", "Mother or partner", "M", false), user);
        InformantRole child = designs.addRole(study.id(), new NewInformantRole("child", "Child", "C", true), user);
        dictionaries.install(study.id(), DemoStudyDictionary.build());
        List<ScheduleEntry> schedule = new ArrayList<>();
        for (Wave wave : List.of(during, after, later)) {
            schedule.add(new ScheduleEntry(wave.id(), father.id(), DemoStudyDictionary.BRS));
            schedule.add(new ScheduleEntry(wave.id(), father.id(), DemoStudyDictionary.SWEMWBS));
            schedule.add(new ScheduleEntry(wave.id(), mother.id(), DemoStudyDictionary.BRS));
            schedule.add(new ScheduleEntry(wave.id(), mother.id(), DemoStudyDictionary.SWEMWBS));
            schedule.add(new ScheduleEntry(wave.id(), mother.id(), DemoStudyDictionary.SDQ));
            schedule.add(new ScheduleEntry(wave.id(), child.id(), DemoStudyDictionary.CHILD_QUESTIONNAIRE));
        }
        designs.setSchedule(study.id(), schedule, user);
        dictionaries.attachScales(study.id(), DemoStudyDictionary.SDQ, List.of(ScaleDefinitions.SDQ_PARENT), user);
        dictionaries.attachScales(study.id(), DemoStudyDictionary.BRS, List.of(ScaleDefinitions.BRS), user);
        dictionaries.attachScales(study.id(), DemoStudyDictionary.SWEMWBS, List.of(ScaleDefinitions.SWEMWBS), user);
        int enrolled = families.load(study.id(), user);
        var report = responses.load(study.id(), designs.design(study.id(), user), user);
        interviews.load(study.id(), designs.design(study.id(), user), user);
        log.info("Loaded the demo study: 3 waves, 3 informant roles, {} scheduled instruments, {} families, "
                + "{} records with {} answers", schedule.size(), enrolled, report.records(), report.responses());
    }
}
