package org.familyties.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.familyties.access.Users;
import org.familyties.estate.Prisons;
import org.familyties.shared.InvalidInputException;
import org.familyties.shared.RecordNotFoundException;
import org.familyties.support.FamilyTiesTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FamilyTiesTest
class CustodyTests {

    @Autowired
    People people;
    @Autowired
    Users users;
    @Autowired
    Prisons prisons;

    @Test
    void releaseBeforeSentenceStartIsRefusedAndNothingChanges() {
        var user = users.currentUserFor("caseworker").orElseThrow();
        long d01 = prisons.findByCode("D01").orElseThrow().id();
        long id = people.registerPersonInPrison("Sid", "Sentence", LocalDate.of(1980, 1, 1), "Z9901S", d01);
        assertThatThrownBy(() -> people.recordSentence(id, SentenceType.DETERMINATE, LocalDate.of(2025, 1, 1),
                LocalDate.of(2024, 1, 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("before the sentence start");
        assertThat(people.custody(id).sentenceType()).isNull();

        people.recordSentence(id, SentenceType.DETERMINATE, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1));
        assertThat(people.custody(id).expectedRelease()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(people.view(id, user).prisonNumber()).isEqualTo("Z9901S");
    }

    @Test
    void aTransferMovesThePersonOutOfTheOldPrisonsScopeAndKeepsTheHistory() {
        var caseworker = users.currentUserFor("caseworker").orElseThrow();
        var caseworker2 = users.currentUserFor("caseworker2").orElseThrow();
        long d01 = prisons.findByCode("D01").orElseThrow().id();
        long d02 = prisons.findByCode("D02").orElseThrow().id();
        long id = people.registerPersonInPrison("Tom", "Transfer", LocalDate.of(1985, 1, 1), "Z9902T", d01);
        people.move(id, d02, LocalDate.of(2025, 3, 1), caseworker);

        assertThatThrownBy(() -> people.view(id, caseworker)).isInstanceOf(RecordNotFoundException.class);
        assertThat(people.view(id, caseworker2).currentPrisonId()).isEqualTo(d02);
        var custody = people.custody(id);
        assertThat(custody.moves()).singleElement().satisfies(m -> {
            assertThat(m.fromPrisonId()).isEqualTo(d01);
            assertThat(m.toPrisonId()).isEqualTo(d02);
            assertThat(m.kind()).isEqualTo(MoveKind.TRANSFER);
        });
        assertThatThrownBy(() -> people.move(id, d02, LocalDate.of(2025, 4, 1), caseworker2))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already in that prison");
    }
}
