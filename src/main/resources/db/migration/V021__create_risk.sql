-- Risk management (SPEC §6, M8): registers per level, the categories and descriptors the
-- performance team keeps, risks with their three scores, controls, reviews and escalations.
-- Ids come from a sequence per table, fifty at a time (see V018).

-- The categories a risk falls in, each with its appetite: the highest current score the council
-- accepts for risks of that kind (null: no appetite set).
create sequence risk_category_seq start with 1 increment by 50;
create table risk_category (
    id         bigint       not null primary key,
    code       varchar(40)  not null unique,
    name       varchar(100) not null unique,
    appetite   integer,
    sort_order integer      not null,
    version    bigint       not null default 0
);
create table risk_category_aud (
    id         bigint not null,
    rev        bigint not null references audit_revision (id),
    revtype    smallint,
    code       varchar(40),
    name       varchar(100),
    appetite   integer,
    sort_order integer,
    primary key (id, rev)
);
insert into risk_category (id, code, name, appetite, sort_order) values
    (1, 'FINANCIAL', 'Financial', 12, 1),
    (2, 'LEGAL', 'Legal and regulatory', 8, 2),
    (3, 'REPUTATIONAL', 'Reputational', 12, 3),
    (4, 'OPERATIONAL', 'Operational', 12, 4),
    (5, 'HEALTH_SAFETY', 'Health and safety', 6, 5),
    (6, 'CYBER', 'Information and cyber', 8, 6),
    (7, 'PARTNERSHIP', 'Partnership', 12, 7),
    (8, 'ENVIRONMENTAL', 'Environmental', 12, 8),
    (9, 'PEOPLE', 'People', 12, 9);
alter sequence risk_category_seq restart with 51;

-- What each likelihood and impact level means: likelihood has no area, impact one row per area.
create sequence risk_descriptor_seq start with 1 increment by 50;
create table risk_descriptor (
    id          bigint        not null primary key,
    scale       varchar(20)   not null,
    level       integer       not null,
    area        varchar(60)   not null,
    word        varchar(40)   not null,
    description varchar(1000) not null,
    version     bigint        not null default 0,
    constraint uq_risk_descriptor unique (scale, level, area)
);
create table risk_descriptor_aud (
    id          bigint not null,
    rev         bigint not null references audit_revision (id),
    revtype     smallint,
    scale       varchar(20),
    level       integer,
    area        varchar(60),
    word        varchar(40),
    description varchar(1000),
    primary key (id, rev)
);
insert into risk_descriptor (id, scale, level, area, word, description) values
    (1, 'LIKELIHOOD', 1, '', 'Rare', 'Not expected in the next five years; would take exceptional circumstances'),
    (2, 'LIKELIHOOD', 2, '', 'Unlikely', 'Could happen in the next three years, but nothing points to it'),
    (3, 'LIKELIHOOD', 3, '', 'Possible', 'Might happen in the next year; it has happened here or at similar councils'),
    (4, 'LIKELIHOOD', 4, '', 'Likely', 'More likely than not in the next year; warning signs are present'),
    (5, 'LIKELIHOOD', 5, '', 'Almost certain', 'Expected in the next few months, or already starting to happen'),
    (6, 'IMPACT', 1, 'Financial', 'Negligible', 'Cost or loss under £50,000, absorbed within the service budget'),
    (7, 'IMPACT', 2, 'Financial', 'Minor', 'Cost or loss of £50,000 to £250,000, met within the directorate'),
    (8, 'IMPACT', 3, 'Financial', 'Moderate', 'Cost or loss of £250,000 to £1 million, needing corporate funds'),
    (9, 'IMPACT', 4, 'Financial', 'Major', 'Cost or loss of £1 million to £5 million; the budget must be revised'),
    (10, 'IMPACT', 5, 'Financial', 'Severe', 'Cost or loss over £5 million; reserves or a section 114 notice in question'),
    (11, 'IMPACT', 1, 'Service delivery', 'Negligible', 'A brief disruption residents barely notice'),
    (12, 'IMPACT', 2, 'Service delivery', 'Minor', 'A service disrupted for up to a day, or a target missed once'),
    (13, 'IMPACT', 3, 'Service delivery', 'Moderate', 'A service disrupted for up to a week, or targets missed for a quarter'),
    (14, 'IMPACT', 4, 'Service delivery', 'Major', 'A key service lost for more than a week, or a corporate priority missed'),
    (15, 'IMPACT', 5, 'Service delivery', 'Severe', 'Statutory services fail, or the council cannot meet its duties'),
    (16, 'IMPACT', 1, 'Reputation', 'Negligible', 'Internal comment only'),
    (17, 'IMPACT', 2, 'Reputation', 'Minor', 'Local complaints or a single unfavourable local story'),
    (18, 'IMPACT', 3, 'Reputation', 'Moderate', 'Sustained local media attention, or a councillor call for action'),
    (19, 'IMPACT', 4, 'Reputation', 'Major', 'National media attention, or a regulator''s public criticism'),
    (20, 'IMPACT', 5, 'Reputation', 'Severe', 'Government intervention, or lasting loss of residents'' trust'),
    (21, 'IMPACT', 1, 'Health and safety', 'Negligible', 'No injury, or first aid only'),
    (22, 'IMPACT', 2, 'Health and safety', 'Minor', 'Minor injury needing treatment, no time lost'),
    (23, 'IMPACT', 3, 'Health and safety', 'Moderate', 'Injury reportable under RIDDOR, or harm to a vulnerable person'),
    (24, 'IMPACT', 4, 'Health and safety', 'Major', 'Serious injury or lasting harm to one or more people'),
    (25, 'IMPACT', 5, 'Health and safety', 'Severe', 'A death, or serious harm to several people'),
    (26, 'IMPACT', 1, 'Legal and regulatory', 'Negligible', 'A minor breach put right at once'),
    (27, 'IMPACT', 2, 'Legal and regulatory', 'Minor', 'A breach needing a formal response or an ombudsman enquiry'),
    (28, 'IMPACT', 3, 'Legal and regulatory', 'Moderate', 'A regulator''s finding, or a claim the council must defend'),
    (29, 'IMPACT', 4, 'Legal and regulatory', 'Major', 'Enforcement action, a fine, or a successful judicial review'),
    (30, 'IMPACT', 5, 'Legal and regulatory', 'Severe', 'Prosecution of the council or its officers, or powers removed');
