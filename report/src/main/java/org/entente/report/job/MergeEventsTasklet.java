package org.entente.report.job;

import java.util.List;
import org.entente.analyze.Dyad;
import org.entente.analyze.Event;
import org.entente.analyze.Mention;
import org.entente.analyze.merge.EventMerger;
import org.entente.report.store.EventStore;
import org.entente.report.store.MentionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Merges every stored mention into events, across all articles, and rebuilds the events table in
 * one transaction: a re-run or a restart gives the same events, never extra rows.
 */
public class MergeEventsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(MergeEventsTasklet.class);

    private final MentionStore mentions;
    private final EventStore events;
    private final Dyad dyad;

    public MergeEventsTasklet(MentionStore mentions, EventStore events, Dyad dyad) {
        this.mentions = mentions;
        this.events = events;
        this.dyad = dyad;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<Mention> all = mentions.all();
        List<Event> merged = new EventMerger(dyad).merge(all);
        events.replaceAll(merged);
        mentions.assignEvents(merged);
        contribution.incrementWriteCount(merged.size());
        log.info("merged {} mention(s) into {} event(s)", all.size(), merged.size());
        return RepeatStatus.FINISHED;
    }
}
