package org.entente.report.job;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.entente.ingest.IngestedFile;
import org.entente.report.stories.StorySketch;

/**
 * One input file as ingest read it: an article, several (.jsonl), or a rejection with its reason; and beside each
 * article the sketch of its story ({@link StorySketch#encode}, null for a rejection), made here while the text is in
 * memory on a worker thread, so that the report step finds repeated stories without reading the texts again.
 */
public record ReadFile(String file, List<IngestedFile> articles, List<byte[]> sketches) {

    public ReadFile {
        articles = List.copyOf(articles);
        // null stands for a rejection's missing sketch, which List.copyOf would refuse
        sketches = Collections.unmodifiableList(new ArrayList<>(sketches));
        if (sketches.size() != articles.size()) {
            throw new IllegalArgumentException(articles.size() + " article(s) but " + sketches.size() + " sketch(es)");
        }
    }

    /** Sketches the accepted articles' texts on the calling thread. */
    public ReadFile(String file, List<IngestedFile> articles) {
        this(file, articles, sketchesOf(articles));
    }

    private static List<byte[]> sketchesOf(List<IngestedFile> articles) {
        List<byte[]> sketches = new ArrayList<>(articles.size());
        for (IngestedFile article : articles) {
            sketches.add(article.isRejected() ? null : StorySketch.encode(article.article().text()));
        }
        return sketches;
    }
}
