package org.entente.report.job;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.report.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Cuts the articles still to analyse into ranges of article ids of about equal size, one per
 * analysis thread. Each range is read, analysed and written by its own thread, so the database
 * reads and writes of one range overlap with the analysis of the others.
 */
public class ArticleRangePartitioner implements Partitioner {

    /** First article id of the range (inclusive); absent for the first range. */
    public static final String FROM_ID = "fromId";
    /** First article id after the range (exclusive); absent for the last range. */
    public static final String TO_ID = "toId";

    private static final Logger log = LoggerFactory.getLogger(ArticleRangePartitioner.class);

    private final ArticleStore articles;
    private final ProgressMeter progress;

    /** @param progress the meter the ranges share, made here so that its total is counted before any range writes */
    public ArticleRangePartitioner(ArticleStore articles, ProgressMeter progress) {
        this.articles = articles;
        this.progress = progress;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<String> cuts = articles.idsSplittingWorkInto(Math.max(1, gridSize));
        Map<String, ExecutionContext> ranges = new HashMap<>();
        for (int i = 0; i <= cuts.size(); i++) {
            ExecutionContext range = new ExecutionContext();
            if (i > 0) {
                range.putString(FROM_ID, cuts.get(i - 1));
            }
            if (i < cuts.size()) {
                range.putString(TO_ID, cuts.get(i));
            }
            ranges.put("range" + i, range);
        }
        log.info("analysis: {} article(s) to analyse, in {} range(s) of article ids, one per thread", progress.total(), ranges.size());
        return ranges;
    }
}
