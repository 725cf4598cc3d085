-- Values waiting to be verified are read by state on every manager's home page and verification
-- queue: without this, a large council's whole history is read to find them.
create index ix_indicator_value_state on indicator_value (state);
