package org.familyties.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.familyties.access.Users;
import org.familyties.support.FamilyTiesTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@FamilyTiesTest
class RecordExportTests {

    @Autowired
    Users users;
    @Autowired
    Studies studies;
    @Autowired
    StudyFamilies families;
    @Autowired
    StudyDesigns designs;
    @Autowired
    StudyRecords records;
    @Autowired
    StudyConsents consents;
    @Autowired
    ApplicationContext context;

    @Test
    void exportsEveryRecordWithItsAnswersAndLeavesOutThoseWhoAskedForRemoval() {
        long study = DemoStudyHelper.study(studies);
        var dm = DemoStudyHelper.dataManager(users);
        Wave wave = DemoStudyHelper.wave(designs, studies, users, 1);
        Participant kept = DemoStudyHelper.newMember(studies, users, families, "father");
        Participant removed = DemoStudyHelper.newMember(studies, users, families, "father");
        for (Participant p : List.of(kept, removed)) {
            new TestConsent(context).giveFor(study, p, wave);
            records.save(study, p.pseudonym(), wave.id(), "brs", java.util.Map.of("brs_1", "4", "brs_2", "-8"),
                    RecordStatus.INCOMPLETE, dm);
        }
        consents.withdraw(study, removed.pseudonym(), WithdrawalChoice.REMOVE_DATA, java.time.LocalDate.of(2026, 3, 3), dm);

        List<ExportedRecord> exported = records.exportRecords(study, false, dm);
        assertThat(exported).hasSizeGreaterThan(800);
        ExportedRecord mine = exported.stream().filter(r -> r.pseudonym().equals(kept.pseudonym())).findFirst().orElseThrow();
        assertThat(mine.responses()).containsEntry("brs_1", "4").containsEntry("brs_2", "-8");
        assertThat(mine.role()).isEqualTo("father");
        assertThat(mine.wave()).isEqualTo(wave.name());
        assertThat(exported).noneMatch(r -> r.pseudonym().equals(removed.pseudonym()));
        assertThat(records.exportRecords(study, true, dm)).anyMatch(r -> r.pseudonym().equals(removed.pseudonym()));
    }
}
