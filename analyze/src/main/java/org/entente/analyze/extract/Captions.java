package org.entente.analyze.extract;

import java.util.regex.Pattern;

/**
 * Photo captions kept in a saved page's text ("Les deux présidents à Pékin. (Reuters)", "... [reuters.com]",
 * "Photo : AFP"). The codebook counts the meeting a caption shows at the caption's own date; a caption with no
 * date shows a file photo, whose meeting must not be dated to the article.
 */
final class Captions {

    private static final Pattern CREDIT = Pattern.compile(
        "(?i)(?:\\((?:photo\\s*:?\\s*)?[^()]{0,40}(?:afp|reuters|ap|epa|xinhua|sputnik|tass|ria|getty|kremlin|pool|anadolu)[^()]{0,40}\\)"
            + "|\\[[^\\[\\]]{1,40}\\.(?:com|fr|ru|cn|net|org)\\]|©.{0,60}|(?:photo|cr[ée]dits?)\\s*:.{0,80}|\\barchives\\s*:)\\s*\\.?\\s*$"
            + "|^(?i:photo|archives|illustration)\\s*:");

    private Captions() {
    }

    static boolean isCaption(String sentence) {
        if (sentence.length() > 400 || !mayHoldCredit(sentence)) {
            return false;
        }
        return CREDIT.matcher(sentence.strip()).find();
    }

    /** Every credit has a bracket, a colon or the copyright sign: most sentences are ruled out without the pattern. */
    private static boolean mayHoldCredit(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '(' || c == '[' || c == ':' || c == '©') {
                return true;
            }
        }
        return false;
    }
}
