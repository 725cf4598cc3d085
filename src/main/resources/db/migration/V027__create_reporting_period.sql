-- Reporting periods (SPEC §3, M9): the performance team opens a period, which puts what is due
-- on each officer's list, and closes it, which locks the values of the periods ending in it.
create sequence reporting_period_seq start with 1 increment by 50;
create table reporting_period (
    id                bigint      not null primary key,
    period            varchar(20) not null unique,
    state             varchar(20) not null,
    opened_at         timestamp   not null,
    opened_by_person_id  bigint,
    opened_by_account_id bigint,
    opened_by         varchar(200),
    closed_at         timestamp,
    closed_by_person_id  bigint,
    closed_by_account_id bigint,
    closed_by         varchar(200),
    version           bigint      not null default 0
);
create table reporting_period_aud (
    id                bigint not null,
    rev               bigint not null references audit_revision (id),
    revtype           smallint,
    period            varchar(20),
    state             varchar(20),
    opened_at         timestamp,
    opened_by_person_id  bigint,
    opened_by_account_id bigint,
    opened_by         varchar(200),
    closed_at         timestamp,
    closed_by_person_id  bigint,
    closed_by_account_id bigint,
    closed_by         varchar(200),
    primary key (id, rev)
);
