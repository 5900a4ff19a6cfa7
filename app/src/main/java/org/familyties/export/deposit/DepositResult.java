package org.familyties.export.deposit;

import java.util.List;

/**
 * A built deposit: the checksum and size of the zip written, the anonymisation log that must stay outside it, and what to tell the user.
 *
 * @param excludedParticipants participants left out because of their withdrawal or consent
 */
public record DepositResult(String zipSha256, long zipSize, String anonymisationLog, List<DepositBuilder.DatasetSummary> datasets,
                            List<RoleRisk> risks, int excludedParticipants, List<String> droppedIdentifiers,
                            List<String> droppedFreeText, List<String> freeTextForReview) {

    /** Disclosure risk of one role's participants before and after control. */
    public record RoleRisk(String role, List<String> quasiIdentifiers, int kBefore, int kAfter, int atRiskBefore,
                           int atRiskAfter, double meanRiskBefore, double meanRiskAfter, double maxRiskAfter,
                           int suppressedValues, double suppressedShare) {

        static RoleRisk of(String role, RoleDisclosure d) {
            var r = d.report();
            return new RoleRisk(role, d.quasiIdentifiers(), r.before().k(), r.after().k(), r.before().recordsAtRisk(),
                    r.after().recordsAtRisk(), r.before().meanRisk(), r.after().meanRisk(), r.after().maxRisk(),
                    r.suppressedValues(), r.suppressedShare());
        }
    }
}
