package org.entente.report.job;

import java.util.List;
import org.entente.ingest.DuplicateTracker;
import org.entente.ingest.IngestedFile;
import org.entente.ingest.InputFolder;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads one input file into articles, or into a rejection with its reason. Files come in the
 * folder's fixed order, so of two files with the same text (or two records with the same id)
 * the first is always the one kept.
 */
public class ArticleFileProcessor implements ItemProcessor<String, List<IngestedFile>> {

    private final InputFolder folder;
    private final DuplicateTracker duplicates = new DuplicateTracker();

    public ArticleFileProcessor(InputFolder folder) {
        this.folder = folder;
    }

    @Override
    public List<IngestedFile> process(String file) {
        try {
            return folder.read(file).stream().map(duplicates::check).toList();
        } catch (RuntimeException e) {
            // The reader turns every content problem into a rejection; what reaches here is the
            // file system failing under us (a file removed mid-run), which the step skips.
            throw new FileReadException(file, e);
        }
    }
}
