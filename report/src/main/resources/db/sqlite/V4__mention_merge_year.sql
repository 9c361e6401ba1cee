-- The merge step merges one year of mentions at a time (reports dated in different years never
-- share an event), so each mention carries the year group it is merged in; null is undated.
alter table entente_mention add column merge_year integer;
create index entente_mention_merge_year on entente_mention (merge_year);
-- Mentions stored before this column existed have no group: analyse their articles again.
update entente_article set analyzed_key = null;
