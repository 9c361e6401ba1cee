package org.entente.ingest.read;

/**
 * The outcome of turning a file's bytes into text: the text and the charset it was read in, or the
 * reason it could not be read as text.
 */
public record DecodedText(String text, String charset, String failure) {

    public static DecodedText of(String text, String charset) {
        return new DecodedText(text, charset, "");
    }

    public static DecodedText failed(String reason) {
        return new DecodedText(null, "", reason);
    }

    public boolean failed() {
        return text == null;
    }
}
