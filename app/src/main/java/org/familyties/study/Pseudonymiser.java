package org.familyties.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces names of people in the identity store with consistent placeholders: a person's full or first
 * name becomes their pseudonym in brackets ("[F012-M1]"), a family name "[surname of F012]". Names of the
 * interviewed family win where a first name is shared with someone in another family; longer names are
 * replaced first, so "Ruby Abbott" is not left as "[..] Abbott".
 */
final class Pseudonymiser {

    record Result(String text, Map<String, Transcript.Replacement> replacements) {
    }

    private record Rule(String name, String placeholder) {
    }

    private Pseudonymiser() {
    }

    /**
     * @param names  each participant's given and family name, by pseudonym
     * @param family the code of the interviewed family, whose names take precedence
     */
    static Result pseudonymise(String text, Map<String, List<String>> names, String family) {
        Map<String, String> byName = new HashMap<>();
        List<Map.Entry<String, List<String>>> ordered = new ArrayList<>(names.entrySet());
        // Other families first, so the interviewed family's names overwrite them where they clash.
        ordered.sort(Comparator.comparing((Map.Entry<String, List<String>> e) -> e.getKey().startsWith(family + "-")));
        for (var e : ordered) {
            String pseudonym = e.getKey();
            String given = e.getValue().get(0);
            String surname = e.getValue().get(1);
            String familyCode = pseudonym.substring(0, pseudonym.indexOf('-'));
            byName.put(given + " " + surname, "[" + pseudonym + "]");
            byName.put(given, "[" + pseudonym + "]");
            byName.put(surname, "[surname of " + familyCode + "]");
        }
        List<Rule> rules = byName.entrySet().stream().map(e -> new Rule(e.getKey(), e.getValue()))
                .filter(r -> r.name().length() > 1)
                .sorted(Comparator.comparingInt((Rule r) -> r.name().length()).reversed()).toList();
        Map<String, Transcript.Replacement> log = new LinkedHashMap<>();
        String result = text;
        for (Rule rule : rules) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\[-])" + Pattern.quote(rule.name()) + "(?![\\p{L}])").matcher(result);
            int count = 0;
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                count++;
                m.appendReplacement(out, Matcher.quoteReplacement(rule.placeholder()));
            }
            if (count > 0) {
                m.appendTail(out);
                result = out.toString();
                log.merge(rule.name(), new Transcript.Replacement(rule.placeholder(), rule.name(), count),
                        (a, b) -> new Transcript.Replacement(a.placeholder(), a.original(), a.occurrences() + b.occurrences()));
            }
        }
        return new Result(result, log);
    }
}
