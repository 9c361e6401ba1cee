package org.entente.report.job;

import java.util.List;
import org.entente.ingest.InputFolder;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Hands out the input folder's files one by one, in the folder's fixed order. Being item-counting,
 * a restarted run skips the files the failed run had already stored.
 */
public class InputFileReader extends AbstractItemCountingItemStreamItemReader<String> {

    private final InputFolder folder;
    private List<String> files;

    public InputFileReader(InputFolder folder) {
        this.folder = folder;
        setName("inputFileReader");
    }

    @Override
    protected void doOpen() {
        files = folder.files();
    }

    @Override
    protected String doRead() {
        int index = getCurrentItemCount() - 1;
        return index < files.size() ? files.get(index) : null;
    }

    @Override
    protected void doClose() {
        files = null;
    }
}
