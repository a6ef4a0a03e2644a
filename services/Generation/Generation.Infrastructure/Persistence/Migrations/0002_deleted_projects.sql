-- Projects projects-api deleted, remembered for Retention:DeletedProjects (7 days by default) after this service heard
-- of the deletion: RabbitMQ orders nothing between queues, so a request for a project can arrive after its deletion,
-- and no job may start for it then. Written in the deletion's transaction; the retention sweep forgets old rows.
CREATE TABLE deleted_projects (
    project_id uuid                     NOT NULL,
    company_id uuid                     NOT NULL,
    deleted_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_deleted_projects PRIMARY KEY (project_id)
);
CREATE INDEX ix_deleted_projects_deleted_at ON deleted_projects (deleted_at);
