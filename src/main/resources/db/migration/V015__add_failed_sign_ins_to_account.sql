-- Wrong passwords no longer lock an account (anyone could lock anyone out); the account keeps the
-- count since the last sign-in, with the time and address of the last, to tell its holder.
alter table user_account add column last_failed_sign_in_at timestamp with time zone;
alter table user_account add column last_failed_sign_in_from varchar(100);
alter table user_account add column reported_failed_sign_ins integer not null default 0;
alter table user_account add column reported_failed_sign_in_at timestamp with time zone;
alter table user_account add column reported_failed_sign_in_from varchar(100);
