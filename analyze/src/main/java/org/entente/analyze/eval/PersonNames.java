package org.entente.analyze.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether an annotator's name and a predicted name are the same person. Annotators write
 * names in whichever transliteration the article uses (Poutine, Choïgou, Patrouchev, Roudenko) and the
 * analysis writes its own canonical form, so names are compared after folding away case, accents and
 * the regular differences between the French and English transliterations of Russian.
 */
public final class PersonNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]+");
    private static final Pattern DOUBLED = Pattern.compile("([a-z])\\1+");

    private PersonNames() {
    }

    /** The comparable form of a name: lower-case tokens with transliteration variants made one. */
    public static List<String> fold(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(NOT_LETTER.split(plain)).filter(t -> !t.isEmpty()).map(PersonNames::foldToken).toList();
    }

    /** Same person: equal folded names, or one name's tokens all within the other's (a surname alone). */
    public static boolean samePerson(String first, String second) {
        List<String> a = fold(first);
        List<String> b = fold(second);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || a.containsAll(b) || b.containsAll(a);
    }

    /**
     * Whether a predicted side fits a gold side: an empty gold side accepts anything; otherwise one
     * set of persons is contained in the other, as the codebook merges participants.
     */
    public static boolean compatible(List<String> gold, List<String> predicted) {
        return gold.isEmpty() || containedIn(predicted, gold) || containedIn(gold, predicted);
    }

    /** Every name of part is some name of whole. */
    public static boolean containedIn(List<String> part, List<String> whole) {
        return part.stream().allMatch(p -> whole.stream().anyMatch(w -> samePerson(p, w)));
    }

    private static String foldToken(String token) {
        String t = DOUBLED.matcher(token).replaceAll("$1");
        t = t.replace("tch", "ch").replace("ch", "sh").replace("zh", "j").replace("ou", "u")
                .replace("gue", "ge").replace("gui", "gi").replace('y', 'i');
        t = DOUBLED.matcher(t).replaceAll("$1");
        // French spellings add a mute final e (Poutine, Michoustine) that English ones lack.
        if (t.length() > 3 && t.endsWith("e")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
