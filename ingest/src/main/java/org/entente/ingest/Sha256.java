package org.entente.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a text's UTF-8 bytes: content hashes, event ids and store keys must be the same on
 * every machine and in every run, which a hash of the content gives and a counter does not.
 */
public final class Sha256 {

    private Sha256() {
    }

    public static byte[] bytes(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The digest in lower-case hex, 64 characters. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(bytes(text));
    }
}
