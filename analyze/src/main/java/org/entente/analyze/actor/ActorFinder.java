package org.entente.analyze.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.analyze.Dyad;
import org.entente.analyze.text.Folding;
import org.entente.analyze.text.PhraseIndex;
import org.entente.analyze.text.PhrasePattern;

/**
 * Finds the references to the dyad's actors in a folded sentence: persons by any alias, offices
 * and institutions qualified by a side ({@code le ministre chinois des Affaires étrangères},
 * {@code les ministres des Affaires étrangères de Moscou et de Pékin}), states by name, capital or
 * metonym, and compounds ({@code sino-russe}) that name both. Built once per run; thread-safe.
 */
public final class ActorFinder {

    private static final String WB = "(?<![\\p{L}\\p{N}\\-])";
    private static final String WE = "(?![\\p{L}\\p{N}])";
    private static final Pattern FORMER_BEFORE = Pattern.compile("(?i)(?:^|[\\s'])(?:ancien|ancienne|anciens|anciennes|ex)[\\s-]+$");
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)(?:^|[\\s'])(?:a|en|au|aux|vers|dans|depuis)\\s+(?:la\\s+|l'\\s*)?$");
    private static final String BOTH_COUNTRIES = "(?:des|de\\s+leurs)\\s+deux\\s+pays";
    private static final Pattern BOTH_COUNTRIES_PATTERN = Pattern.compile(BOTH_COUNTRIES, Pattern.CASE_INSENSITIVE);
    private static final Pattern APPOSITION_GAP = Pattern.compile("[\\s,()\\-]*");

    private final ActorDictionary dictionary;
    private final Dyad dyad;
    private final PhraseIndex<List<Person>> personIndex = new PhraseIndex<>();
    private final Map<String, List<Person>> personsByAlias = new HashMap<>();
    private final PhraseIndex<String> stateIndex = new PhraseIndex<>();
    private final Map<String, String> stateCountry = new HashMap<>();
    private final Pattern compoundPattern;
    private final Map<String, String> prefixCountry = new HashMap<>();
    private final Map<String, String> demonymCountry = new HashMap<>();
    private final PhraseIndex<PhraseEntry> phraseIndex = new PhraseIndex<>();
    private final Map<String, String> qualifierCountry = new HashMap<>();
    private final Pattern qualifierScan;

    ActorFinder(ActorDictionary dictionary, Dyad dyad) {
        this.dictionary = dictionary;
        this.dyad = dyad;
        List<String> sides = List.of(dyad.sideA(), dyad.sideB());

        dictionary.aliases().forEach((alias, names) -> {
            List<Person> people = new ArrayList<>();
            for (String n : names) {
                Person p = dictionary.persons().get(n);
                if (p != null && sides.contains(p.country())) {
                    people.add(p);
                }
            }
            if (!people.isEmpty()) {
                String folded = Folding.fold(alias);
                personsByAlias.computeIfAbsent(folded, k -> new ArrayList<>()).addAll(people);
            }
        });
        personsByAlias.forEach((alias, people) -> personIndex.add(alias, exact(alias, false), people));

        List<String> qualifierForms = new ArrayList<>();
        List<String> demonymForms = new ArrayList<>();
        for (String code : sides) {
            CountryForms forms = dictionary.countries().get(code);
            for (List<String> group : List.of(forms.names, forms.capitals, forms.metonyms)) {
                for (String f : group) {
                    String folded = Folding.fold(f);
                    stateCountry.put(folded, code);
                }
            }
            for (String f : forms.names) {
                qualifierForms.add(Folding.fold(f));
            }
            for (String f : forms.capitals) {
                qualifierForms.add(Folding.fold(f));
            }
            for (String d : forms.demonyms) {
                String folded = Folding.fold(d).toLowerCase(Locale.ROOT);
                demonymForms.add(folded);
                demonymCountry.put(folded, code);
            }
            for (String p : forms.prefixes) {
                prefixCountry.put(Folding.fold(p).toLowerCase(Locale.ROOT), code);
            }
        }
        stateCountry.forEach((form, code) -> stateIndex.add(form, exact(form, false), code));
        stateCountry.forEach((form, code) -> qualifierCountry.put(form.toLowerCase(Locale.ROOT), code));
        qualifierCountry.putAll(demonymCountry);
        this.qualifierScan = alternation(new ArrayList<>(qualifierCountry.keySet()), true);
        List<String> compoundParts = new ArrayList<>(prefixCountry.keySet());
        compoundParts.addAll(demonymForms);
        this.compoundPattern = compoundParts.isEmpty() ? null : Pattern.compile(
            WB + "(" + quotedAlternatives(compoundParts) + ")-(" + quotedAlternatives(demonymForms) + ")" + WE,
            Pattern.CASE_INSENSITIVE);

        String demonym = quotedAlternatives(demonymForms);
        String place = quotedAlternatives(qualifierForms);
        String one = "(?:" + (demonym.isEmpty() ? "" : demonym + "|")
            + "(?:de|d')\\s*(?:la\\s+|l'\\s*|le\\s+)?(?:" + place + "))";
        // "les ministres des Affaires étrangères des deux pays" names both sides at once
        String qualifier = "(?:" + BOTH_COUNTRIES + "|" + one + "(?:\\s*(?:,|et)\\s+" + one + ")?)";
        Map<String, String> slots = Map.of("C", qualifier);
        for (PhraseEntry e : dictionary.offices()) {
            addPhrase(e, slots, sides);
        }
        for (PhraseEntry e : dictionary.institutions()) {
            addPhrase(e, slots, sides);
        }
    }

    private void addPhrase(PhraseEntry e, Map<String, String> slots, List<String> sides) {
        if (!e.country().equals("*") && !sides.contains(e.country())) {
            return;
        }
        try {
            phraseIndex.add(e.phrase(), PhrasePattern.compile(e.phrase(), slots, false), e);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("dictionary " + e.origin() + ": " + ex.getMessage(), ex);
        }
    }

    public Dyad dyad() {
        return dyad;
    }

    public ActorDictionary dictionary() {
        return dictionary;
    }

    /** The actor references in a folded sentence, in text order, overlaps resolved longest first. */
    public List<ActorRef> find(String folded) {
        List<ActorRef> found = new ArrayList<>();
        for (PhraseIndex.Hit<List<Person>> h : personIndex.find(folded)) {
            found.add(new ActorRef(h.start(), h.end(), h.value().get(0).country(), ActorKind.PERSON,
                h.value(), null, folded.substring(h.start(), h.end())));
        }
        for (PhraseIndex.Hit<PhraseEntry> h : phraseIndex.find(folded)) {
            PhraseEntry entry = h.value();
            String matched = folded.substring(h.start(), h.end());
            ActorKind kind = entry.office() == null ? ActorKind.INSTITUTION : ActorKind.OFFICE;
            if (kind == ActorKind.OFFICE && FORMER_BEFORE.matcher(folded.substring(Math.max(0, h.start() - 10), h.start())).find()) {
                // "Medvedev, un ancien président russe": a past holder, not whoever holds the office now
                continue;
            }
            Set<String> named = countriesIn(matched);
            for (String country : named) {
                if (entry.country().equals("*") || entry.country().equals(country)) {
                    found.add(new ActorRef(h.start(), h.end(), country, kind, List.of(), entry.office(), matched));
                }
            }
            if (!entry.country().equals("*") && named.isEmpty()) {
                found.add(new ActorRef(h.start(), h.end(), entry.country(), kind, List.of(), entry.office(), matched));
            }
        }
        // a compound is joined by a hyphen: without one, the scan of every position is saved
        if (compoundPattern != null && folded.indexOf('-') >= 0) {
            Matcher m = compoundPattern.matcher(folded);
            while (m.find()) {
                String first = countryOfCompoundPart(m.group(1));
                String second = demonymCountry.get(m.group(2).toLowerCase(Locale.ROOT));
                if (first != null && second != null && !first.equals(second)) {
                    found.add(new ActorRef(m.start(), m.end(), first, ActorKind.STATE, List.of(), null, m.group()));
                    found.add(new ActorRef(m.start(), m.end(), second, ActorKind.STATE, List.of(), null, m.group()));
                }
            }
        }
        for (PhraseIndex.Hit<String> h : stateIndex.find(folded)) {
            boolean place = PLACE_BEFORE.matcher(folded.substring(Math.max(0, h.start() - 12), h.start())).find();
            found.add(new ActorRef(h.start(), h.end(), h.value(),
                place ? ActorKind.PLACE : ActorKind.STATE, List.of(), null, folded.substring(h.start(), h.end())));
        }
        return attachAppositions(folded, longestFirst(found));
    }

    private String countryOfCompoundPart(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        String c = prefixCountry.get(lower);
        return c != null ? c : demonymCountry.get(lower);
    }

    /** Which sides a matched office or institution phrase names, in text order. */
    private Set<String> countriesIn(String matched) {
        Set<String> out = new LinkedHashSet<>();
        if (BOTH_COUNTRIES_PATTERN.matcher(matched).find()) {
            out.add(dyad.sideA());
            out.add(dyad.sideB());
            return out;
        }
        Matcher m = qualifierScan.matcher(matched);
        while (m.find()) {
            String c = qualifierCountry.get(m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** Keeps the longest of overlapping references; references sharing one span (sino-russe) are kept together. */
    private static List<ActorRef> longestFirst(List<ActorRef> found) {
        List<ActorRef> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((ActorRef r) -> r.end() - r.start()).reversed()
            .thenComparingInt(ActorRef::start));
        List<ActorRef> kept = new ArrayList<>();
        for (ActorRef r : sorted) {
            boolean clash = false;
            for (ActorRef k : kept) {
                boolean sameSpan = k.start() == r.start() && k.end() == r.end();
                boolean overlap = r.start() < k.end() && k.start() < r.end();
                if (overlap && !(sameSpan && !k.country().equals(r.country()))) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                kept.add(r);
            }
        }
        kept.sort(Comparator.comparingInt(ActorRef::start).thenComparing(ActorRef::country));
        return kept;
    }

    /**
     * An office standing right before or after a name of the same side describes that person
     * ({@code le ministre russe de la Défense, Sergueï Choïgou}); it is then not a second actor.
     */
    private static List<ActorRef> attachAppositions(String folded, List<ActorRef> refs) {
        List<ActorRef> out = new ArrayList<>(refs.size());
        for (int i = 0; i < refs.size(); i++) {
            ActorRef r = refs.get(i);
            // "son homologue chinois Wang Yi" is kept: it also says the subject holds the same office on the other side
            if (r.kind() == ActorKind.OFFICE && !"counterpart".equals(r.office())
                && (adjacentPerson(folded, r, i > 0 ? refs.get(i - 1) : null, false)
                || adjacentPerson(folded, r, i + 1 < refs.size() ? refs.get(i + 1) : null, true))) {
                continue;
            }
            out.add(r);
        }
        return out;
    }

    private static boolean adjacentPerson(String folded, ActorRef office, ActorRef other, boolean after) {
        if (other == null || !other.isPerson() || !other.country().equals(office.country())) {
            return false;
        }
        int from = after ? office.end() : other.end();
        int to = after ? other.start() : office.start();
        return from <= to && to - from <= 4 && APPOSITION_GAP.matcher(folded.substring(from, to)).matches();
    }

    private static Pattern exact(String form, boolean ignoreCase) {
        return Pattern.compile(WB + Pattern.quote(form).replace(" ", "\\E\\s+\\Q") + WE, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
    }

    private static Pattern alternation(List<String> forms, boolean ignoreCase) {
        if (forms.isEmpty()) {
            return null;
        }
        return Pattern.compile(WB + "(?:" + quotedAlternatives(forms) + ")" + WE, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
    }

    private static String quotedAlternatives(java.util.Collection<String> forms) {
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(forms));
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder();
        for (String f : sorted) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(Pattern.quote(f).replace(" ", "\\E\\s+\\Q"));
        }
        return sb.toString();
    }
}
