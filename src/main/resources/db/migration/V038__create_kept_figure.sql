-- Figures kept, not recomputed (M12): what each indicator shows on a scorecard of a period, kept
-- while the indicator's stamp is unchanged. Every write that can change what an indicator shows
-- bumps its stamp (and those of the calculated indicators reading it) in the same transaction, so a
-- kept row computed from older figures is never read again. No foreign keys: an indicator may be
-- removed with its rows left behind, which no stamp will match.
create table figure_stamp (
    indicator_id  bigint not null primary key,
    stamp         bigint not null
);

insert into figure_stamp (indicator_id, stamp) select id, 0 from indicator;

create table kept_figure (
    indicator_id           bigint          not null,
    -- The scorecard period asked for ('2025/26 Q4'); the figures are those of the indicator's
    -- reporting period for it (shown_period: the year, for an annual indicator).
    period                 varchar(20)     not null,
    stamp                  bigint          not null,
    -- The first year the XmR chart may start at (the earliest value's year when kept).
    from_year              varchar(20)     not null,
    shown_period           varchar(20)     not null,
    actual                 numeric(38, 12),
    target                 numeric(38, 12),
    actual_shown           varchar(60)     not null,
    target_shown           varchar(60)     not null,
    status                 varchar(20)     not null,
    trend_previous         varchar(20),
    trend_last_year        varchar(20),
    projected_outturn      numeric(38, 12),
    outturn_basis          varchar(30),
    forecast               numeric(38, 12),
    annual_target          numeric(38, 12),
    projection_shown       varchar(60)     not null,
    forecast_shown         varchar(60)     not null,
    annual_target_shown    varchar(60)     not null,
    outturn_risk           varchar(20)     not null,
    forecast_basis         varchar(4000),
    variation              varchar(30)     not null,
    variation_words        varchar(4000)   not null,
    variation_explanation  varchar(4000),
    assurance              varchar(30),
    assurance_words        varchar(4000),
    assurance_explanation  varchar(4000),
    primary key (indicator_id, period, stamp)
);

create index ix_kept_figure_period on kept_figure (period, status);

-- The earliest value's period decides where every XmR chart may start: read on each scorecard.
create index ix_indicator_value_period on indicator_value (period);
