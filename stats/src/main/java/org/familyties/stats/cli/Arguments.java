package org.familyties.stats.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} and {@code --flag} options of one command, checked against what the command knows. */
public final class Arguments {

    private final Map<String, String> values = new LinkedHashMap<>();

    private Arguments() {
    }

    /**
     * @param withValue options that take a value
     * @param flags options that stand alone
     */
    public static Arguments parse(String[] args, Set<String> withValue, Set<String> flags) {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new UsageException("Unexpected argument '" + arg + "'; options start with --");
            }
            String name = arg.substring(2);
            String inlineValue = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                inlineValue = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flags.contains(name)) {
                parsed.values.put(name, "true");
            } else if (withValue.contains(name)) {
                String value = inlineValue;
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new UsageException("Option --" + name + " needs a value");
                    }
                    value = args[++i];
                }
                parsed.values.put(name, value);
            } else {
                List<String> known = new ArrayList<>(withValue);
                known.addAll(flags);
                known.sort(null);
                throw new UsageException("Unknown option --" + name + "; known options: --" + String.join(", --", known));
            }
        }
        return parsed;
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public String required(String name) {
        return get(name).orElseThrow(() -> new UsageException("Option --" + name + " is required"));
    }

    public boolean flag(String name) {
        return values.containsKey(name);
    }

    public Path existingFile(String name) {
        Path path = Path.of(required(name));
        if (!Files.isRegularFile(path)) {
            throw new UsageException("File not found for --" + name + ": " + path);
        }
        return path;
    }

    public int intValue(String name, int defaultValue) {
        String v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException("Option --" + name + " must be a whole number, not '" + v + "'");
        }
    }

    public double doubleValue(String name, double defaultValue) {
        String v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new UsageException("Option --" + name + " must be a number, not '" + v + "'");
        }
    }

    /** A comma-separated list, empty when the option is absent. */
    public List<String> list(String name) {
        String v = values.get(name);
        if (v == null || v.isBlank()) {
            return List.of();
        }
        return Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public String choice(String name, String defaultValue, Set<String> allowed) {
        String v = values.getOrDefault(name, defaultValue);
        if (!allowed.contains(v)) {
            throw new UsageException("Option --" + name + " must be one of " + String.join(", ", allowed.stream().sorted().toList())
                    + ", not '" + v + "'");
        }
        return v;
    }
}
