-- Which risks a report carries (M8): none, those linked to its indicators and actions, the
-- corporate register, one chosen register, or every register; the register when one is chosen.
alter table report_definition add column risk_scope varchar(20) default 'NONE' not null;
alter table report_definition add column risk_register_id bigint references risk_register (id);
alter table report_definition_aud add column risk_scope varchar(20);
alter table report_definition_aud add column risk_register_id bigint;
