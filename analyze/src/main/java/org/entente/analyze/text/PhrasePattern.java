package org.entente.analyze.text;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles the small phrase language of the data files into a regular expression over folded
 * text. A phrase is words separated by spaces, matched whole and without regard to accents:
 * <ul>
 *   <li>{@code rencontr*} ends with any letters (inflection: rencontre, rencontré, rencontrera);</li>
 *   <li>{@code ...} stands for up to four words in between;</li>
 *   <li>an apostrophe is an elision and may be followed by a space ({@code s'est}, {@code l'invitation});</li>
 *   <li>{@code {NAME}} is replaced by a named sub-expression supplied by the caller (the country qualifier).</li>
 * </ul>
 * Only bounded repetitions are produced, so no phrase can make matching backtrack without end.
 */
public final class PhrasePattern {

    private static final String WORD_START = "(?<![\\p{L}\\p{N}\\-])";
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";
    // quotation marks (folded to ") sit between words in real text: "a salué les « efforts positifs de Moscou »"
    private static final String GAP = "(?:[\\s'\",]+[\\p{L}\\p{N}\\-]+){0,4}?";

    private PhrasePattern() {
    }

    public static String toRegex(String phrase, Map<String, String> slots) {
        String folded = Folding.fold(phrase.strip());
        String[] words = folded.split("\\s+");
        StringBuilder regex = new StringBuilder(WORD_START);
        boolean needSeparator = false;
        boolean lastOpen = false;
        boolean afterGap = false;
        for (String word : words) {
            if (word.equals("...") || word.equals("\u2026")) {
                regex.append(GAP);
                afterGap = true;
                continue;
            }
            if (needSeparator) {
                regex.append(afterGap ? "[\\s'\",]+" : "\\s+\"?\\s*");
            }
            afterGap = false;
            appendWord(regex, word, slots);
            needSeparator = true;
            lastOpen = word.endsWith("*") || word.endsWith("'");
        }
        if (!lastOpen) {
            regex.append(WORD_END);
        }
        return regex.toString();
    }

    public static Pattern compile(String phrase, Map<String, String> slots, boolean caseSensitive) {
        try {
            int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            return Pattern.compile(toRegex(phrase, slots), flags);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("cannot read the phrase '" + phrase + "': " + e.getDescription(), e);
        }
    }

    private static void appendWord(StringBuilder regex, String word, Map<String, String> slots) {
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            if (c == '{') {
                int close = word.indexOf('}', i);
                if (close < 0) {
                    throw new IllegalArgumentException("an opening '{' without its '}' in '" + word + "'");
                }
                String name = word.substring(i + 1, close);
                String slot = slots.get(name);
                if (slot == null) {
                    throw new IllegalArgumentException("unknown placeholder {" + name + "} in '" + word + "'");
                }
                regex.append("(?:").append(slot).append(')');
                i = close + 1;
            } else if (c == '*' && i == word.length() - 1) {
                regex.append("\\p{L}*");
                i++;
            } else if (c == '\'') {
                regex.append("'\\s*");
                i++;
            } else {
                if (!Character.isLetterOrDigit(c)) {
                    regex.append('\\');
                }
                regex.append(c);
                i++;
            }
        }
    }
}
