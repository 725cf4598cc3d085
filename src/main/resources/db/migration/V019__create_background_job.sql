-- Long work (large imports, report PDFs) queued in the database, so that it survives a restart, any
-- instance can run it and any instance can show its progress. The job's input (an uploaded file)
-- and its result (a PDF) are files on disk, named by the job's id; the row holds what they are.
create table background_job (
    id                   varchar(36)   not null primary key,
    kind                 varchar(40)   not null,
    state                varchar(20)   not null,
    started_by_account_id bigint       not null,
    started_by_person_id bigint,
    started_by_username  varchar(100)  not null,
    started_by           varchar(200)  not null,
    subject_id           bigint,
    subject              varchar(400)  not null,
    input_size           bigint,
    progress_total       integer       not null default 0,
    progress_checked     integer       not null default 0,
    progress_done        integer       not null default 0,
    progress_message     varchar(400),
    outcome              text,
    failure              varchar(1000),
    result_name          varchar(400),
    result_type          varchar(100),
    result_size          bigint,
    created_at           timestamp with time zone not null,
    started_at           timestamp with time zone,
    finished_at          timestamp with time zone,
    instance             varchar(200),
    heartbeat_at         timestamp with time zone
);
create index ix_background_job_state on background_job (state, created_at);
