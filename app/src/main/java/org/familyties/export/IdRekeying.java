package org.familyties.export;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.familyties.export.internal.Hmac;
import org.familyties.export.internal.Numbers;

/**
 * Replaces identifiers by keyed pseudonyms: the first 16 hex digits (64 bits) of HMAC-SHA256(study
 * secret, id). The same id always gets the same key under the same secret, so deposits can be linked,
 * but ids cannot be recovered or recomputed without the secret.
 */
public final class IdRekeying {

    public static final int KEY_LENGTH = 16;

    private final Hmac hmac;

    public IdRekeying(byte[] studySecret) {
        this.hmac = new Hmac(studySecret);
    }

    public String rekey(String id) {
        return HexFormat.of().formatHex(hmac.digest("id-rekey", id), 0, KEY_LENGTH / 2);
    }

    /**
     * Replaces an id variable (numeric or string) by a string variable of keys, keeping its name and label.
     * Fails if two different ids would get the same key.
     */
    public LabelledDataset apply(LabelledDataset data, String idVariable) {
        Variable old = data.variable(idVariable);
        Variable keyed = Variable.string(idVariable, KEY_LENGTH).label(old.label()).level(MeasurementLevel.NOMINAL).build();
        Map<String, String> seen = new HashMap<>();
        return data.withVariable(keyed, value -> {
            if (value == null || "".equals(value)) {
                return "";
            }
            String id = value instanceof Double d ? Numbers.plain(d) : value.toString();
            String key = rekey(id);
            String previous = seen.putIfAbsent(key, id);
            if (previous != null && !previous.equals(id)) {
                throw new IllegalStateException("Key collision between two ids");
            }
            return key;
        });
    }
}
