-- Whether a period's kept rows are all current is told, on each scorecard read, from a summary of
-- the stamps and of the period's rows (KeptFigures): this index holds every column that summary
-- reads, so it is read without the rows themselves. The scorecard's counts read through it too.
create index ix_kept_figure_state on kept_figure (period, from_year, stamp, indicator_id);
