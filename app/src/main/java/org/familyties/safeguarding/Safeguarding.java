package org.familyties.safeguarding;

import java.util.List;

import org.familyties.shared.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The safeguarding module's facade for a case's page and API, and the safeguarding lead's work list. */
@Service
@Transactional(readOnly = true)
public class Safeguarding {

    private final SafeguardingAccess access;
    private final Restrictions restrictions;
    private final Concerns concerns;
    private final Liaison liaison;
    private final EnforcementLog enforcement;

    Safeguarding(SafeguardingAccess access, Restrictions restrictions, Concerns concerns, Liaison liaison,
                 EnforcementLog enforcement) {
        this.access = access;
        this.restrictions = restrictions;
        this.concerns = concerns;
        this.liaison = liaison;
        this.enforcement = enforcement;
    }

    /** The case's records for users with need-to-know (the read is audited), otherwise only the marker. */
    public CaseSafeguarding forCase(long caseId, CurrentUser user) {
        AccessDecision decision = access.decide(caseId, user);
        long r = restrictions.countForCase(caseId);
        long c = concerns.countForCase(caseId);
        long l = liaison.countForCase(caseId);
        if (!decision.granted()) {
            return new CaseSafeguarding(caseId, !decision.granted(), decision, r, c, l, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        return new CaseSafeguarding(caseId, !decision.granted(), decision, r, c, l, restrictions.forCase(caseId, user),
                concerns.forCase(caseId, user), enforcement.forCase(caseId), liaison.agencies(caseId),
                liaison.entries(caseId));
    }

    public WorkList workList(CurrentUser user) {
        return new WorkList(restrictions.reviewsOverdue(user), access.needingAttention(user),
                concerns.followUpsDue(user));
    }

    /** What needs a safeguarding lead's attention in their prisons. */
    public record WorkList(List<Restriction> reviewsOverdue, List<AccessGrant> accessNeedingAttention,
                           List<Concern> followUpsDue) {
    }
}
