package org.entente.analyze.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.entente.analyze.Dyad;

/**
 * Who the actors of each country are: states, institutions, offices and persons with their
 * terms. Read from the built-in {@code actors.txt} and any user files, in that order; a later
 * file adds aliases, terms and persons to what the earlier ones said. The format is described in
 * analyze/README.md and at the top of {@code actors.txt}. Immutable once read.
 */
public final class ActorDictionary {

    public static final String BUILT_IN = "/org/entente/analyze/actors.txt";
    private static final Pattern SEPARATOR = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern LIST = Pattern.compile("\\s*;\\s*");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern OFFICE_KEY = Pattern.compile("[a-z][a-z0-9_]*");

    private final Map<String, CountryForms> countries;
    private final Map<String, Person> persons;
    private final Map<String, List<String>> aliases;
    private final List<PhraseEntry> offices;
    private final List<PhraseEntry> institutions;

    private ActorDictionary(Builder b) {
        this.countries = Map.copyOf(b.countries);
        this.persons = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.persons));
        Map<String, List<String>> copied = new LinkedHashMap<>();
        b.aliases.forEach((k, v) -> copied.put(k, List.copyOf(v)));
        this.aliases = java.util.Collections.unmodifiableMap(copied);
        this.offices = List.copyOf(b.offices);
        this.institutions = List.copyOf(b.institutions);
    }

    /** The built-in dictionary followed by the given user files. */
    public static ActorDictionary load(List<Path> extraFiles) {
        Builder builder = new Builder();
        try (InputStream in = ActorDictionary.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the built-in actor dictionary " + BUILT_IN + " is missing");
            }
            builder.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "actors.txt (built-in)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : extraFiles) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                builder.read(reader, file.toString());
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the dictionary file " + file + ": " + e.getMessage(), e);
            }
        }
        return new ActorDictionary(builder);
    }

    /** Reads dictionary text on its own, without the built-in file: for tests and tools. */
    public static ActorDictionary parse(String text, String origin) {
        Builder builder = new Builder();
        try {
            builder.read(new BufferedReader(new java.io.StringReader(text)), origin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ActorDictionary(builder);
    }

    public boolean knowsCountry(String code) {
        return countries.containsKey(code);
    }

    public Optional<Person> person(String name) {
        return Optional.ofNullable(persons.get(name));
    }

    Map<String, CountryForms> countries() {
        return countries;
    }

    Map<String, List<String>> aliases() {
        return aliases;
    }

    Map<String, Person> persons() {
        return persons;
    }

    List<PhraseEntry> offices() {
        return offices;
    }

    List<PhraseEntry> institutions() {
        return institutions;
    }

    /** A matcher for the two sides of the dyad; fails when the dictionary does not know a side. */
    public ActorFinder finderFor(Dyad dyad) {
        for (String code : List.of(dyad.sideA(), dyad.sideB())) {
            if (!knowsCountry(code)) {
                throw new IllegalArgumentException("the actor dictionary has no 'country | " + code
                    + " | ...' line: add a dictionary file for " + code + " (see analyze/README.md)");
            }
        }
        return new ActorFinder(this, dyad);
    }

    /**
     * The one person holding an office of a country during the given period; at a handover, the
     * one who held it longest in the period. Empty when nobody held it, or when the office is held
     * by several people at once (deputy ministers, spokespersons): then no single name is right.
     */
    public Optional<Person> holder(String country, String office, LocalDate start, LocalDate end) {
        long period = end.toEpochDay() - start.toEpochDay() + 1;
        Person best = null;
        long bestDays = 0;
        int throughout = 0;
        for (Person p : persons.values()) {
            if (!p.country().equals(country)) {
                continue;
            }
            long days = 0;
            for (Term t : p.terms()) {
                if (t.office().equals(office)) {
                    days += t.overlapDays(start, end);
                }
            }
            if (days >= period) {
                throughout++;
            }
            if (days > bestDays) {
                best = p;
                bestDays = days;
            }
        }
        return throughout > 1 ? Optional.empty() : Optional.ofNullable(best);
    }

    /** The offices a person held during the period. */
    public List<String> officesOf(Person person, LocalDate start, LocalDate end) {
        List<String> out = new ArrayList<>();
        for (Term t : person.terms()) {
            if (t.overlapDays(start, end) > 0 && !out.contains(t.office())) {
                out.add(t.office());
            }
        }
        return out;
    }

    private static final class Builder {
        private final Map<String, CountryForms> countries = new LinkedHashMap<>();
        private final Map<String, Person> persons = new LinkedHashMap<>();
        private final Map<String, List<String>> aliases = new LinkedHashMap<>();
        private final List<PhraseEntry> offices = new ArrayList<>();
        private final List<PhraseEntry> institutions = new ArrayList<>();

        void read(BufferedReader reader, String file) throws IOException {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String content = stripComment(line).strip();
                if (content.isEmpty()) {
                    continue;
                }
                String origin = file + ", line " + number;
                try {
                    readLine(SEPARATOR.split(content, -1), origin);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("dictionary " + origin + ": " + e.getMessage() + " (in: " + line.strip() + ")", e);
                }
            }
        }

        private static String stripComment(String line) {
            int hash = line.indexOf('#');
            return hash < 0 ? line : line.substring(0, hash);
        }

        private void readLine(String[] f, String origin) {
            String kind = f[0].toLowerCase(java.util.Locale.ROOT);
            switch (kind) {
                case "country", "capital", "metonym", "demonym", "prefix" -> {
                    need(f, 3, kind + " | CODE | form ; form ...");
                    CountryForms forms = countries.computeIfAbsent(code(f[1]), CountryForms::new);
                    List<String> values = list(f[2]);
                    switch (kind) {
                        case "country" -> forms.names.addAll(values);
                        case "capital" -> forms.capitals.addAll(values);
                        case "metonym" -> forms.metonyms.addAll(values);
                        case "demonym" -> forms.demonyms.addAll(values);
                        default -> forms.prefixes.addAll(values);
                    }
                }
                case "institution" -> {
                    need(f, 3, "institution | CODE or * | phrase ; phrase ...");
                    String scope = scope(f[1]);
                    for (String phrase : list(f[2])) {
                        institutions.add(new PhraseEntry(scope, null, phrase, origin));
                    }
                }
                case "office" -> {
                    need(f, 4, "office | CODE or * | office_key | phrase ; phrase ...");
                    String scope = scope(f[1]);
                    String key = officeKey(f[2]);
                    for (String phrase : list(f[3])) {
                        offices.add(new PhraseEntry(scope, key, phrase, origin));
                    }
                }
                case "person" -> {
                    need(f, 3, "person | CODE | Canonical Name [| alias ; alias ...]");
                    String code = code(f[1]);
                    String name = nonEmpty(f[2], "the person's name");
                    Person existing = persons.get(name);
                    if (existing != null && !existing.country().equals(code)) {
                        throw new IllegalArgumentException(name + " is already a person of " + existing.country());
                    }
                    if (existing == null) {
                        persons.put(name, new Person(name, code, List.of()));
                    }
                    addAlias(name, name);
                    if (f.length > 3) {
                        for (String alias : list(f[3])) {
                            addAlias(alias, name);
                        }
                    }
                }
                case "term" -> {
                    need(f, 4, "term | Canonical Name | office_key | from [| to]");
                    String name = nonEmpty(f[1], "the person's name");
                    Person person = persons.get(name);
                    if (person == null) {
                        throw new IllegalArgumentException("no 'person' line declares " + name + " before this term");
                    }
                    LocalDate from = date(f[3], false);
                    LocalDate to = f.length > 4 && !f[4].isBlank() ? date(f[4], true) : null;
                    persons.put(name, person.withTerm(new Term(officeKey(f[2]), from, to)));
                }
                default -> throw new IllegalArgumentException("unknown line kind '" + f[0]
                    + "'; expected country, capital, metonym, demonym, prefix, institution, office, person or term");
            }
        }

        private void addAlias(String alias, String name) {
            List<String> owners = aliases.computeIfAbsent(alias, a -> new ArrayList<>());
            if (!owners.contains(name)) {
                owners.add(name);
            }
        }

        private static void need(String[] f, int count, String shape) {
            if (f.length < count) {
                throw new IllegalArgumentException("expected " + count + " fields separated by '|': " + shape);
            }
        }

        private static String code(String s) {
            if (!CODE.matcher(s).matches()) {
                throw new IllegalArgumentException("'" + s + "' is not a three-letter upper-case country code");
            }
            return s;
        }

        private static String scope(String s) {
            return s.equals("*") ? "*" : code(s);
        }

        private static String officeKey(String s) {
            if (!OFFICE_KEY.matcher(s).matches()) {
                throw new IllegalArgumentException("'" + s + "' is not an office key (lower case, digits and _)");
            }
            return s;
        }

        private static String nonEmpty(String s, String what) {
            if (s.isBlank()) {
                throw new IllegalArgumentException(what + " is empty");
            }
            return s.strip();
        }

        private static List<String> list(String field) {
            List<String> out = new ArrayList<>();
            for (String v : LIST.split(field.strip())) {
                if (!v.isBlank()) {
                    out.add(v.strip());
                }
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException("the list of forms is empty");
            }
            return out;
        }

        /** YYYY-MM-DD, or YYYY-MM (first or last day of the month), or YYYY. */
        private static LocalDate date(String s, boolean end) {
            String v = s.strip();
            try {
                if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return LocalDate.parse(v);
                }
                if (v.matches("\\d{4}-\\d{2}")) {
                    YearMonth m = YearMonth.parse(v);
                    return end ? m.atEndOfMonth() : m.atDay(1);
                }
                if (v.matches("\\d{4}")) {
                    int y = Integer.parseInt(v);
                    return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + v + "' is not a valid date", e);
            }
            throw new IllegalArgumentException("'" + v + "' is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY");
        }
    }
}
