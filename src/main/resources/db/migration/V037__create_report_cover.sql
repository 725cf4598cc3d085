-- A report's cover as an agenda item (M11): for one period's issue of a report to one body, the
-- meeting, agenda item, who the report is from, the contact officer (by id, with the name as
-- recorded), wards, key decision, open or exempt, purpose, recommendations (one a line), the reasons
-- for them and the implications. An implication left empty is printed as not recorded, never as
-- "none".
create sequence report_cover_seq start with 1 increment by 50;
create table report_cover (
    id                       bigint        not null primary key,
    report_definition_id     bigint        not null references report_definition (id),
    period                   varchar(20)   not null,
    body_id                  bigint        not null references body (id),
    meeting_date             date          not null,
    agenda_item              varchar(20),
    title                    varchar(300)  not null,
    report_of                varchar(200)  not null,
    portfolio_holder         varchar(200),
    contact_officer_id       bigint        not null,
    contact_officer_name     varchar(200)  not null,
    wards                    varchar(500)  not null,
    key_decision             boolean       not null,
    forward_plan_reference   varchar(50),
    exempt                   boolean       not null,
    exempt_paragraph         integer,
    purpose                  varchar(2000) not null,
    recommendations          varchar(4000) not null,
    reasons                  varchar(4000) not null,
    financial_implications   varchar(4000),
    legal_implications       varchar(4000),
    equalities_implications  varchar(4000),
    risk_implications        varchar(4000),
    version                  bigint        not null default 0,
    constraint uq_report_cover unique (report_definition_id, period, body_id)
);
create table report_cover_aud (
    id                       bigint not null,
    rev                      bigint not null references audit_revision (id),
    revtype                  smallint,
    report_definition_id     bigint,
    period                   varchar(20),
    body_id                  bigint,
    meeting_date             date,
    agenda_item              varchar(20),
    title                    varchar(300),
    report_of                varchar(200),
    portfolio_holder         varchar(200),
    contact_officer_id       bigint,
    contact_officer_name     varchar(200),
    wards                    varchar(500),
    key_decision             boolean,
    forward_plan_reference   varchar(50),
    exempt                   boolean,
    exempt_paragraph         integer,
    purpose                  varchar(2000),
    recommendations          varchar(4000),
    reasons                  varchar(4000),
    financial_implications   varchar(4000),
    legal_implications       varchar(4000),
    equalities_implications  varchar(4000),
    risk_implications        varchar(4000),
    primary key (id, rev)
);

-- A report published with an exempt cover is not a public paper, whatever body it went to.
alter table published_report add column exempt boolean default false not null;
alter table published_report_aud add column exempt boolean;
