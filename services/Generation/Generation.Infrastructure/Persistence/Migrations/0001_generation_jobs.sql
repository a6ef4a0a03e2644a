-- Generation jobs: one per request (its id unique, so a redelivered request never makes a second job), claimed by
-- workers under a lease (FOR UPDATE SKIP LOCKED over the queued and the expired-running ones, fairly between
-- companies), retried after a backoff, cancelled, and for the video API listed per company.
CREATE TABLE generation_jobs (
    id               uuid                     NOT NULL,
    request_id       uuid                     NOT NULL,
    company_id       uuid                     NOT NULL,
    user_id          uuid                     NULL,
    project_id       uuid                     NULL,
    scene_id         uuid                     NULL,
    kind             character varying(32)    NOT NULL,
    provider         character varying(64)    NOT NULL,
    model            character varying(64)    NULL,
    payload          jsonb                    NOT NULL,
    output           jsonb                    NULL,
    source_job_id    uuid                     NULL,
    status           character varying(16)    NOT NULL,
    stage            character varying(32)    NULL,
    progress         integer                  NOT NULL,
    attempts         integer                  NOT NULL,
    max_attempts     integer                  NOT NULL,
    due_at           timestamp with time zone NOT NULL,
    lease_owner      character varying(200)   NULL,
    lease_expires_at timestamp with time zone NULL,
    claimed_at       timestamp with time zone NULL,
    error_code       character varying(64)    NULL,
    error_message    character varying(2000)  NULL,
    error_retryable  boolean                  NULL,
    cancel_reason    character varying(200)   NULL,
    created_at       timestamp with time zone NOT NULL,
    updated_at       timestamp with time zone NOT NULL,
    started_at       timestamp with time zone NULL,
    completed_at     timestamp with time zone NULL,
    deleted_at       timestamp with time zone NULL,
    CONSTRAINT pk_generation_jobs PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ix_generation_jobs_request_id ON generation_jobs (request_id);
CREATE INDEX ix_generation_jobs_queued ON generation_jobs (provider, due_at) WHERE status = 'queued';
CREATE INDEX ix_generation_jobs_running ON generation_jobs (provider, lease_expires_at) WHERE status = 'running';
CREATE INDEX ix_generation_jobs_company_running ON generation_jobs (company_id, lease_expires_at) WHERE status = 'running';
CREATE INDEX ix_generation_jobs_company_id_claimed_at ON generation_jobs (company_id, claimed_at);
CREATE INDEX ix_generation_jobs_project_active ON generation_jobs (company_id, project_id) WHERE status IN ('queued', 'running');
CREATE INDEX ix_generation_jobs_videos ON generation_jobs (company_id, id) WHERE kind IN ('text_to_video', 'remix') AND deleted_at IS NULL;
