package org.familyties.retention;

import java.util.List;

/**
 * One component of a tracing priority.
 *
 * @param code suffix of the message key {@code retention.priority.reason.<code>}
 * @param arguments the message arguments
 */
public record PriorityReason(String code, double points, List<Object> arguments) {
}
