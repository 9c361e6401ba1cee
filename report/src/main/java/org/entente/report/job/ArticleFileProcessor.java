package org.entente.report.job;

import java.util.List;
import org.entente.ingest.IngestedFile;
import org.entente.ingest.InputFolder;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads one input file into articles, or into a rejection with its reason. Stateless, so that the
 * step can read several files at once; which of two copies of a text is kept is decided later, in
 * the folder's order, by {@link ArticleStoreWriter}.
 */
public class ArticleFileProcessor implements ItemProcessor<String, List<IngestedFile>> {

    private final InputFolder folder;

    public ArticleFileProcessor(InputFolder folder) {
        this.folder = folder;
    }

    @Override
    public List<IngestedFile> process(String file) {
        try {
            return folder.read(file);
        } catch (RuntimeException e) {
            // The reader turns every content problem into a rejection; what reaches here is the
            // file system failing under us (a file removed mid-run), which the step skips.
            throw new FileReadException(file, e);
        }
    }
}
