package org.entente.analyze.text;

import java.util.Arrays;

/**
 * Values filed under whole words, looked up by a word inside a longer text without cutting it out:
 * the phrase index asks for the word at nearly every position of every sentence, and building a
 * string for each question was the largest cost left. Keys are compared case-folded, as
 * {@link PhraseIndex#caseKey} folds them, and looked up in a text folded the same way. Filled once,
 * then read by any number of threads.
 */
final class WordTable<V> {

    private String[] keys = new String[16];
    private Object[] values = new Object[16];
    private int size;

    /** The value of a folded key, made by {@code create} the first time the key is asked for. */
    @SuppressWarnings("unchecked")
    V computeIfAbsent(String foldedKey, java.util.function.Function<String, V> create) {
        int slot = slotOf(foldedKey, 0, foldedKey.length());
        if (keys[slot] != null) {
            return (V) values[slot];
        }
        V value = create.apply(foldedKey);
        keys[slot] = foldedKey;
        values[slot] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return value;
    }

    /** The value filed under the word {@code folded[from, to)} of a case-folded text; null when none. */
    @SuppressWarnings("unchecked")
    V get(String folded, int from, int to) {
        return (V) values[slotOf(folded, from, to)];
    }

    private int slotOf(String folded, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + folded.charAt(i);
        }
        int mask = keys.length - 1;
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (true) {
            String key = keys[slot];
            if (key == null || key.length() == to - from && folded.startsWith(key, from)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void grow() {
        String[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slotOf(oldKeys[i], 0, oldKeys[i].length());
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    @Override
    public String toString() {
        return "WordTable" + Arrays.toString(Arrays.stream(keys).filter(k -> k != null).toArray());
    }
}
