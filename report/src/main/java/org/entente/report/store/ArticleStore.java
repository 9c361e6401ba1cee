package org.entente.report.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleDate;
import org.entente.ingest.DateSource;
import org.entente.ingest.FileStatus;
import org.entente.ingest.IngestedFile;
import org.entente.ingest.PartialDate;
import org.entente.ingest.Sha256;
import org.entente.report.ArticleSummary;
import org.entente.report.stories.StorySketch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The articles table: one row per input file (or .jsonl record) last seen in a run, keyed by
 * article id, so that a re-run updates rows rather than adding them.
 */
@Repository
public class ArticleStore {

    /** The condition that selects the articles the analysis has still to do (new, changed, re-dated, or analysed by other code). */
    public static final String TO_ANALYZE = "reason = '' and (analyzed_key is null or analyzed_key <> expected_key)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public ArticleStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Stores what ingest made of a file in the given run. An unchanged article keeps its analysis;
     * a changed, rejected or re-dated one loses it, so the analysis step redoes exactly those.
     *
     * @param analysisFingerprint what else the analysis depends on (dyad, dictionaries, code version)
     * @return the file as stored: a duplicate of an article already seen in this run comes back rejected
     */
    public IngestedFile save(IngestedFile file, long run, String analysisFingerprint) {
        return saveAll(List.of(file), run, analysisFingerprint).get(0);
    }

    /**
     * Stores a chunk of ingested files, in their order, with a few statements per chunk rather than
     * three per file: the look-ups are one query each and the writes are batched.
     *
     * @return the files as stored, in the same order
     */
    public List<IngestedFile> saveAll(List<IngestedFile> files, long run, String analysisFingerprint) {
        List<byte[]> sketches = new ArrayList<>(files.size());
        files.forEach(f -> sketches.add(f.isRejected() ? null : StorySketch.encode(f.article().text())));
        return saveAll(files, sketches, run, analysisFingerprint);
    }

