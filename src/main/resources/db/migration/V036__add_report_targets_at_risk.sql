-- Whether a report lists the targets at risk (M10): every indicator in scope whose annual target
-- the officer's forecast or the projected outturn would miss. Reports defined before do not.
alter table report_definition add column list_targets_at_risk boolean default false not null;
alter table report_definition_aud add column list_targets_at_risk boolean;
