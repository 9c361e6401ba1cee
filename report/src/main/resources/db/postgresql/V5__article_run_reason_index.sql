-- The run checks count a run's rejected files: a partial index on the rejected rows answers that
-- without reading the rows, which carry the article bodies. (PostgreSQL cannot put the whole reason
-- in a b-tree key safely: a long reason would exceed the key size limit.)
create index entente_article_rejected_run on entente_article (seen_run) where reason <> '';
