package org.familyties.instruments.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.familyties.instruments.Choice;

/** The {@code code, label | code, label} notation of a dictionary's choices column. */
final class ChoiceList {

    private static final String CODE = "-?[A-Za-z0-9_.]+";

    private ChoiceList() {
    }

    /**
     * Splits choices, reporting each malformed one. A label may itself contain commas: only the first
     * comma separates code from label.
     */
    static List<Choice> parse(String text, Consumer<String> problems) {
        List<Choice> choices = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        String[] items = text.split("\\|", -1);
        for (int i = 0; i < items.length; i++) {
            String item = items[i].strip();
            if (item.isEmpty()) {
                if (items.length > 1) {
                    problems.accept("Choice " + (i + 1) + " is empty; remove the extra '|'");
                }
                continue;
            }
            int comma = item.indexOf(',');
            if (comma < 0) {
                problems.accept("Choice '" + item + "' has no code; write it as 'code, label', e.g. '1, " + item + "'");
                continue;
            }
            String code = item.substring(0, comma).strip();
            String label = item.substring(comma + 1).strip();
            if (!code.matches(CODE)) {
                problems.accept("Choice code '" + code + "' may only use letters, digits, underscores, "
                        + "a full stop or a leading minus");
            } else if (!codes.add(code)) {
                problems.accept("Choice code '" + code + "' is used twice; give each choice its own code");
            } else if (label.isEmpty()) {
                problems.accept("Choice '" + code + "' has no label; write it as '" + code + ", label'");
            } else {
                choices.add(new Choice(code, label));
            }
        }
        return choices;
    }

    static String format(List<Choice> choices) {
        return choices.stream().map(c -> c.code() + ", " + c.label()).collect(Collectors.joining(" | "));
    }
}
