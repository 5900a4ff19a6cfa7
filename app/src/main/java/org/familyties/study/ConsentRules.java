package org.familyties.study;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether consent allows questionnaire data at a wave: an adult's consent, or a child's assent together
 * with a parent's or carer's consent, each the latest of its kind and covering questionnaires; and no
 * withdrawal that stops data collection.
 */
final class ConsentRules {

    private final Map<String, Consent> latest = new HashMap<>();
    private final Map<Long, Withdrawal> withdrawals = new HashMap<>();

    ConsentRules(List<Consent> consents, List<Withdrawal> withdrawals) {
        for (Consent c : consents) {
            latest.merge(key(c.participantId(), c.waveId(), c.kind()), c, (a, b) -> b.id() > a.id() ? b : a);
        }
        withdrawals.forEach(w -> this.withdrawals.put(w.participantId(), w));
    }

    private static String key(long participantId, long waveId, ConsentKind kind) {
        return participantId + ":" + waveId + ":" + kind;
    }

    Optional<String> refusal(Participant participant, InformantRole role, Wave wave) {
        Withdrawal withdrawal = withdrawals.get(participant.id());
        if (withdrawal != null && withdrawal.choice().stopsDataCollection()) {
            return Optional.of(participant.pseudonym() + " withdrew from the study on " + withdrawal.withdrawnOn()
                    + " and asked for no further data; nothing can be entered");
        }
        if (role.child()) {
            boolean assent = covers(participant, wave, ConsentKind.ASSENT);
            boolean parent = covers(participant, wave, ConsentKind.PARENT_CONSENT);
            if (!assent || !parent) {
                return Optional.of("Data cannot be entered for " + participant.pseudonym() + " at " + wave.name()
                        + ": record the child's assent and a parent's or carer's consent to questionnaires first");
            }
        } else if (!covers(participant, wave, ConsentKind.CONSENT)) {
            return Optional.of("Data cannot be entered for " + participant.pseudonym() + " at " + wave.name()
                    + ": record their consent to questionnaires at this wave first");
        }
        return Optional.empty();
    }

    private boolean covers(Participant participant, Wave wave, ConsentKind kind) {
        Consent c = latest.get(key(participant.id(), wave.id(), kind));
        return c != null && c.questionnaires();
    }
}
