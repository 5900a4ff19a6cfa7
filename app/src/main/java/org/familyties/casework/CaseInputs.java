package org.familyties.casework;

/** Namespace for the inputs of case changes; each carries the case version the user last saw. */
public final class CaseInputs {

    private CaseInputs() {
    }

    public record Allocation(Long userId, Integer version) {
    }

    public record FamilyMember(String givenName, String familyName, java.time.LocalDate dateOfBirth, Integer age,
                               FamilyRole role, Integer version) {
    }

    public record Relation(Long fromPersonId, Long toPersonId, org.familyties.family.RelationshipKind kind,
                           java.time.LocalDate startedOn, java.time.LocalDate endedOn, Integer version) {
    }

    public record AssessmentInput(java.time.LocalDate assessedOn, Integer travelDistanceKm,
                                  java.math.BigDecimal travelCostPounds, Boolean relationshipConflict,
                                  Boolean childUnaware, Boolean courtOrders, Boolean childrensServices,
                                  Boolean prisonerMentalHealth, Boolean visitsBookingDifficulty, Boolean literacy,
                                  Boolean language, String notes, Integer version) {
    }

    public record GoalInput(Long clientPersonId, String description, java.time.LocalDate targetDate, Integer version) {
    }

    public record ReviewInput(java.time.LocalDate heldOn, String summary, java.time.LocalDate nextReviewDue,
                              Integer version) {
    }

    public record Closure(java.time.LocalDate closedOn, ClosureReason reason, String note, Boolean confirmOpenTasks,
                          Integer version) {
    }

    public record StatusInput(CaseStatus status, String note, Integer version) {
    }

    /**
     * A transfer to another prison (by code), or a release when {@code toPrisonCode} is blank. On release the
     * caseworker closes the case ({@code closureReason}, {@code closureNote}) or hands it over ({@code handedToKind},
     * {@code handedTo}, {@code handedOverOn}, {@code handoverNote}).
     */
    public record Move(String toPrisonCode, java.time.LocalDate movedOn, Integer version, ReleaseDecision onRelease,
                       ClosureReason closureReason, String closureNote, HandoverTo handedToKind, String handedTo,
                       java.time.LocalDate handedOverOn, String handoverNote) {

        public Move(String toPrisonCode, java.time.LocalDate movedOn, Integer version) {
            this(toPrisonCode, movedOn, version, null, null, null, null, null, null, null);
        }
    }

    public record Sentence(org.familyties.people.SentenceType sentenceType, java.time.LocalDate sentenceStart,
                           java.time.LocalDate expectedRelease, Integer version) {
    }
}
