package org.familyties.export.deposit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.familyties.export.DepositOptions.Ids;
import org.familyties.export.IdRekeying;

/**
 * The ids a deposit releases instead of the study's pseudonyms and family codes. HASH gives each the
 * keyed hash of {@link IdRekeying} (the same in every deposit of the study); REKEY numbers them P00001,
 * F00001, ... in the order of those hashes, so the numbers carry no trace of enrolment order.
 */
final class ReleasedIds {

    private final Map<String, String> released = new HashMap<>();

    ReleasedIds(Ids choice, IdRekeying rekeying, Collection<String> pseudonyms, Collection<String> familyCodes) {
        assign(choice, rekeying, pseudonyms, "P", "participant:");
        assign(choice, rekeying, familyCodes, "F", "family:");
    }

    private void assign(Ids choice, IdRekeying rekeying, Collection<String> ids, String prefix, String scope) {
        TreeMap<String, String> byHash = new TreeMap<>();
        for (String id : ids) {
            if (byHash.put(rekeying.rekey(scope + id), id) != null) {
                throw new IllegalStateException("Two ids share a key");
            }
        }
        int n = 0;
        for (var e : byHash.entrySet()) {
            n++;
            released.put(scope + e.getValue(), choice == Ids.HASH ? e.getKey() : prefix + String.format("%05d", n));
        }
    }

    String participant(String pseudonym) {
        return require("participant:" + pseudonym);
    }

    String family(String code) {
        return require("family:" + code);
    }

    private String require(String key) {
        String id = released.get(key);
        if (id == null) {
            throw new IllegalArgumentException("No released id for " + key);
        }
        return id;
    }

    /** "kind,study id,released id" lines, sorted: the key that re-links a deposit to the study. */
    List<String> log() {
        return released.entrySet().stream()
                .map(e -> e.getKey().replace(":", ",") + "," + e.getValue()).sorted().toList();
    }
}
