package org.familyties.instruments;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a record holds for one field: nothing ({@link Blank}), a value, the ticked options of a checkbox,
 * or a missing-data code saying why there is no answer. A missing code is not a blank: "refused" is an
 * answer to the question "did they answer?".
 */
public sealed interface Answer {

    Blank BLANK = new Blank();

    static Answer of(String value) {
        return value == null || value.isBlank() ? BLANK : new Value(value.strip());
    }

    static Answer ticked(String... codes) {
        return ticked(Set.of(codes));
    }

    static Answer ticked(Set<String> codes) {
        return codes.isEmpty() ? BLANK : new Ticked(codes);
    }

    static Answer missing(MissingCode code) {
        return new Missing(code);
    }

    default boolean isBlank() {
        return this instanceof Blank;
    }

    default boolean isMissing() {
        return this instanceof Missing;
    }

    /** The value as REDCap's logic sees it: the text, the missing code, or empty. */
    String asText();

    record Blank() implements Answer {
        @Override
        public String asText() {
            return "";
        }
    }

    record Value(String text) implements Answer {
        public Value {
            Objects.requireNonNull(text, "text");
            if (text.isBlank()) {
                throw new IllegalArgumentException("A blank value is Answer.BLANK");
            }
        }

        @Override
        public String asText() {
            return text;
        }
    }

    /** The options ticked on a checkbox field, at least one. */
    record Ticked(Set<String> codes) implements Answer {
        public Ticked {
            if (codes.isEmpty()) {
                throw new IllegalArgumentException("No ticks is Answer.BLANK");
            }
            codes = Set.copyOf(codes);
        }

        public boolean isTicked(String code) {
            return codes.contains(code);
        }

        @Override
        public String asText() {
            return String.join(",", new TreeSet<>(codes));
        }
    }

    record Missing(MissingCode code) implements Answer {
        public Missing {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public String asText() {
            return code.code();
        }
    }
}
