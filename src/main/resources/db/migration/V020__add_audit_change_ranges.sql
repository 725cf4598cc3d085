-- A bulk write (the values import) audits each run of records it created as one change that names
-- the run of ids, rather than one change a record; each record's own copy is still in its _aud table.
alter table audit_change add column first_id bigint;
alter table audit_change add column last_id bigint;
create index ix_audit_change_range on audit_change (entity_type, first_id, last_id);
