-- The file registry (one row a file, its object key built by the service) and the uploads that fill it; bytes reserved
-- by uploads under way count against the quota.
ALTER TABLE company_usage ADD COLUMN reserved_bytes bigint NOT NULL DEFAULT 0;
ALTER TABLE company_usage ALTER COLUMN reserved_bytes DROP DEFAULT;

CREATE TABLE files (
    id               uuid                     NOT NULL,
    company_id       uuid                     NOT NULL,
    user_id          uuid                     NULL,
    project_id       uuid                     NULL,
    scene_id         uuid                     NULL,
    asset_id         uuid                     NULL,
    request_id       uuid                     NULL,
    purpose          character varying(32)    NOT NULL,
    file_name        character varying(255)   NOT NULL,
    content_type     character varying(64)    NOT NULL,
    size             bigint                   NOT NULL,
    storage_key      character varying(512)   NOT NULL,
    status           character varying(16)    NOT NULL,
    width            integer                  NULL,
    height           integer                  NULL,
    duration_seconds double precision         NULL,
    e_tag            character varying(100)   NULL,
    created_at       timestamp with time zone NOT NULL,
    updated_at       timestamp with time zone NOT NULL,
    CONSTRAINT pk_files PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ix_files_storage_key ON files (storage_key);
CREATE INDEX ix_files_company_id_id ON files (company_id, id);
CREATE INDEX ix_files_company_id_project_id ON files (company_id, project_id);

CREATE TABLE uploads (
    id                  uuid                     NOT NULL,
    file_id             uuid                     NOT NULL,
    company_id          uuid                     NOT NULL,
    method              character varying(16)    NOT NULL,
    multipart_upload_id character varying(1024)  NULL,
    part_size           bigint                   NULL,
    part_count          integer                  NOT NULL,
    created_at          timestamp with time zone NOT NULL,
    expires_at          timestamp with time zone NOT NULL,
    completed_at        timestamp with time zone NULL,
    aborted_at          timestamp with time zone NULL,
    CONSTRAINT pk_uploads PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ix_uploads_file_id ON uploads (file_id);
CREATE INDEX ix_uploads_expires_at ON uploads (expires_at) WHERE completed_at IS NULL AND aborted_at IS NULL;
