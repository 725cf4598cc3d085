-- Whether a period's kept rows are all current is told, on each scorecard read, from the stamps and
-- this count of the writes to kept rows (KeptFigures): every writer of kept rows adds one to it in
-- the transaction that writes them, so an unchanged count means unchanged rows.
create table kept_version (
    id       integer  not null primary key,
    version  bigint   not null
);

insert into kept_version (id, version) values (1, 0);

-- The scorecard's counts and pages read the period's rows of one chart start through this index.
create index ix_kept_figure_state on kept_figure (period, from_year, stamp, indicator_id);

-- Kept rows worked out by an earlier release are worked out again on the next read: a release that
-- changes how a kept figure or its words are worked out deletes them likewise.
delete from kept_figure;
