-- Performance clinics (M10): a meeting of a body that challenges the interventions due at it and
-- items chosen by hand, records each item's challenge and outcomes, and recognises good performance.

create sequence clinic_seq start with 1 increment by 50;
create table clinic (
    id                bigint        not null primary key,
    body_id           bigint        not null references body (id),
    org_unit_id       bigint        references org_unit (id),
    held_on           date          not null,
    title             varchar(200)  not null,
    state             varchar(10)   not null,
    held_at           timestamp,
    version           bigint        not null default 0
);
create index ix_clinic_held_on on clinic (held_on);
create table clinic_aud (
    id                bigint   not null,
    rev               bigint   not null references audit_revision (id),
    revtype           smallint,
    body_id           bigint,
    org_unit_id       bigint,
    held_on           date,
    title             varchar(200),
    state             varchar(10),
    held_at           timestamp,
    primary key (id, rev)
);

-- Who attends, by person id.
create table clinic_attendee (
    clinic_id         bigint not null references clinic (id),
    person_id         bigint not null references person (id),
    primary key (clinic_id, person_id)
);
create table clinic_attendee_aud (
    rev               bigint not null references audit_revision (id),
    revtype           smallint,
    clinic_id         bigint not null,
    person_id         bigint not null,
    primary key (rev, clinic_id, person_id)
);

-- An item of the agenda: an indicator, an action or a risk, the intervention that brought it (if
-- any) at the level it stood at, the challenge raised and the outcomes, separated by commas.
create sequence clinic_item_seq start with 1 increment by 50;
create table clinic_item (
    id                  bigint        not null primary key,
    clinic_id           bigint        not null references clinic (id),
    sort_order          integer       not null,
    indicator_id        bigint        references indicator (id),
    action_id           bigint        references action (id),
    risk_id             bigint        references risk (id),
    intervention_id     bigint        references intervention (id),
    intervention_level  integer,
    challenge           varchar(4000),
    outcomes            varchar(300),
    note                varchar(4000),
    version             bigint        not null default 0
);
create index ix_clinic_item_clinic on clinic_item (clinic_id);
create index ix_clinic_item_intervention on clinic_item (intervention_id);
create table clinic_item_aud (
    id                  bigint   not null,
    rev                 bigint   not null references audit_revision (id),
    revtype             smallint,
    clinic_id           bigint,
    sort_order          integer,
    indicator_id        bigint,
    action_id           bigint,
    risk_id             bigint,
    intervention_id     bigint,
    intervention_level  integer,
    challenge           varchar(4000),
    outcomes            varchar(300),
    note                varchar(4000),
    primary key (id, rev)
);

-- Good performance the clinic recognised: an indicator or an action, why, and the clinic's note.
create sequence clinic_recognition_seq start with 1 increment by 50;
create table clinic_recognition (
    id                  bigint        not null primary key,
    clinic_id           bigint        not null references clinic (id),
    indicator_id        bigint        references indicator (id),
    action_id           bigint        references action (id),
    reason              varchar(500)  not null,
    note                varchar(4000),
    version             bigint        not null default 0
);
create index ix_clinic_recognition_clinic on clinic_recognition (clinic_id);
create table clinic_recognition_aud (
    id                  bigint   not null,
    rev                 bigint   not null references audit_revision (id),
    revtype             smallint,
    clinic_id           bigint,
    indicator_id        bigint,
    action_id           bigint,
    reason              varchar(500),
    note                varchar(4000),
    primary key (id, rev)
);

-- An indicator collected more often from a period on, as a clinic decided: from which frequency to
-- which, from which period, at which clinic's item, who decided and when.
create sequence frequency_change_seq start with 1 increment by 50;
create table frequency_change (
    id                  bigint        not null primary key,
    indicator_id        bigint        not null references indicator (id),
    clinic_item_id      bigint        references clinic_item (id),
    from_frequency      varchar(20)   not null,
    to_frequency        varchar(20)   not null,
    from_period         varchar(20)   not null,
    changed_by_person_id bigint       references person (id),
    changed_by_name     varchar(200)  not null,
    changed_at          timestamp     not null,
    version             bigint        not null default 0
);
create index ix_frequency_change_indicator on frequency_change (indicator_id);
create table frequency_change_aud (
    id                  bigint   not null,
    rev                 bigint   not null references audit_revision (id),
    revtype             smallint,
    indicator_id        bigint,
    clinic_item_id      bigint,
    from_frequency      varchar(20),
    to_frequency        varchar(20),
    from_period         varchar(20),
    changed_by_person_id bigint,
    changed_by_name     varchar(200),
    changed_at          timestamp,
    primary key (id, rev)
);
