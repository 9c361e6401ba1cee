package org.entente.bench;

/** Small text helpers shared by the sentence builders. */
final class Sentences {

    private Sentences() {
    }

    /** Upper-cases the first letter, also when the sentence opens with a quotation mark. */
    static String capitalize(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c)
                    ? text.substring(0, i) + Character.toUpperCase(c) + text.substring(i + 1)
                    : text;
            }
        }
        return text;
    }

    /** French contracts a preposition with a following article: "à le président" is written "au président". */
    static String contract(String text) {
        return text.replace(" à le ", " au ").replace(" à les ", " aux ").replace(" de le ", " du ").replace(" de les ", " des ");
    }
}