    /**
     * Stores a chunk of ingested files as {@link #saveAll(List, long, String)} does, with the sketch of each one's story
     * ({@link StorySketch#encode}) made beforehand, where the texts were read.
     *
     * @param sketches one per file, in the same order (a rejected file's is not used)
     */
    public List<IngestedFile> saveAll(List<IngestedFile> files, List<byte[]> sketches, long run, String analysisFingerprint) {
        if (sketches.size() != files.size()) {
            throw new IllegalArgumentException(files.size() + " file(s) but " + sketches.size() + " sketch(es)");
        }
        if (files.isEmpty()) {
            return List.of();
        }
        Map<String, List<String[]>> sameText = storedWithSameText(files, run);
        Map<String, String> previousKeys = expectedKeysOf(files);
        List<IngestedFile> stored = new ArrayList<>(files.size());
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> staleMentions = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            IngestedFile file = files.get(i);
            IngestedFile saved = file.isRejected() ? file : rejectIfDuplicate(file, sameText);
            stored.add(saved);
            Article a = saved.article();
            String expectedKey = a == null ? null : Sha256.hex(a.contentHash() + "|" + a.published().value().map(PartialDate::toString).orElse("")
                + "|" + a.published().source() + "|" + analysisFingerprint);
            Object[] values = {saved.file(), a == null ? "" : a.title(), a == null ? null : a.text(),
                a == null ? null : a.published().value().map(PartialDate::toString).orElse(null),
                a == null ? DateSource.NONE.name() : a.published().source().name(),
                a == null ? "" : a.source(), a == null ? "" : a.url(), a == null ? null : a.contentHash(),
                saved.reason(), run, expectedKey, a == null ? "" : a.author(), saved.note(),
                a == null ? null : sketches.get(i)};
            if (!previousKeys.containsKey(saved.id())) {
                inserts.add(append(values, saved.id()));
                // a later file of this chunk under the same id updates this row instead of inserting twice
                previousKeys.put(saved.id(), "");
                continue;
            }
            String previousKey = previousKeys.get(saved.id());
            if (expectedKey == null || !expectedKey.equals(previousKey)) {
                staleMentions.add(new Object[] {saved.id()});
            }
            updates.add(append(values, expectedKey, saved.id()));
            previousKeys.put(saved.id(), expectedKey == null ? "" : expectedKey);
        }
        if (!staleMentions.isEmpty()) {
            batch.batchUpdate("delete from entente_mention where article_id = ?", staleMentions);
        }
        if (!inserts.isEmpty()) {
            batch.batchUpdate("""
                insert into entente_article (file_path, title, body, published, date_source, source, url,
                    content_hash, reason, seen_run, expected_key, author, note, story_sketch, article_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
        }
        if (!updates.isEmpty()) {
            batch.batchUpdate("""
                update entente_article set file_path = ?, title = ?, body = ?, published = ?, date_source = ?, source = ?,
                    url = ?, content_hash = ?, reason = ?, seen_run = ?, expected_key = ?, author = ?, note = ?,
                    story_sketch = ?, analyzed_key = case when expected_key = ? then analyzed_key else null end
                where article_id = ?""", updates);
        }
        return stored;
    }

    private static Object[] append(Object[] values, Object... more) {
        Object[] all = Arrays.copyOf(values, values.length + more.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }

    /** The analysis key each already stored article of the chunk holds ("" when none). */
    private Map<String, String> expectedKeysOf(List<IngestedFile> files) {
        Map<String, String> keys = new HashMap<>();
        List<String> ids = files.stream().map(IngestedFile::id).distinct().toList();
        jdbc.sql("select article_id, coalesce(expected_key, '') as k from entente_article where article_id in (:ids)")
            .param("ids", ids)
            .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
            .list()
            .forEach(e -> keys.put(e.getKey(), e.getValue()));
        return keys;
    }

    /**
     * For each text of the chunk already stored by this run under an accepted article: those
     * articles (id, file) in path order. Within a run the in-memory tracker catches duplicates;
     * this look-up is what still catches them after a restart, when that memory is gone.
     */
    private Map<String, List<String[]>> storedWithSameText(List<IngestedFile> files, long run) {
        List<String> hashes = files.stream().filter(f -> !f.isRejected()).map(f -> f.article().contentHash()).distinct().toList();
        Map<String, List<String[]>> stored = new HashMap<>();
        if (hashes.isEmpty()) {
            return stored;
        }
        // The run and reason are checked here, not in SQL: given them, H2 would look the rows up through the
        // (seen_run, reason) index, which matches every accepted article of the run, instead of the hash index.
        jdbc.sql("""
                select content_hash, article_id, file_path, seen_run, reason from entente_article
                where content_hash in (:hashes)
                order by file_path""")
            .param("hashes", hashes)
            .query((rs, n) -> rs.getLong("seen_run") == run && rs.getString("reason").isEmpty()
                ? new String[] {rs.getString(1), rs.getString(2), rs.getString(3)} : null)
            .list()
            .stream().filter(Objects::nonNull)
            .forEach(row -> stored.computeIfAbsent(row[0], h -> new ArrayList<>()).add(row));
        return stored;
    }

    private static IngestedFile rejectIfDuplicate(IngestedFile file, Map<String, List<String[]>> sameText) {
        // Files are ingested in a fixed order, so the first file with a text is always the one kept.
        for (String[] row : sameText.getOrDefault(file.article().contentHash(), List.of())) {
            if (!row[1].equals(file.id())) {
                return IngestedFile.rejected(file.id(), file.file(), "duplicate of " + row[2] + ": same text, counted once");
            }
        }
        return file;
    }

    /** Forgets the articles whose files were not seen in this run (removed from the input folder). */
    public int removeNotSeenIn(long run) {
        // Usually no file left the folder. Counting through the index on seen_run says so without reading a row
        // (each carries its article's body), where the deletes would read them all.
        int notSeen = jdbc.sql("select count(*) from entente_article where seen_run <> ?").param(run)
            .query(Integer.class).single();
        if (notSeen == 0) {
            return 0;
        }
        jdbc.sql("delete from entente_mention where article_id in (select article_id from entente_article where seen_run <> ?)")
            .param(run).update();
        return jdbc.sql("delete from entente_article where seen_run <> ?").param(run).update();
    }

    /**
     * How many files this run stored, and how many of them were rejected. Both counts are answered from an index
     * (see V5__article_run_reason_index.sql), without reading the rows that carry the article bodies.
     */
    public RunCounts countsOf(long run) {
        int files = jdbc.sql("select count(*) from entente_article where seen_run = ?").param(run).query(Integer.class).single();
        int rejected = jdbc.sql("select count(*) from entente_article where seen_run = ? and reason <> ''")
            .param(run).query(Integer.class).single();
        return new RunCounts(files, rejected);
    }

    /** Files stored by a run. */
    public record RunCounts(int files, int rejected) {
        public int accepted() {
            return files - rejected;
        }
    }

    /**
     * The article ids that cut the articles still to analyse into {@code parts} runs of about equal
     * size, in id order: {@code parts - 1} ids, each the first of a run (fewer when there are fewer
     * articles than parts).
     */
    public List<String> idsSplittingWorkInto(int parts) {
        int total = countToAnalyze();
        List<String> cuts = new ArrayList<>();
        for (int k = 1; k < parts; k++) {
            long offset = (long) total * k / parts;
            if (offset == 0 || offset >= total) {
                continue;
            }
            jdbc.sql("select article_id from entente_article where " + TO_ANALYZE
                    + " order by article_id limit 1 offset :offset")
                .param("offset", offset)
                .query(String.class).optional()
                .filter(id -> cuts.isEmpty() || !cuts.get(cuts.size() - 1).equals(id))
                .ifPresent(cuts::add);
        }
        return cuts;
    }

    public int countToAnalyze() {
        return jdbc.sql("select count(*) from entente_article where " + TO_ANALYZE).query(Integer.class).single();
    }

    /** What the analysis of one article settled on. */
    public record Analyzed(String articleId, String expectedKey, ArticleDate published, int sentences) {
    }

    /** Records the analysis of articles: their final dates and the keys their mentions were made from. */
    public void markAllAnalyzed(List<Analyzed> analyzed) {
        List<Object[]> rows = new ArrayList<>(analyzed.size());
        for (Analyzed a : analyzed) {
            rows.add(new Object[] {a.expectedKey(), a.published().value().map(PartialDate::toString).orElse(null),
                a.published().source().name(), a.sentences(), a.articleId()});
        }
        batch.batchUpdate("""
            update entente_article set analyzed_key = ?, final_published = ?, final_date_source = ?, sentences = ?
            where article_id = ?""", rows);
    }

    /** An article the analysis could not process is listed as rejected rather than lost. */
    public void markRejected(String articleId, String reason) {
        jdbc.sql("delete from entente_mention where article_id = ?").param(articleId).update();
        jdbc.sql("update entente_article set reason = ?, analyzed_key = null where article_id = ?")
            .params(reason, articleId).update();
    }

    /** One row per article for articles.csv, in article id order. */
    public List<ArticleSummary> summaries() {
        return jdbc.sql(SUMMARY_SELECT + " order by a.article_id").query((rs, n) -> summary(rs)).list();
    }

    /** The columns {@link #summary} reads; the mention count comes from the mentions table's primary key. */
    static final String SUMMARY_SELECT = """
        select a.article_id, a.file_path, a.title, a.reason, a.author, a.note, a.repeats,
               coalesce(a.final_published, a.published) as published,
               coalesce(a.final_date_source, a.date_source) as date_source,
               (select count(*) from entente_mention m where m.article_id = a.article_id) as mentions
        from entente_article a""";

    static ArticleSummary summary(ResultSet rs) throws SQLException {
        String reason = rs.getString("reason");
        ArticleDate date = reason.isEmpty() ? articleDate(rs.getString("published"), rs.getString("date_source"))
            : ArticleDate.UNDATED;
        FileStatus status = !reason.isEmpty() ? FileStatus.REJECTED
            : date.isDated() ? FileStatus.OK : FileStatus.UNDATED;
        String why = status == FileStatus.UNDATED
            ? "no date in a header, dateline, manifest or the text; add the file to manifest.csv with its date"
            : reason;
        return new ArticleSummary(rs.getString("article_id"), rs.getString("file_path"), rs.getString("title"),
            date, status, why, rs.getInt("mentions"), rs.getString("author"), rs.getString("note"),
            reason.isEmpty() ? rs.getString("repeats") : "");
    }

    /** An accepted article's date as stored: its analysed date when it has one, else the ingested one. */
    static ArticleDate articleDate(String published, String source) {
        return published == null ? ArticleDate.UNDATED : ArticleDate.of(StoredDates.parse(published), DateSource.valueOf(source));
    }
}
