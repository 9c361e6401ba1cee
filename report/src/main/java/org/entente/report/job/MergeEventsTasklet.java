package org.entente.report.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.entente.analyze.Dyad;
import org.entente.analyze.Event;
import org.entente.analyze.Mention;
import org.entente.analyze.merge.EventMerger;
import org.entente.report.corrections.Correction;
import org.entente.report.corrections.CorrectionsApplier;
import org.entente.report.corrections.CorrectionsFile;
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
    private final Path input;

    public MergeEventsTasklet(MentionStore mentions, EventStore events, Dyad dyad, Path input) {
        this.mentions = mentions;
        this.events = events;
        this.dyad = dyad;
        this.input = input;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        List<Mention> all = mentions.all();
        List<Correction> corrections = CorrectionsFile.read(input);
        List<Event> merged = CorrectionsApplier.apply(new EventMerger(dyad).merge(all), corrections, dyad);
        events.replaceAll(merged);
        mentions.assignEvents(merged);
        if (!corrections.isEmpty()) {
            log.info("applied {} analyst correction(s) from {}", corrections.size(), CorrectionsFile.NAME);
        }
        contribution.incrementWriteCount(merged.size());
        log.info("merged {} mention(s) into {} event(s)", all.size(), merged.size());
        return RepeatStatus.FINISHED;
    }
}
