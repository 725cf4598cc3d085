-- People are recorded by id, with the name shown at the time kept beside it (the existing *_by
-- columns). Two people may share a name and a person may be renamed, so rules such as "you cannot
-- verify your own figure" compare ids. The person id is recorded where the account belongs to a
-- person; the account id is recorded too, and is all there is for an account not yet linked to one.
-- Rows from before have neither: only their name to go on. No foreign keys: these record who acted
-- then, and stay as they were if a person or an account is later removed.

alter table indicator_value add column entered_by_person_id bigint;
alter table indicator_value add column entered_by_account_id bigint;
alter table indicator_value add column submitted_by_person_id bigint;
alter table indicator_value add column submitted_by_account_id bigint;
alter table indicator_value add column verified_by_person_id bigint;
alter table indicator_value add column verified_by_account_id bigint;
alter table indicator_value_aud add column entered_by_person_id bigint;
alter table indicator_value_aud add column entered_by_account_id bigint;
alter table indicator_value_aud add column submitted_by_person_id bigint;
alter table indicator_value_aud add column submitted_by_account_id bigint;
alter table indicator_value_aud add column verified_by_person_id bigint;
alter table indicator_value_aud add column verified_by_account_id bigint;

alter table indicator_target add column set_by_person_id bigint;
alter table indicator_target add column set_by_account_id bigint;
alter table indicator_target add column approved_by_person_id bigint;
alter table indicator_target add column approved_by_account_id bigint;
alter table indicator_target_aud add column set_by_person_id bigint;
alter table indicator_target_aud add column set_by_account_id bigint;
alter table indicator_target_aud add column approved_by_person_id bigint;
alter table indicator_target_aud add column approved_by_account_id bigint;

alter table progress_update add column updated_by_person_id bigint;
alter table progress_update add column updated_by_account_id bigint;
alter table progress_update_aud add column updated_by_person_id bigint;
alter table progress_update_aud add column updated_by_account_id bigint;

alter table plan_approval add column recorded_by_person_id bigint;
alter table plan_approval add column recorded_by_account_id bigint;
alter table plan_approval_aud add column recorded_by_person_id bigint;
alter table plan_approval_aud add column recorded_by_account_id bigint;

alter table report_definition add column created_by_person_id bigint;
alter table report_definition add column created_by_account_id bigint;
alter table report_definition_aud add column created_by_person_id bigint;
alter table report_definition_aud add column created_by_account_id bigint;

alter table published_report add column published_by_person_id bigint;
alter table published_report add column published_by_account_id bigint;
alter table published_report_aud add column published_by_person_id bigint;
alter table published_report_aud add column published_by_account_id bigint;

-- Each audit revision names the account that made it by id too, beside its username and the name
-- shown at the time. Start-up work done by the system, and revisions from before, have none.
alter table audit_revision add column actor_account_id bigint;
create index ix_audit_revision_actor_account_id on audit_revision (actor_account_id);
