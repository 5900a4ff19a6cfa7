package org.familyties.instruments;

import java.util.List;
import java.util.Objects;

/**
 * A code recorded instead of an answer to say why there is none (refused, don't know, not applicable).
 * A missing code is an answer in its own right, unlike a blank.
 */
public record MissingCode(String code, String label) {
    public static final MissingCode REFUSED = new MissingCode("-7", "Refused");
    public static final MissingCode DONT_KNOW = new MissingCode("-8", "Don't know");
    public static final MissingCode NOT_APPLICABLE = new MissingCode("-9", "Not applicable");

    /** Refused (-7), don't know (-8) and not applicable (-9). */
    public static final List<MissingCode> DEFAULTS = List.of(REFUSED, DONT_KNOW, NOT_APPLICABLE);

    public MissingCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        if (code.isBlank()) {
            throw new IllegalArgumentException("A missing code needs a code");
        }
    }
}
