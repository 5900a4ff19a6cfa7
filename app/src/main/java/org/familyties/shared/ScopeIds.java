package org.familyties.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Turns a user's assignments into a list safe for SQL {@code IN (:ids)} (never empty). */
public final class ScopeIds {

    /** An id no row has: keeps {@code IN ()} out of SQL while matching nothing. */
    public static final long NONE = -1L;

    private ScopeIds() {
    }

    public static List<Long> of(Collection<Long> ids) {
        List<Long> list = new ArrayList<>(ids);
        if (list.isEmpty()) {
            list.add(NONE);
        }
        return list;
    }
}
