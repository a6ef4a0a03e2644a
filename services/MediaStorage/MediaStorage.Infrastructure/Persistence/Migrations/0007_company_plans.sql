-- The plan identity put each company on (CompanyPlanAssigned): its storage allowance is shared by its pool, the
-- companies one user founded, so founding more companies adds no storage (issue 14). Companies without a row keep the
-- configured quota (Media:Quotas).
CREATE TABLE company_plans (
    company_id uuid NOT NULL,
    plan text NOT NULL,
    storage_pool_id uuid NOT NULL,
    storage_quota_bytes bigint NOT NULL,
    assigned_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_company_plans PRIMARY KEY (company_id)
);
CREATE INDEX ix_company_plans_storage_pool_id ON company_plans (storage_pool_id);