alter sequence risk_descriptor_seq restart with 51;

-- A register per level, owned by an org unit (directorate, service), a plan (project) or a
-- partnership body.
create sequence risk_register_seq start with 1 increment by 50;
create table risk_register (
    id          bigint        not null primary key,
    code        varchar(30)   not null unique,
    name        varchar(200)  not null,
    level       varchar(20)   not null,
    org_unit_id bigint references org_unit (id),
    plan_id     bigint references plan (id),
    body_id     bigint references body (id),
    description varchar(2000),
    version     bigint        not null default 0
);
create table risk_register_aud (
    id          bigint not null,
    rev         bigint not null references audit_revision (id),
    revtype     smallint,
    code        varchar(30),
    name        varchar(200),
    level       varchar(20),
    org_unit_id bigint,
    plan_id     bigint,
    body_id     bigint,
    description varchar(2000),
    primary key (id, rev)
);

create sequence risk_seq start with 1 increment by 50;
create table risk (
    id                  bigint        not null primary key,
    code                varchar(30)   not null unique,
    register_id         bigint        not null references risk_register (id),
    title               varchar(300)  not null,
    cause               varchar(4000),
    event               varchar(4000),
    consequence         varchar(4000),
    category_id         bigint        not null references risk_category (id),
    owner_id            bigint        not null references person (id),
    accountable_id      bigint references person (id),
    accountable_body_id bigint references body (id),
    inherent_likelihood integer       not null,
    inherent_impact     integer       not null,
    current_likelihood  integer       not null,
    current_impact      integer       not null,
    target_likelihood   integer       not null,
    target_impact       integer       not null,
    review_frequency    varchar(20)   not null,
    last_reviewed       date,
    next_review         date          not null,
    state               varchar(20)   not null,
    opened_on           date          not null,
    closed_on           date,
    closed_reason       varchar(2000),
    confidential        boolean       not null default false,
    escalated_from_id   bigint references risk_register (id),
    version             bigint        not null default 0
);
create index ix_risk_register on risk (register_id);
create index ix_risk_owner on risk (owner_id);
create table risk_aud (
    id                  bigint not null,
    rev                 bigint not null references audit_revision (id),
    revtype             smallint,
    code                varchar(30),
    register_id         bigint,
    title               varchar(300),
    cause               varchar(4000),
    event               varchar(4000),
    consequence         varchar(4000),
    category_id         bigint,
    owner_id            bigint,
    accountable_id      bigint,
    accountable_body_id bigint,
    inherent_likelihood integer,
    inherent_impact     integer,
    current_likelihood  integer,
    current_impact      integer,
    target_likelihood   integer,
    target_impact       integer,
    review_frequency    varchar(20),
    last_reviewed       date,
    next_review         date,
    state               varchar(20),
    opened_on           date,
    closed_on           date,
    closed_reason       varchar(2000),
    confidential        boolean,
    escalated_from_id   bigint,
    primary key (id, rev)
);

