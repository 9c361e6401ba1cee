-- The sketch of each accepted article's story (MinHash of its lead, 256 bytes; zero bytes for a text without words),
-- made by ingest while it holds the text, so that the report step finds repeated stories without reading every
-- text again. Rows stored before this version have none until the next ingest rewrites them; the report step
-- sketches their texts meanwhile.
alter table entente_article add column story_sketch blob;
