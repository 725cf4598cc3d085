-- Scheduled report distribution (M9): for each reporting schedule, the report pack prepared once
-- for the body's meeting, with the people told it is ready. A pack that cannot be prepared is
-- recorded with the reason, so that it is shown rather than silently skipped.
create sequence report_distribution_seq start with 1 increment by 50;
create table report_distribution (
    id                   bigint        not null primary key,
    report_schedule_id   bigint        not null,
    report_definition_id bigint        not null references report_definition (id),
    body_id              bigint        not null references body (id),
    meeting_on           date          not null,
    period               varchar(20),
    state                varchar(20)   not null,
    reason               varchar(500),
    prepared_at          timestamp     not null,
    published_report_id  bigint,
    version              bigint        not null default 0,
    constraint uq_report_distribution unique (report_schedule_id, meeting_on)
);
create index ix_report_distribution_meeting on report_distribution (meeting_on);
create table report_distribution_aud (
    id                   bigint not null,
    rev                  bigint not null references audit_revision (id),
    revtype              smallint,
    report_schedule_id   bigint,
    report_definition_id bigint,
    body_id              bigint,
    meeting_on           date,
    period               varchar(20),
    state                varchar(20),
    reason               varchar(500),
    prepared_at          timestamp,
    published_report_id  bigint,
    primary key (id, rev)
);

-- Who was told a distribution is ready, with their name and why as they stood at the time.
create sequence distribution_recipient_seq start with 1 increment by 50;
create table distribution_recipient (
    id                      bigint       not null primary key,
    report_distribution_id  bigint       not null references report_distribution (id),
    person_id               bigint       not null references person (id),
    name                    varchar(200) not null,
    reason                  varchar(100) not null,
    version                 bigint       not null default 0
);
create index ix_distribution_recipient on distribution_recipient (report_distribution_id);
create table distribution_recipient_aud (
    id                      bigint not null,
    rev                     bigint not null references audit_revision (id),
    revtype                 smallint,
    report_distribution_id  bigint,
    person_id               bigint,
    name                    varchar(200),
    reason                  varchar(100),
    primary key (id, rev)
);

-- The people a schedule's report goes to instead of the body's members and clerk.
create table report_schedule_recipient (
    report_schedule_id bigint not null references report_schedule (id),
    person_id          bigint not null references person (id),
    primary key (report_schedule_id, person_id)
);
create table report_schedule_recipient_aud (
    rev                bigint   not null references audit_revision (id),
    revtype            smallint,
    report_schedule_id bigint   not null,
    person_id          bigint   not null,
    primary key (rev, report_schedule_id, person_id)
);
