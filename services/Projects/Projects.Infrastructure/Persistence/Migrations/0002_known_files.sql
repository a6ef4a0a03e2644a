-- The media files projects-api knows to be a company's: learned from ImageStored, VideoStored and VideoReady, or from
-- asking media-api once about a file id a client gave. A client's file id is checked against this record first.
CREATE TABLE known_files (
    id               uuid                     NOT NULL,
    company_id       uuid                     NOT NULL,
    content_type     character varying(100)   NOT NULL,
    status           character varying(16)    NOT NULL,
    width            integer                  NULL,
    height           integer                  NULL,
    duration_seconds double precision         NULL,
    learned_at       timestamp with time zone NOT NULL,
    updated_at       timestamp with time zone NOT NULL,
    CONSTRAINT pk_known_files PRIMARY KEY (id)
);
