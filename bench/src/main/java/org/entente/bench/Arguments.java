package org.entente.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name=value} (or {@code --name value}) command-line options, restricted to known names. */
final class Arguments {

    private final Map<String, String> values;

    private Arguments(Map<String, String> values) {
        this.values = values;
    }

    static Arguments parse(String[] args, String... names) {
        List<String> allowed = List.of(names);
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.isBlank()) {
                continue; // an empty Maven property passed through as an argument
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("'" + arg + "' is not an option; allowed: --" + String.join(", --", allowed));
            }
            String name;
            String value;
            if (arg.contains("=")) {
                name = arg.substring(2, arg.indexOf('='));
                value = arg.substring(arg.indexOf('=') + 1);
            } else {
                name = arg.substring(2);
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                value = args[++i];
            }
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; allowed: --" + String.join(", --", allowed));
            }
            values.put(name, value);
        }
        return new Arguments(values);
    }

    String get(String name, String fallback) {
        String value = values.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
