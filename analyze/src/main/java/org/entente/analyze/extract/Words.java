package org.entente.analyze.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counting words between two offsets: the rules' windows are measured in words, not characters. */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Words() {
    }

    static int between(String text, int from, int to) {
        if (to <= from) {
            return 0;
        }
        Matcher m = WORD.matcher(text);
        m.region(Math.max(0, from), Math.min(text.length(), to));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The offset where the n-th word before {@code offset} starts (or {@code floor}). */
    static int back(String text, int offset, int n, int floor) {
        int i = Math.min(offset, text.length());
        int words = 0;
        boolean inWord = false;
        while (i > floor) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i - 1));
            if (letter && !inWord) {
                words++;
                if (words > n) {
                    return i;
                }
            }
            inWord = letter;
            i--;
        }
        return floor;
    }

    /** The offset where the n-th word after {@code offset} ends (or {@code ceiling}). */
    static int forward(String text, int offset, int n, int ceiling) {
        int end = Math.min(ceiling, text.length());
        int i = Math.max(0, offset);
        int words = 0;
        boolean inWord = false;
        while (i < end) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (!letter && inWord && ++words == n) {
                return i;
            }
            inWord = letter;
            i++;
        }
        return end;
    }
}
