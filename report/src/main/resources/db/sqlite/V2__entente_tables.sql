-- The project's own tables: one row per input file, per event report and per event.
-- A row is keyed by what it describes (article id, article + position, event id), so a re-run
-- replaces rows instead of adding them.

create table entente_article (
    article_id         varchar(1000) not null primary key,
    file_path          varchar(2000) not null,
    title              varchar(4000) not null,
    body               character large object,
    published          varchar(10),
    date_source        varchar(10)   not null,
    source             varchar(1000) not null,
    url                varchar(4000) not null,
    content_hash       varchar(64),
    reason             varchar(4000) not null,
    seen_run           bigint        not null,
    expected_key       varchar(64),
    analyzed_key       varchar(64),
    final_published    varchar(10),
    final_date_source  varchar(10),
    sentences          integer
);
create index entente_article_hash on entente_article (content_hash);
create index entente_article_run on entente_article (seen_run);

create table entente_mention (
    article_id      varchar(1000) not null,
    seq             integer       not null,
    sentence        integer       not null,
    type            varchar(20)   not null,
    status          varchar(20)   not null,
    event_date      varchar(10),
    participants_a  varchar(4000) not null,
    participants_b  varchar(4000) not null,
    direction       varchar(10),
    occasion        varchar(1100),
    location        varchar(500)  not null,
    text            character large object not null,
    event_id        varchar(20),
    primary key (article_id, seq)
);

create table entente_event (
    event_id        varchar(20)   not null primary key,
    type            varchar(20)   not null,
    status          varchar(20)   not null,
    event_date      varchar(10),
    country_a       varchar(3)    not null,
    country_b       varchar(3)    not null,
    participants_a  varchar(4000) not null,
    participants_b  varchar(4000) not null,
    direction       varchar(10),
    location        varchar(500)  not null,
    mention_count   integer       not null,
    articles        character large object not null,
    evidence        character large object not null
);
