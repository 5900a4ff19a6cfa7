package org.familyties.retention;

import java.util.List;

/**
 * A participant's place on the tracing worklist and the channel to try next.
 *
 * @param suggestionCode suffix of the message key {@code retention.priority.suggestion.<code>}
 */
public record TracingPriority(double score, List<PriorityReason> reasons, ChannelKind suggestedChannel,
        String suggestionCode) {
}
