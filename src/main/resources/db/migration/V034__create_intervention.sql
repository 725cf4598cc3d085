-- Early warning and intervention (SPEC §4, §8; M10).

-- The officer's year-end forecast given with a value, and its basis.
alter table indicator_value add column forecast numeric(19, 6);
alter table indicator_value add column forecast_basis varchar(1000);
alter table indicator_value_aud add column forecast numeric(19, 6);
alter table indicator_value_aud add column forecast_basis varchar(1000);

-- The intervention ladder the performance team keeps: one rule per level. A rule fires on a run of
-- Red periods, a run of Amber-or-worse periods, or (where the team adds it) a concerning XmR signal.
create sequence intervention_rule_seq start with 1 increment by 50;
create table intervention_rule (
    id                bigint       not null primary key,
    level             integer      not null unique,
    name              varchar(100) not null,
    red_periods       integer      not null,
    amber_periods     integer      not null,
    on_signal         boolean      not null default false,
    actors            varchar(200) not null,
    due_kind          varchar(20)  not null,
    due_working_days  integer      not null default 0,
    version           bigint       not null default 0
);
create table intervention_rule_aud (
    id                bigint   not null,
    rev               bigint   not null references audit_revision (id),
    revtype           smallint,
    level             integer,
    name              varchar(100),
    red_periods       integer,
    amber_periods     integer,
    on_signal         boolean,
    actors            varchar(200),
    due_kind          varchar(20),
    due_working_days  integer,
    primary key (id, rev)
);
insert into intervention_rule (id, level, name, red_periods, amber_periods, on_signal, actors, due_kind, due_working_days)
values (1, 1, 'Watch', 0, 1, false, 'ACCOUNTABLE_PERSON', 'NONE', 0),
       (2, 2, 'Remedial plan', 1, 2, false, 'RESPONSIBLE_OFFICER,ACCOUNTABLE_PERSON', 'WORKING_DAYS', 10),
       (3, 3, 'Director review', 2, 0, false, 'DIRECTOR', 'WORKING_DAYS', 10),
       (4, 4, 'Performance clinic', 3, 0, false, 'OFFICER_BOARD', 'NEXT_CLINIC', 0),
       (5, 5, 'Member referral', 4, 0, false, 'PORTFOLIO_HOLDER,SCRUTINY_COMMITTEE', 'NONE', 0);
alter sequence intervention_rule_seq restart with 51;
insert into audit_revision (occurred_at, actor, actor_name)
values (current_timestamp, 'migration V034', 'Golden Thread set-up');
insert into intervention_rule_aud
    (id, rev, revtype, level, name, red_periods, amber_periods, on_signal, actors, due_kind, due_working_days)
select i.id, (select max(r.id) from audit_revision r where r.actor = 'migration V034'), 0,
       i.level, i.name, i.red_periods, i.amber_periods, i.on_signal, i.actors, i.due_kind, i.due_working_days
from intervention_rule i;
insert into audit_change (revision_id, entity_type, entity_id, action)
select a.rev, 'InterventionRule', cast(a.id as varchar(100)), 'CREATED'
from intervention_rule_aud a
where a.rev = (select max(r.id) from audit_revision r where r.actor = 'migration V034');

-- An intervention on an indicator (or an action), as the ladder made it from the periods. One that
-- a correction undid is kept, withdrawn, with its record.
create sequence intervention_seq start with 1 increment by 50;
create table intervention (
    id                bigint      not null primary key,
    indicator_id      bigint      references indicator (id),
    action_id         bigint      references action (id),
    level             integer     not null,
    state             varchar(10) not null,
    opened_period     varchar(20) not null,
    closed_period     varchar(20),
    opened_at         timestamp   not null,
    closed_at         timestamp,
    withdrawn_at      timestamp,
    version           bigint      not null default 0
);
create index ix_intervention_indicator on intervention (indicator_id);
create index ix_intervention_action on intervention (action_id);
create index ix_intervention_state on intervention (state, level);
create table intervention_aud (
    id                bigint   not null,
    rev               bigint   not null references audit_revision (id),
    revtype           smallint,
    indicator_id      bigint,
    action_id         bigint,
    level             integer,
    state             varchar(10),
    opened_period     varchar(20),
    closed_period     varchar(20),
    opened_at         timestamp,
    closed_at         timestamp,
    withdrawn_at      timestamp,
    primary key (id, rev)
);

