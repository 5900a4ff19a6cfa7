package org.familyties.people;

import java.time.LocalDate;
import java.util.List;

/** A person's time in custody: sentence, dates and the history of moves between prisons. */
public record CustodyRecord(long personId, Long currentPrisonId, SentenceType sentenceType, LocalDate sentenceStart,
                            LocalDate expectedRelease, LocalDate actualRelease, List<Move> moves) {

    public record Move(Long fromPrisonId, Long toPrisonId, LocalDate movedOn, MoveKind kind) {
    }
}
