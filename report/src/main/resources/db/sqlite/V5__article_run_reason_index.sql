-- The run checks count a run's files and its rejected ones: an index holding both columns answers
-- that without reading the rows, which carry the article bodies. It serves every look-up by run,
-- so the index on seen_run alone goes.
create index entente_article_run_reason on entente_article (seen_run, reason);
drop index entente_article_run;
