-- articles.csv's new last columns: the byline and ingest's note on what it could not use (a date cell that
-- was no date), kept from the ingest; and which earlier article of the month tells the same story, set by the
-- report step. Defaults fill the rows of stores made before this version, which the next run rewrites.
alter table entente_article add column author varchar(1000) default '' not null;
alter table entente_article add column note varchar(4000) default '' not null;
alter table entente_article add column repeats varchar(1000) default '' not null;
