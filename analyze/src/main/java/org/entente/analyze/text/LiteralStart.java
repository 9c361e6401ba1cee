package org.entente.analyze.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The literal words a phrase starts with, checked against a text before its regular expression
 * is run. Frequent first words ("a", "se", "le", "de") start many phrases; checking only the
 * first word left most regex attempts to fail on the second word, so the check goes on until the
 * first wildcard, placeholder or gap. It is a necessary condition only: it accepts a superset
 * of what {@link PhrasePattern} (or a quoted exact form) matches, so the regex still decides.
 */
final class LiteralStart {

    /** The literal parts, lower case, in order. */
    private final String[] parts;
    /** The same parts case-folded as {@link PhraseIndex#caseKey} folds, to compare with a text folded the same way. */
    private final String[] foldedParts;
    /** Whether at least one space must come before each part (between words), or only may (after an apostrophe). */
    private final boolean[] spaceRequired;

    /** Whether the first part is letters and digits only and the phrase has a space or its end after it. */
    private final boolean firstIsWholeWord;

    private LiteralStart(String[] parts, boolean[] spaceRequired, boolean firstIsWholeWord) {
        this.parts = parts;
        this.foldedParts = new String[parts.length];
        for (int k = 0; k < parts.length; k++) {
            foldedParts[k] = PhraseIndex.caseKey(parts[k], 0, parts[k].length());
        }
        this.spaceRequired = spaceRequired;
        this.firstIsWholeWord = firstIsWholeWord;
    }

    /** The literal start of a phrase in the phrase language; the empty start when it begins with a placeholder. */
    static LiteralStart of(String phrase) {
        String p = Folding.fold(phrase.strip()).toLowerCase(Locale.ROOT);
        List<String> parts = new ArrayList<>();
        List<Boolean> required = new ArrayList<>();
        boolean nextRequired = false;
        StringBuilder part = new StringBuilder();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (Character.isWhitespace(c)) {
                addPart(parts, required, part, nextRequired);
                while (i < p.length() && Character.isWhitespace(p.charAt(i))) {
                    i++;
                }
                nextRequired = true;
                continue;
            }
            // a wildcard, a placeholder or a gap ends what is known literally
            if (c == '*' || c == '{' || c == '\u2026' || c == '.' && i + 1 < p.length() && p.charAt(i + 1) == '.') {
                break;
            }
            part.append(c);
            i++;
            if (c == '\'') {
                addPart(parts, required, part, nextRequired);
                nextRequired = false;
            }
        }
        addPart(parts, required, part, nextRequired);
        boolean[] flags = new boolean[required.size()];
        for (int k = 0; k < flags.length; k++) {
            flags[k] = required.get(k);
        }
        return new LiteralStart(parts.toArray(String[]::new), flags, isWholeWord(p, parts.isEmpty() ? "" : parts.get(0)));
    }

    private static void addPart(List<String> parts, List<Boolean> required, StringBuilder part, boolean spaceRequired) {
        if (part.length() > 0) {
            parts.add(part.toString());
            required.add(spaceRequired);
            part.setLength(0);
        }
    }

    private static boolean isWholeWord(String phrase, String first) {
        if (first.isEmpty() || !phrase.startsWith(first)) {
            return false;
        }
        for (int k = 0; k < first.length(); k++) {
            if (!Character.isLetterOrDigit(first.charAt(k))) {
                return false;
            }
        }
        return phrase.length() == first.length() || Character.isWhitespace(phrase.charAt(first.length()));
    }

    /**
     * Whether a text can only match where its whole word (letters and digits) is the first part: the
     * phrase's expression requires a space or the end of a word right after it.
     */
    boolean firstIsWholeWord() {
        return firstIsWholeWord;
    }

    /** Whether the text at {@code at} begins with these words, ignoring case and the width of spaces. */
    boolean matchesAt(String text, int at) {
        return matchesFoldedAt(PhraseIndex.caseKey(text, 0, text.length()), at);
    }

    /**
     * {@link #matchesAt} for a text already case-folded by {@link PhraseIndex#caseKey}: the parts are
     * compared as they stand, which is what makes the check cheap enough to run at every word.
     */
    boolean matchesFoldedAt(String folded, int at) {
        int pos = at;
        for (int k = 0; k < foldedParts.length; k++) {
            if (k > 0) {
                int spaces = pos;
                while (spaces < folded.length() && Character.isWhitespace(folded.charAt(spaces))) {
                    spaces++;
                }
                if (spaceRequired[k] && spaces == pos) {
                    return false;
                }
                pos = spaces;
            }
            if (!folded.startsWith(foldedParts[k], pos)) {
                return false;
            }
            pos += foldedParts[k].length();
        }
        return true;
    }

    /** The first literal part, for tests and messages. */
    String first() {
        return parts.length == 0 ? "" : parts[0];
    }

    int partCount() {
        return parts.length;
    }
}
