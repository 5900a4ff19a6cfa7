package org.familyties.export.deposit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.familyties.export.Transcript;
import org.familyties.export.deposit.DepositInput.Member;
import org.familyties.export.deposit.DepositInput.RoleInfo;

/**
 * Releases interview transcripts with the same ids as the data: every study pseudonym and family code in
 * the text becomes its released id, everywhere and consistently. What was replaced goes to the
 * anonymisation log, which stays outside the package.
 */
final class Transcripts {

    private Transcripts() {
    }

    record Released(Map<String, String> files, List<String> log) {
    }

    static Released release(DepositInput in, Set<String> withData, Set<Integer> waves, List<RoleInfo> roles,
                            ReleasedIds ids) {
        Map<String, String> roleOf = new java.util.HashMap<>();
        in.members().forEach(m -> roleOf.put(m.pseudonym(), m.roleCode()));
        Set<String> roleCodes = new java.util.HashSet<>();
        roles.forEach(r -> roleCodes.add(r.code()));
        Map<String, String> replacements = new LinkedHashMap<>();
        for (Member m : in.members()) {
            if (!in.excluded().containsKey(m.pseudonym())) {
                replacements.put(m.pseudonym(), ids.participant(m.pseudonym()));
                replacements.put(m.familyCode(), ids.family(m.familyCode()));
            }
        }
        // Longest first, so a code that is part of another is never replaced inside it.
        List<String> keys = new ArrayList<>(replacements.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        Pattern pattern = keys.isEmpty() ? null
                : Pattern.compile("\\b(" + String.join("|", keys.stream().map(Pattern::quote).toList()) + ")\\b");
        Map<String, String> files = new java.util.TreeMap<>();
        List<String> log = new ArrayList<>();
        for (Transcript t : in.transcripts()) {
            if (!withData.contains(t.pseudonym()) || !waves.contains(t.wavePosition())
                    || !roleCodes.contains(roleOf.get(t.pseudonym()))) {
                continue;
            }
            String name = "transcripts/" + ids.participant(t.pseudonym()) + "_w" + t.wavePosition() + ".txt";
            StringBuilder out = new StringBuilder();
            Map<String, Integer> counts = new java.util.TreeMap<>();
            if (pattern != null) {
                Matcher m = pattern.matcher(t.text());
                while (m.find()) {
                    counts.merge(m.group(1), 1, Integer::sum);
                    m.appendReplacement(out, Matcher.quoteReplacement(replacements.get(m.group(1))));
                }
                m.appendTail(out);
            } else {
                out.append(t.text());
            }
            files.put(name, "Participant: " + ids.participant(t.pseudonym()) + "\nWave: " + t.wavePosition() + "\n\n" + out);
            counts.forEach((original, n) -> log.add("transcript " + name + "," + original + "," + replacements.get(original)
                    + " (" + n + "x)"));
        }
        return new Released(files, log);
    }
}
