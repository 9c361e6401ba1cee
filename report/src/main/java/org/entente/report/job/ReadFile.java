package org.entente.report.job;

import java.util.List;
import org.entente.ingest.IngestedFile;

/** One input file as ingest read it: an article, several (.jsonl), or a rejection with its reason. */
public record ReadFile(String file, List<IngestedFile> articles) {

    public ReadFile {
        articles = List.copyOf(articles);
    }
}
