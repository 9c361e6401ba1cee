package org.entente.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether each {@code <article>} of an HTML file is closed in the file as written. The parsed tree
 * cannot tell: an HTML parser closes whatever the file leaves open, so an export cut off in the middle
 * of its last article would parse as a complete, shorter article. The source text still shows it.
 */
final class RawArticles {

    private static final Pattern OPEN = Pattern.compile("<article(?=[\\s>/])", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSE = Pattern.compile("</article\\s*>", Pattern.CASE_INSENSITIVE);

    private RawArticles() {
    }

    /** For each opening {@code <article} tag in file order, true when a closing tag follows it before the next one. */
    static List<Boolean> closed(String html) {
        List<Integer> starts = new ArrayList<>();
        Matcher open = OPEN.matcher(html);
        while (open.find()) {
            starts.add(open.start());
        }
        List<Boolean> closed = new ArrayList<>(starts.size());
        Matcher close = CLOSE.matcher(html);
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : html.length();
            close.region(starts.get(i), end);
            closed.add(close.find());
        }
        return closed;
    }

    static String cutOff(int position, int count) {
        return "article " + position + " of " + count + ": the file ends inside it (no closing </article>), "
                + "so its text is incomplete; export it again to read it";
    }
}
