-- A partner organisation that provides an indicator's figures: its partner users enter and submit
-- the values, and the council's officers verify them (M6).
alter table indicator add column data_provider_id bigint references organisation (id);
alter table indicator_aud add column data_provider_id bigint;
