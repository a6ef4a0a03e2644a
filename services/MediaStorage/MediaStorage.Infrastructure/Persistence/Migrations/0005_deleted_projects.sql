-- Projects projects-api deleted, remembered for Retention:DeletedProjects (7 days by default) after media heard of the
-- deletion: RabbitMQ orders nothing between queues, so generation-api can still be making a project's outputs after
-- media removed its files, and nothing may be stored for it then. Written with the files' removal, under the company's
-- usage lock (which every file creation takes too); the retention sweep forgets old rows.
CREATE TABLE deleted_projects (
    project_id uuid                     NOT NULL,
    company_id uuid                     NOT NULL,
    deleted_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_deleted_projects PRIMARY KEY (project_id)
);
CREATE INDEX ix_deleted_projects_deleted_at ON deleted_projects (deleted_at);
