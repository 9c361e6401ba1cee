package org.entente.analyze.lexicon;

/**
 * A lexicon phrase found in a folded sentence.
 *
 * @param kind  its category
 * @param start offset of its first character
 * @param end   offset after its last character
 * @param text  the words matched
 */
public record Cue(CueKind kind, int start, int end, String text) {
}
