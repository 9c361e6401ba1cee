package org.entente.analyze.text;

/**
 * A sentence as the phrase indexes read it: its case-folded copy and where its words start and end.
 * Four indexes (persons, offices, states, triggers) read every sentence; the view is made once per
 * sentence and thread and handed to the next index that asks for the same text.
 *
 * @param folded the text case-folded as {@link PhraseIndex#caseKey} folds, same length and offsets
 * @param starts where each word starts (letters and digits after neither a letter, a digit nor a hyphen)
 * @param ends   where each of those words ends
 * @param count  how many words
 */
record WordView(String text, String folded, int[] starts, int[] ends, int count) {

    private static final ThreadLocal<WordView> LAST = new ThreadLocal<>();

    /** The view of a text: the one made last on this thread when the text is the same object. */
    static WordView of(String text) {
        WordView last = LAST.get();
        if (last != null && last.text == text) {
            return last;
        }
        WordView view = build(text);
        LAST.set(view);
        return view;
    }

    private static WordView build(String text) {
        int length = text.length();
        int[] starts = new int[length / 2 + 1];
        int[] ends = new int[starts.length];
        int count = 0;
        int i = 0;
        // word by word: a position inside a word is never a word start
        while (i < length) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < length && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            // the character before is not a letter or digit; after a hyphen ("sino-russe") no word starts
            if (i == 0 || text.charAt(i - 1) != '-') {
                starts[count] = i;
                ends[count] = end;
                count++;
            }
            i = end;
        }
        return new WordView(text, PhraseIndex.caseKey(text, 0, length), starts, ends, count);
    }
}
