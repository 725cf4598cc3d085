-- The council's calendar (SPEC §9, M9): the events and tasks of the planning and reporting
-- cycle. The template holds the usual year, as months and days of the financial year; a new
-- year is made from it with the dates moved to that year, and the performance team edits both.
create sequence calendar_template_entry_seq start with 1 increment by 50;
create table calendar_template_entry (
    id              bigint        not null primary key,
    title           varchar(200)  not null,
    description     varchar(1000),
    kind            varchar(20)   not null,
    concerns        varchar(20)   not null,
    owner_body_type varchar(40),
    start_month     integer,
    start_day       integer,
    due_month       integer       not null,
    due_day         integer       not null,
    version         bigint        not null default 0
);
create table calendar_template_entry_aud (
    id              bigint not null,
    rev             bigint not null references audit_revision (id),
    revtype         smallint,
    title           varchar(200),
    description     varchar(1000),
    kind            varchar(20),
    concerns        varchar(20),
    owner_body_type varchar(40),
    start_month     integer,
    start_day       integer,
    due_month       integer,
    due_day         integer,
    primary key (id, rev)
);
insert into calendar_template_entry
    (id, title, description, kind, concerns, owner_body_type, start_month, start_day, due_month, due_day) values
    (1, 'Appraisals for the year agreed', 'Each employee''s objectives for the year agreed with their line manager and linked to the service plan.', 'TASK', 'APPRAISAL', null, 4, 1, 6, 30),
    (2, 'Year-end results entered', 'Outturns for the year just ended entered and verified for every indicator.', 'TASK', 'RESULTS', null, 4, 1, 5, 31),
    (3, 'Annual performance report published', 'Last year''s outturns against target and this year''s targets, published by 30 June.', 'TASK', 'REPORT', null, null, null, 6, 30),
    (4, 'Year-end performance report to Cabinet', 'Quarter 4 and the year''s outturns.', 'EVENT', 'MEETING', 'CABINET', null, null, 7, 16),
    (5, 'Quarter 1 performance report to Cabinet', null, 'EVENT', 'MEETING', 'CABINET', null, null, 9, 17),
    (6, 'Service plans drafted', 'Each service''s plan for next year drafted, with its indicators, targets and actions.', 'TASK', 'PLAN', null, 10, 1, 10, 31),
    (7, 'Mid-year appraisal reviews completed', null, 'TASK', 'APPRAISAL', null, 10, 1, 11, 30),
    (8, 'Quarter 2 performance report to Cabinet', null, 'EVENT', 'MEETING', 'CABINET', null, null, 12, 10),
    (9, 'Budget set by Full Council', 'The budget and council tax for next year agreed.', 'EVENT', 'BUDGET', 'FULL_COUNCIL', null, null, 2, 25),
    (10, 'Quarter 3 performance report to Cabinet', null, 'EVENT', 'MEETING', 'CABINET', null, null, 3, 11),
    (11, 'Service plans finalised', 'Next year''s service plans approved, with targets set against the agreed budget.', 'TASK', 'PLAN', null, 3, 1, 3, 31);
alter sequence calendar_template_entry_seq restart with 51;

insert into audit_revision (occurred_at, actor, actor_name)
values (current_timestamp, 'migration V028', 'Golden Thread set-up');
insert into calendar_template_entry_aud
    (id, rev, revtype, title, description, kind, concerns, owner_body_type, start_month, start_day, due_month, due_day)
select t.id, (select max(r.id) from audit_revision r where r.actor = 'migration V028'), 0,
       t.title, t.description, t.kind, t.concerns, t.owner_body_type, t.start_month, t.start_day, t.due_month, t.due_day
from calendar_template_entry t;
insert into audit_change (revision_id, entity_type, entity_id, action)
select a.rev, 'CalendarTemplateEntry', cast(a.id as varchar(100)), 'CREATED'
from calendar_template_entry_aud a
where a.rev = (select max(r.id) from audit_revision r where r.actor = 'migration V028');

-- One year's events and tasks. What an entry concerns may name a record (a plan, a report, a
-- body) by id; its owner is a person or a body.
create sequence calendar_entry_seq start with 1 increment by 50;
create table calendar_entry (
    id               bigint        not null primary key,
    financial_year   integer       not null,
    template_id      bigint,
    title            varchar(200)  not null,
    description      varchar(1000),
    kind             varchar(20)   not null,
    concerns         varchar(20)   not null,
    concerns_id      bigint,
    owner_person_id  bigint references person (id),
    owner_body_id    bigint references body (id),
    starts_on        date,
    due_on           date          not null,
    state            varchar(20)   not null,
    done_on          date,
    done_by_person_id  bigint,
    done_by_account_id bigint,
    done_by          varchar(200),
    version          bigint        not null default 0
);
create index ix_calendar_entry_year on calendar_entry (financial_year, due_on);
create index ix_calendar_entry_owner on calendar_entry (owner_person_id, due_on);
create table calendar_entry_aud (
    id               bigint not null,
    rev              bigint not null references audit_revision (id),
    revtype          smallint,
    financial_year   integer,
    template_id      bigint,
    title            varchar(200),
    description      varchar(1000),
    kind             varchar(20),
    concerns         varchar(20),
    concerns_id      bigint,
    owner_person_id  bigint,
    owner_body_id    bigint,
    starts_on        date,
    due_on           date,
    state            varchar(20),
    done_on          date,
    done_by_person_id  bigint,
    done_by_account_id bigint,
    done_by          varchar(200),
    primary key (id, rev)
);

-- A private address for a person's or a body's calendar feed; a new token replaces the old.
create sequence calendar_feed_seq start with 1 increment by 50;
create table calendar_feed (
    id          bigint       not null primary key,
    token       varchar(64)  not null unique,
    person_id   bigint references person (id),
    body_id     bigint references body (id),
    created_at  timestamp    not null,
    version     bigint       not null default 0
);
