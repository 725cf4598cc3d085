-- Reminders and notices (M9). A notice is recorded once per person, kind and subject before any
-- mail is sent, so that a restart, a retry or a second instance never tells anyone twice. The
-- outbox holds each mail: one digest per person per day, a chase sent at once, each with its
-- state, attempts and the last error.
create sequence notice_seq start with 1 increment by 50;
create table notice (
    id           bigint        not null primary key,
    person_id    bigint        not null references person (id),
    kind         varchar(40)   not null,
    subject_key  varchar(200)  not null,
    title        varchar(300)  not null,
    detail       varchar(1000),
    due_on       date,
    link         varchar(300),
    essential    boolean       not null,
    created_at   timestamp     not null,
    mail_id      bigint,
    version      bigint        not null default 0,
    constraint uq_notice unique (person_id, kind, subject_key)
);
create index ix_notice_unsent on notice (mail_id, person_id);

create sequence outbox_mail_seq start with 1 increment by 50;
create table outbox_mail (
    id              bigint        not null primary key,
    person_id       bigint        not null references person (id),
    recipient       varchar(320)  not null,
    kind            varchar(20)   not null,
    dedupe_key      varchar(200)  not null unique,
    subject         varchar(300)  not null,
    body            text          not null,
    state           varchar(20)   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamp,
    last_error      varchar(1000),
    created_at      timestamp     not null,
    sent_at         timestamp,
    version         bigint        not null default 0
);
create index ix_outbox_mail_state on outbox_mail (state, next_attempt_at);

-- A person's choice to receive only the notices that cannot be turned off (deadline and late).
create sequence notice_setting_seq start with 1 increment by 50;
create table notice_setting (
    id                bigint  not null primary key,
    person_id         bigint  not null unique references person (id),
    essential_only    boolean not null,
    version           bigint  not null default 0
);
create table notice_setting_aud (
    id                bigint not null,
    rev               bigint not null references audit_revision (id),
    revtype           smallint,
    person_id         bigint,
    essential_only    boolean,
    primary key (id, rev)
);

-- ShedLock's table: one instance at a time runs the notice job.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
