package org.entente.ingest.read;

import org.entente.ingest.PartialDate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text articles as the user's samples are saved: an optional header {@code date YYYY-MM} or
 * {@code date YYYY-MM-DD} opening the first line, the headline on the rest of that line, then the
 * body. A blank line separates paragraphs; within a block, a line that does not end a sentence and
 * is followed by a lower-case start is a hard wrap and is joined to the next line.
 */
public final class TxtFormat {

    private static final Pattern HEADER = Pattern.compile("^\\s{0,8}date\\s{0,3}:?\\s{1,8}(\\d{4}-\\d{2}(?:-\\d{2})?)(?=\\s|$)\\s*");

    private TxtFormat() {
    }

    public static ReadResult read(String text) {
        List<String> lines = TextLines.split(text);
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        PartialDate date = null;
        String headline = "";
        if (first < lines.size()) {
            String opening = lines.get(first);
            Matcher header = HEADER.matcher(opening);
            if (header.find()) {
                date = MetadataDate.parse(header.group(1)).orElse(null);
                opening = opening.substring(header.end());
            }
            headline = opening.strip();
        }
        String url = "";
        if (Headlines.isAddress(headline)) {
            // " date 2025-04 https://...": saved pages put their address where the samples put the headline
            url = headline;
            headline = "";
        }
        List<String> paragraphs = new ArrayList<>();
        if (!headline.isEmpty()) {
            paragraphs.add(headline); // the headline line is never joined to the line below it
        }
        paragraphs.addAll(TextLines.paragraphs(lines.subList(Math.min(first + 1, lines.size()), lines.size())));
        return ReadResult.of(new ArticleDraft("", "", paragraphs, date, "", url));
    }
}
