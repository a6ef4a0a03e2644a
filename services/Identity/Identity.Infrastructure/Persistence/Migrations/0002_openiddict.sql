-- identity-api's token server moves onto OpenIddict (docs/decisions/0017-identity-openiddict.md): its applications
-- (the clients of Identity:Clients), authorizations (sessions), scopes and tokens (refresh tokens and authorization codes,
-- stored under a SHA-256 of their value) replace the hand-written sessions and refresh tokens. Sessions open when this
-- runs end: their holders sign in again. Sign-in throttling now counts per email and client, for every email alike.

DROP TABLE refresh_tokens;
DROP TABLE sessions;

DROP TABLE sign_in_throttles;
CREATE TABLE sign_in_throttles (
    normalized_email character varying(256) NOT NULL,
    client character varying(64) NOT NULL,
    attempts integer NOT NULL,
    locked_until timestamp with time zone,
    last_failure_at timestamp with time zone,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_sign_in_throttles PRIMARY KEY (normalized_email, client)
);

CREATE INDEX ix_sign_in_throttles_updated_at ON sign_in_throttles (updated_at);

CREATE TABLE openiddict_applications (
    id uuid NOT NULL,
    application_type character varying(50),
    client_id character varying(100),
    client_secret text,
    client_type character varying(50),
    concurrency_token character varying(50),
    consent_type character varying(50),
    display_name text,
    display_names text,
    json_web_key_set text,
    permissions text,
    post_logout_redirect_uris text,
    properties text,
    redirect_uris text,
    requirements text,
    settings text,
    CONSTRAINT pk_openiddict_applications PRIMARY KEY (id)
);

CREATE TABLE openiddict_scopes (
    id uuid NOT NULL,
    concurrency_token character varying(50),
    description text,
    descriptions text,
    display_name text,
    display_names text,
    name character varying(200),
    properties text,
    resources text,
    CONSTRAINT pk_openiddict_scopes PRIMARY KEY (id)
);

CREATE TABLE openiddict_authorizations (
    id uuid NOT NULL,
    application_id uuid,
    concurrency_token character varying(50),
    creation_date timestamp with time zone,
    properties text,
    scopes text,
    status character varying(50),
    subject character varying(400),
    type character varying(50),
    CONSTRAINT pk_openiddict_authorizations PRIMARY KEY (id),
    CONSTRAINT "fk_openiddict_authorizations_openiddict_applications_applicati~" FOREIGN KEY (application_id) REFERENCES openiddict_applications (id)
);

CREATE TABLE openiddict_tokens (
    id uuid NOT NULL,
    application_id uuid,
    authorization_id uuid,
    concurrency_token character varying(50),
    creation_date timestamp with time zone,
    expiration_date timestamp with time zone,
    payload text,
    properties text,
    redemption_date timestamp with time zone,
    reference_id character varying(100),
    status character varying(50),
    subject character varying(400),
    type character varying(150),
    CONSTRAINT pk_openiddict_tokens PRIMARY KEY (id),
    CONSTRAINT fk_openiddict_tokens_openiddict_applications_application_id FOREIGN KEY (application_id) REFERENCES openiddict_applications (id),
    CONSTRAINT fk_openiddict_tokens_openiddict_authorizations_authorization_id FOREIGN KEY (authorization_id) REFERENCES openiddict_authorizations (id)
);

CREATE UNIQUE INDEX ix_openiddict_applications_client_id ON openiddict_applications (client_id);

CREATE INDEX ix_openiddict_authorizations_application_id_status_subject_type ON openiddict_authorizations (application_id, status, subject, type);

CREATE UNIQUE INDEX ix_openiddict_scopes_name ON openiddict_scopes (name);

CREATE INDEX ix_openiddict_tokens_application_id_status_subject_type ON openiddict_tokens (application_id, status, subject, type);

CREATE INDEX ix_openiddict_tokens_authorization_id ON openiddict_tokens (authorization_id);

CREATE UNIQUE INDEX ix_openiddict_tokens_reference_id ON openiddict_tokens (reference_id);
