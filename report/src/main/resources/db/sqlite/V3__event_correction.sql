-- What an analyst's correction (corrections.csv) did to an event; empty when none.
alter table entente_event add column correction varchar(4000) default '' not null;
