package org.entente.report.job;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import org.entente.ingest.IngestedFile;
import org.entente.ingest.InputFolder;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * Hands out the input folder's files already read and parsed, one by one in the folder's fixed
 * order, while the worker threads read the next ones. Parsing a file costs more than storing it,
 * and a chunk step stores on one thread: reading ahead lets the workers parse the next files
 * while that thread writes the chunk before, instead of waiting for it.
 *
 * <p>Being item-counting, a restarted run starts after the files the failed run had already
 * stored, without parsing them again. A file the file system will not give us comes out as a
 * {@link FileReadException} at its place in the order, which the step skips.
 *
 * <p>The workers also sketch each article's story (see {@link ReadFile}) while its text is in memory.
 */
public class ReadAheadFileReader extends AbstractItemCountingItemStreamItemReader<ReadFile> {

    private final Supplier<List<String>> fileList;
    private final Function<String, List<IngestedFile>> parser;
    private final AsyncTaskExecutor workers;
    private final int readAhead;
    private final Deque<Future<ReadFile>> pending = new ArrayDeque<>();
    private List<String> files;
    private int next;

    /** @param readAhead how many files may be parsed ahead of the one handed out; it bounds the memory used */
    public ReadAheadFileReader(InputFolder folder, AsyncTaskExecutor workers, int readAhead) {
        this(folder::files, folder::read, workers, readAhead);
    }

    ReadAheadFileReader(Supplier<List<String>> fileList, Function<String, List<IngestedFile>> parser,
                        AsyncTaskExecutor workers, int readAhead) {
        if (readAhead < 1) {
            throw new IllegalArgumentException("readAhead must be at least 1, not " + readAhead);
        }
        this.fileList = fileList;
        this.parser = parser;
        this.workers = workers;
        this.readAhead = readAhead;
        setName("readAheadFileReader");
    }

    @Override
    protected void doOpen() {
        files = fileList.get();
        next = 0;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        // the files before were stored by the failed run: skip them without reading them
        next = Math.min(itemIndex, files.size());
    }

    @Override
    protected ReadFile doRead() throws InterruptedException {
        while (pending.size() < readAhead && next < files.size()) {
            String file = files.get(next++);
            pending.add(workers.submit(() -> read(file)));
        }
        Future<ReadFile> head = pending.poll();
        if (head == null) {
            return null;
        }
        try {
            return head.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private ReadFile read(String file) {
        try {
            return new ReadFile(file, parser.apply(file));
        } catch (RuntimeException e) {
            // The reader turns every content problem into a rejection; what reaches here is the
            // file system failing under us (a file removed mid-run), which the step skips.
            throw new FileReadException(file, e);
        }
    }

    @Override
    protected void doClose() {
        pending.forEach(f -> f.cancel(true));
        pending.clear();
        files = null;
    }

    /** For tests: the files handed out so far plus those being parsed ahead. */
    int submitted() {
        return next;
    }
}
