package org.familyties.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** The {@code details} of an audited change: the record before and after, as JSON. */
public final class AuditDetails {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditDetails() {
    }

    public static String of(Object before, Object after) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("before", before);
        details.put("after", after);
        return JSON.writeValueAsString(details);
    }
}
