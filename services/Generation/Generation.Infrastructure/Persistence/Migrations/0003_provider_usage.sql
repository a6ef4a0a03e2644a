-- What generation knows of a company: the provider its work goes to when a request names none (set by its admins) and
-- its plan (from identity's CompanyPlanAssigned), which bounds the provider work it may buy a month.
CREATE TABLE company_generation_settings (
    company_id       uuid                     NOT NULL,
    default_provider varchar(64)              NULL,
    plan             varchar(64)              NULL,
    updated_at       timestamp with time zone NOT NULL,
    CONSTRAINT pk_company_generation_settings PRIMARY KEY (company_id)
);

-- Every provider call that did billable work: company, job, provider, model, units and their cost by the provider's
-- configured prices; read per company and month by GET /api/usage/generation and the monthly limit.
CREATE TABLE provider_calls (
    id          uuid                     NOT NULL,
    company_id  uuid                     NOT NULL,
    job_id      uuid                     NULL,
    kind        varchar(128)             NOT NULL,
    provider    varchar(128)             NOT NULL,
    model       varchar(128)             NOT NULL,
    units       numeric(18, 4)           NOT NULL,
    unit        varchar(128)             NOT NULL,
    cost        numeric(18, 6)           NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_provider_calls PRIMARY KEY (id)
);
CREATE INDEX ix_provider_calls_company_id_recorded_at ON provider_calls (company_id, recorded_at);
