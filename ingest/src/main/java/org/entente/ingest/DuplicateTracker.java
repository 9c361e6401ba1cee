package org.entente.ingest;

import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for one run, which article text and which id were seen first, so that the same
 * article saved twice (under two names, in two encodings) is read once and a second article under
 * an id already taken does not overwrite the first in the outputs.
 *
 * <p>Thread-safety: safe for concurrent calls; each text and each id is claimed atomically by the
 * first caller. Which copy counts as "first" is the order of the calls, so a run that wants the same
 * outcome every time checks files in {@link InputFolder#files()} order.
 *
 * <p>Memory: per accepted article, its id, its file name and 128 bits of its hash (a collision
 * among 128-bit prefixes of SHA-256 is out of reach for any corpus), never its text.
 */
public final class DuplicateTracker {

    /** Who claimed a text or an id first. */
    private record Owner(String id, String file) {
    }

    /** The first 128 bits of a SHA-256: a third of the memory of the hex string. */
    private record Hash128(long high, long low) {
    }

    /** The compact key for a SHA-256 in hex; any other hash (a test's "h1") is kept as it is. */
    private static Object keyOf(String hash) {
        if (hash.length() == 64) {
            try {
                return new Hash128(HexFormat.fromHexDigitsToLong(hash, 0, 16), HexFormat.fromHexDigitsToLong(hash, 16, 32));
            } catch (IllegalArgumentException notHex) {
                return hash;
            }
        }
        return hash;
    }

    private final Map<Object, Owner> byHash = new ConcurrentHashMap<>();
    private final Map<String, Owner> byId = new ConcurrentHashMap<>();

    /**
     * @return a rejected copy when an article of the same text (contentHash) or the same id was
     *         already seen under another file; otherwise the argument unchanged (rejections included)
     */
    public IngestedFile check(IngestedFile file) {
        Article article = file.article();
        if (article == null) {
            return file;
        }
        Owner me = new Owner(article.id(), article.file());
        Object hash = keyOf(article.contentHash());
        Owner first = byHash.putIfAbsent(hash, me);
        if (first != null && !first.equals(me)) {
            return IngestedFile.rejected(file.id(), file.file(), "duplicate of " + describe(first) + ": same text");
        }
        Owner owner = byId.putIfAbsent(article.id(), me);
        if (owner != null && !owner.equals(me)) {
            if (first == null) {
                byHash.remove(hash, me); // the text was claimed by an article that is now rejected
            }
            return IngestedFile.rejected(file.id(), file.file(), "the id '" + article.id() + "' is already used by "
                    + describe(owner) + ": give one of them another id");
        }
        return file;
    }

    /** How many distinct texts were accepted so far. */
    public int size() {
        return byHash.size();
    }

    /** Records of one .jsonl file share the file name, so the id tells them apart. */
    private static String describe(Owner first) {
        String fileId = Normalizer.normalize(stripExtension(first.file()), Normalizer.Form.NFC);
        return first.id().equals(fileId) || first.id().equals(first.file()) ? first.file()
                : first.file() + " (id " + first.id() + ")";
    }

    private static String stripExtension(String file) {
        int slash = file.lastIndexOf('/');
        int dot = file.lastIndexOf('.');
        return dot > slash + 1 ? file.substring(0, dot) : file;
    }
}