-- What a risk threatens and what mitigates it: framework items, indicators, actions; and the
-- people named to read a confidential risk.
create table risk_framework_item (
    risk_id           bigint not null references risk (id),
    framework_item_id bigint not null references framework_item (id),
    primary key (risk_id, framework_item_id)
);
create index ix_risk_framework_item on risk_framework_item (framework_item_id);
create table risk_framework_item_aud (
    rev               bigint not null references audit_revision (id),
    revtype           smallint,
    risk_id           bigint not null,
    framework_item_id bigint not null,
    primary key (rev, risk_id, framework_item_id)
);
create table risk_indicator (
    risk_id      bigint not null references risk (id),
    indicator_id bigint not null references indicator (id),
    primary key (risk_id, indicator_id)
);
create index ix_risk_indicator on risk_indicator (indicator_id);
create table risk_indicator_aud (
    rev          bigint not null references audit_revision (id),
    revtype      smallint,
    risk_id      bigint not null,
    indicator_id bigint not null,
    primary key (rev, risk_id, indicator_id)
);
create table risk_action (
    risk_id   bigint not null references risk (id),
    action_id bigint not null references action (id),
    primary key (risk_id, action_id)
);
create index ix_risk_action on risk_action (action_id);
create table risk_action_aud (
    rev       bigint not null references audit_revision (id),
    revtype   smallint,
    risk_id   bigint not null,
    action_id bigint not null,
    primary key (rev, risk_id, action_id)
);
create table risk_reader (
    risk_id   bigint not null references risk (id),
    person_id bigint not null references person (id),
    primary key (risk_id, person_id)
);
create table risk_reader_aud (
    rev       bigint not null references audit_revision (id),
    revtype   smallint,
    risk_id   bigint not null,
    person_id bigint not null,
    primary key (rev, risk_id, person_id)
);

-- What is in place today to hold the risk where it is.
create sequence risk_control_seq start with 1 increment by 50;
create table risk_control (
    id            bigint        not null primary key,
    risk_id       bigint        not null references risk (id),
    description   varchar(2000) not null,
    owner_id      bigint references person (id),
    effectiveness varchar(20)   not null,
    version       bigint        not null default 0
);
create index ix_risk_control_risk on risk_control (risk_id);
create table risk_control_aud (
    id            bigint not null,
    rev           bigint not null references audit_revision (id),
    revtype       smallint,
    risk_id       bigint,
    description   varchar(2000),
    owner_id      bigint,
    effectiveness varchar(20),
    primary key (id, rev)
);

-- The score history: each assessment of the current score, from the risk's opening through its
-- reviews. Movement and the score chart read it.
create sequence risk_review_seq start with 1 increment by 50;
create table risk_review (
    id                     bigint        not null primary key,
    risk_id                bigint        not null references risk (id),
    kind                   varchar(20)   not null,
    reviewed_on            date          not null,
    current_likelihood     integer       not null,
    current_impact         integer       not null,
    what_changed           varchar(4000),
    why                    varchar(4000),
    reviewed_by            varchar(200)  not null,
    reviewed_by_person_id  bigint,
    reviewed_by_account_id bigint,
    recorded_at            timestamp with time zone not null,
    version                bigint        not null default 0
);
create index ix_risk_review_risk on risk_review (risk_id, reviewed_on);
create table risk_review_aud (
    id                     bigint not null,
    rev                    bigint not null references audit_revision (id),
    revtype                smallint,
    risk_id                bigint,
    kind                   varchar(20),
    reviewed_on            date,
    current_likelihood     integer,
    current_impact         integer,
    what_changed           varchar(4000),
    why                    varchar(4000),
    reviewed_by            varchar(200),
    reviewed_by_person_id  bigint,
    reviewed_by_account_id bigint,
    recorded_at            timestamp with time zone,
    primary key (id, rev)
);

-- A risk's moves between registers, up (escalated) or down (de-escalated), with the reason.
create sequence risk_escalation_seq start with 1 increment by 50;
create table risk_escalation (
    id                  bigint        not null primary key,
    risk_id             bigint        not null references risk (id),
    from_register_id    bigint        not null references risk_register (id),
    to_register_id      bigint        not null references risk_register (id),
    direction           varchar(20)   not null,
    reason              varchar(4000) not null,
    moved_on            date          not null,
    moved_by            varchar(200)  not null,
    moved_by_person_id  bigint,
    moved_by_account_id bigint,
    version             bigint        not null default 0
);
create index ix_risk_escalation_risk on risk_escalation (risk_id);
create table risk_escalation_aud (
    id                  bigint not null,
    rev                 bigint not null references audit_revision (id),
    revtype             smallint,
    risk_id             bigint,
    from_register_id    bigint,
    to_register_id      bigint,
    direction           varchar(20),
    reason              varchar(4000),
    moved_on            date,
    moved_by            varchar(200),
    moved_by_person_id  bigint,
    moved_by_account_id bigint,
    primary key (id, rev)
);
