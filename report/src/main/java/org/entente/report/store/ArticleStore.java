package org.entente.report.store;

import java.util.List;
import java.util.Optional;
import org.entente.ingest.Article;
import org.entente.ingest.ArticleDate;
import org.entente.ingest.DateSource;
import org.entente.ingest.FileStatus;
import org.entente.ingest.IngestedFile;
import org.entente.ingest.PartialDate;
import org.entente.ingest.Sha256;
import org.entente.report.ArticleSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The articles table: one row per input file (or .jsonl record) last seen in a run, keyed by
 * article id, so that a re-run updates rows rather than adding them.
 */
@Repository
public class ArticleStore {

    private final JdbcClient jdbc;

    public ArticleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores what ingest made of a file in the given run. An unchanged article keeps its analysis;
     * a changed, rejected or re-dated one loses it, so the analysis step redoes exactly those.
     *
     * @param analysisFingerprint what else the analysis depends on (dyad, dictionaries, code version)
     * @return the file as stored: a duplicate of an article already seen in this run comes back rejected
     */
    public IngestedFile save(IngestedFile file, long run, String analysisFingerprint) {
        IngestedFile stored = file.isRejected() ? file : rejectIfDuplicate(file, run);
        Article a = stored.article();
        String expectedKey = a == null ? null : Sha256.hex(a.contentHash() + "|" + a.published().value().map(PartialDate::toString).orElse("")
            + "|" + a.published().source() + "|" + analysisFingerprint);
        // One look-up tells both whether the row exists and which analysis it holds.
        List<String> previous = jdbc.sql("select coalesce(expected_key, '') from entente_article where article_id = ?")
            .param(stored.id()).query(String.class).list();
        Optional<String> previousKey = previous.stream().findFirst().filter(k -> !k.isEmpty());
        if (previous.isEmpty()) {
            jdbc.sql("""
                insert into entente_article (article_id, file_path, title, body, published, date_source, source, url,
                    content_hash, reason, seen_run, expected_key)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(stored.id(), stored.file(), a == null ? "" : a.title(), a == null ? null : a.text(),
                    a == null ? null : a.published().value().map(PartialDate::toString).orElse(null),
                    a == null ? DateSource.NONE.name() : a.published().source().name(),
                    a == null ? "" : a.source(), a == null ? "" : a.url(), a == null ? null : a.contentHash(),
                    stored.reason(), run, expectedKey)
                .update();
            return stored;
        }
        if (expectedKey == null || !expectedKey.equals(previousKey.orElse(null))) {
            jdbc.sql("delete from entente_mention where article_id = ?").param(stored.id()).update();
        }
        jdbc.sql("""
            update entente_article set file_path = ?, title = ?, body = ?, published = ?, date_source = ?, source = ?,
                url = ?, content_hash = ?, reason = ?, seen_run = ?, expected_key = ?,
                analyzed_key = case when expected_key = ? then analyzed_key else null end
            where article_id = ?""")
            .params(stored.file(), a == null ? "" : a.title(), a == null ? null : a.text(),
                a == null ? null : a.published().value().map(PartialDate::toString).orElse(null),
                a == null ? DateSource.NONE.name() : a.published().source().name(),
                a == null ? "" : a.source(), a == null ? "" : a.url(), a == null ? null : a.contentHash(),
                stored.reason(), run, expectedKey, expectedKey, stored.id())
            .update();
        return stored;
    }

    private IngestedFile rejectIfDuplicate(IngestedFile file, long run) {
        // Files are ingested in a fixed order, so the first file with a text is always the one kept.
        Optional<String> original = jdbc.sql("""
                select file_path from entente_article
                where content_hash = ? and seen_run = ? and reason = '' and article_id <> ?
                order by file_path""")
            .params(file.article().contentHash(), run, file.id())
            .query(String.class).list().stream().findFirst();
        return original.map(o -> IngestedFile.rejected(file.id(), file.file(), "duplicate of " + o + ": same text, counted once"))
            .orElse(file);
    }

    /** Forgets the articles whose files were not seen in this run (removed from the input folder). */
    public int removeNotSeenIn(long run) {
        jdbc.sql("delete from entente_mention where article_id in (select article_id from entente_article where seen_run <> ?)")
            .param(run).update();
        return jdbc.sql("delete from entente_article where seen_run <> ?").param(run).update();
    }

    /** How many files this run stored, and how many of them were rejected. */
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

    public int countToAnalyze() {
        return jdbc.sql("""
            select count(*) from entente_article
            where reason = '' and (analyzed_key is null or analyzed_key <> expected_key)""")
            .query(Integer.class).single();
    }

    /** Records the analysis of an article: its final date and the key its mentions were made from. */
    public void markAnalyzed(String articleId, String expectedKey, ArticleDate published, int sentences) {
        jdbc.sql("""
            update entente_article set analyzed_key = ?, final_published = ?, final_date_source = ?, sentences = ?
            where article_id = ?""")
            .params(expectedKey, published.value().map(PartialDate::toString).orElse(null), published.source().name(),
                sentences, articleId)
            .update();
    }

    /** An article the analysis could not process is listed as rejected rather than lost. */
    public void markRejected(String articleId, String reason) {
        jdbc.sql("delete from entente_mention where article_id = ?").param(articleId).update();
        jdbc.sql("update entente_article set reason = ?, analyzed_key = null where article_id = ?")
            .params(reason, articleId).update();
    }

    /** One row per article for articles.csv, in article id order. */
    public List<ArticleSummary> summaries() {
        return jdbc.sql("""
                select a.article_id, a.file_path, a.title, a.reason,
                       coalesce(a.final_published, a.published) as published,
                       coalesce(a.final_date_source, a.date_source) as date_source,
                       coalesce(m.mentions, 0) as mentions
                from entente_article a
                left join (select article_id, count(*) as mentions from entente_mention group by article_id) m
                       on m.article_id = a.article_id
                order by a.article_id""")
            .query((rs, n) -> {
                String reason = rs.getString("reason");
                String published = rs.getString("published");
                ArticleDate date = reason.isEmpty() && published != null
                    ? ArticleDate.of(PartialDate.parse(published), DateSource.valueOf(rs.getString("date_source")))
                    : ArticleDate.UNDATED;
                FileStatus status = !reason.isEmpty() ? FileStatus.REJECTED
                    : date.isDated() ? FileStatus.OK : FileStatus.UNDATED;
                String why = status == FileStatus.UNDATED
                    ? "no date in a header, dateline, manifest or the text; add the file to manifest.csv with its date"
                    : reason;
                return new ArticleSummary(rs.getString("article_id"), rs.getString("file_path"), rs.getString("title"),
                    date, status, why, rs.getInt("mentions"));
            })
            .list();
    }
}