-- Each step of an intervention: the period that caused it, the change, the level after it, why,
-- when it was recorded, who must act and by when.
create sequence intervention_step_seq start with 1 increment by 50;
create table intervention_step (
    id                bigint        not null primary key,
    intervention_id   bigint        not null references intervention (id),
    period            varchar(20)   not null,
    change            varchar(10)   not null,
    level             integer       not null,
    reason            varchar(2000) not null,
    recorded_at       timestamp     not null,
    actors            varchar(200),
    due_on            date,
    version           bigint        not null default 0,
    constraint uq_intervention_step unique (intervention_id, period)
);
create table intervention_step_aud (
    id                bigint   not null,
    rev               bigint   not null references audit_revision (id),
    revtype           smallint,
    intervention_id   bigint,
    period            varchar(20),
    change            varchar(10),
    level             integer,
    reason            varchar(2000),
    recorded_at       timestamp,
    actors            varchar(200),
    due_on            date,
    primary key (id, rev)
);

-- What a re-evaluation changed in an intervention's record (a corrected value, a changed target or
-- ladder), in words.
create sequence intervention_note_seq start with 1 increment by 50;
create table intervention_note (
    id                bigint        not null primary key,
    intervention_id   bigint        not null references intervention (id),
    recorded_at       timestamp     not null,
    text              varchar(4000) not null,
    version           bigint        not null default 0
);
create index ix_intervention_note on intervention_note (intervention_id);
create table intervention_note_aud (
    id                bigint   not null,
    rev               bigint   not null references audit_revision (id),
    revtype           smallint,
    intervention_id   bigint,
    recorded_at       timestamp,
    text              varchar(4000),
    primary key (id, rev)
);

-- A remedial plan the responsible officer proposes and the accountable person agrees or rejects
-- with a reason; a rejected plan is revised by a new one that names it.
create sequence remedial_plan_seq start with 1 increment by 50;
create table remedial_plan (
    id                  bigint        not null primary key,
    intervention_id     bigint        not null references intervention (id),
    revises_id          bigint        references remedial_plan (id),
    measures            varchar(4000) not null,
    by_when             date          not null,
    expected_effect     varchar(4000) not null,
    state               varchar(20)   not null,
    proposed_by_person_id bigint      not null references person (id),
    proposed_at         timestamp     not null,
    decided_by_person_id bigint       references person (id),
    decided_at          timestamp,
    rejection_reason    varchar(4000),
    version             bigint        not null default 0
);
create index ix_remedial_plan_intervention on remedial_plan (intervention_id);
create table remedial_plan_aud (
    id                  bigint   not null,
    rev                 bigint   not null references audit_revision (id),
    revtype             smallint,
    intervention_id     bigint,
    revises_id          bigint,
    measures            varchar(4000),
    by_when             date,
    expected_effect     varchar(4000),
    state               varchar(20),
    proposed_by_person_id bigint,
    proposed_at         timestamp,
    decided_by_person_id bigint,
    decided_at          timestamp,
    rejection_reason    varchar(4000),
    primary key (id, rev)
);
-- The actions (M4) a plan created.
create table remedial_plan_action (
    remedial_plan_id    bigint not null references remedial_plan (id),
    action_id           bigint not null references action (id),
    primary key (remedial_plan_id, action_id)
);
create table remedial_plan_action_aud (
    rev                 bigint not null references audit_revision (id),
    revtype             smallint,
    remedial_plan_id    bigint not null,
    action_id           bigint not null,
    primary key (rev, remedial_plan_id, action_id)
);

-- A director's review of an intervention and its outcome.
create sequence director_review_seq start with 1 increment by 50;
create table director_review (
    id                  bigint        not null primary key,
    intervention_id     bigint        not null references intervention (id),
    reviewed_by_person_id bigint      not null references person (id),
    reviewed_on         date          not null,
    decision            varchar(30)   not null,
    outcome             varchar(4000) not null,
    recorded_at         timestamp     not null,
    version             bigint        not null default 0
);
create index ix_director_review_intervention on director_review (intervention_id);
create table director_review_aud (
    id                  bigint   not null,
    rev                 bigint   not null references audit_revision (id),
    revtype             smallint,
    intervention_id     bigint,
    reviewed_by_person_id bigint,
    reviewed_on         date,
    decision            varchar(30),
    outcome             varchar(4000),
    recorded_at         timestamp,
    primary key (id, rev)
);

-- Each evaluated period of an indicator (or action) and the outcome the ladder read: kept so that a
-- value being corrected (back to entered or submitted) keeps the outcome it was evaluated with
-- until the correction is verified. Worked out from audited records, so not audited itself.
create sequence evaluated_period_seq start with 1 increment by 50;
create table evaluated_period (
    id                bigint      not null primary key,
    indicator_id      bigint      references indicator (id),
    action_id         bigint      references action (id),
    period            varchar(20) not null,
    outcome           varchar(20) not null,
    evaluated_at      timestamp   not null,
    version           bigint      not null default 0
);
create index ix_evaluated_period_indicator on evaluated_period (indicator_id, period);
create index ix_evaluated_period_action on evaluated_period (action_id, period);
