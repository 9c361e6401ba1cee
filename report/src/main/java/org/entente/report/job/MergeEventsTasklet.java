package org.entente.report.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.analyze.Dyad;
import org.entente.analyze.Event;
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
 * one transaction: a re-run or a restart gives the same events, never extra rows. Mentions are
 * merged one year group at a time (reports dated in different years never share an event), so
 * memory holds one year of mentions, not the whole corpus.
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
        List<Correction> corrections = CorrectionsFile.read(input);
        CorrectionsApplier applier = new CorrectionsApplier(corrections, dyad);
        EventMerger merger = new EventMerger(dyad);
        events.deleteAll();
        mentions.clearEvents();
        Set<String> ids = new HashSet<>();
        int mentionCount = 0;
        int eventCount = 0;
        for (Integer year : mentions.mergeYears()) {
            List<MentionStore.StoredMention> group = mentions.inMergeYear(year);
            List<Event> merged = applier.applyTo(merger.merge(group.stream().map(MentionStore.StoredMention::mention).toList(), ids));
            events.insertAll(merged);
            mentions.assignEvents(merged, group);
            mentionCount += group.size();
            eventCount += merged.size();
        }
        List<Event> added = applier.added();
        events.insertAll(added);
        eventCount += added.size();
        applier.warnAboutUnknownEvents();
        if (!corrections.isEmpty()) {
            log.info("applied {} analyst correction(s) from {}", corrections.size(), CorrectionsFile.NAME);
        }
        contribution.incrementWriteCount(eventCount);
        log.info("merged {} mention(s) into {} event(s)", mentionCount, eventCount);
        return RepeatStatus.FINISHED;
    }
}
