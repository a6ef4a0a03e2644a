-- Customers' endpoints. Signing secrets are stored encrypted (AES-256-GCM under Webhooks:Secrets:EncryptionKey, bound
-- to the endpoint's id), not hashed: every delivery is signed with the raw secret. The secret a rotation replaced
-- keeps signing until previous_secret_expires_at. failing_since starts a run of failed attempts; five days of it
-- disable the endpoint.
CREATE TABLE webhook_endpoints (
    id                         uuid                     NOT NULL,
    company_id                 uuid                     NOT NULL,
    url                        character varying(2048)  NOT NULL,
    event_types                text[]                   NOT NULL,
    description                character varying(500)   NULL,
    protected_secret           bytea                    NOT NULL,
    previous_protected_secret  bytea                    NULL,
    previous_secret_expires_at timestamp with time zone NULL,
    secret_rotated_at          timestamp with time zone NULL,
    disabled_at                timestamp with time zone NULL,
    disabled_reason            character varying(16)    NULL,
    failing_since              timestamp with time zone NULL,
    consecutive_failures       integer                  NOT NULL,
    last_success_at            timestamp with time zone NULL,
    created_at                 timestamp with time zone NOT NULL,
    updated_at                 timestamp with time zone NOT NULL,
    CONSTRAINT pk_webhook_endpoints PRIMARY KEY (id)
);
-- A company's endpoints, newest first (keyset paging on the UUIDv7 id), and the fan-out of an event to them.
CREATE INDEX ix_webhook_endpoints_company_id_id ON webhook_endpoints (company_id, id);

-- One message on its way to one endpoint. Workers claim due rows with
--   SELECT ... WHERE status = 'Pending' AND next_attempt_at <= now AND (locked_until IS NULL OR locked_until <= now)
--   ORDER BY next_attempt_at LIMIT n FOR UPDATE SKIP LOCKED
-- and lease them (lock_id, locked_until); a crashed worker's lease runs out and another worker takes the row over.
CREATE TABLE webhook_deliveries (
    id                 uuid                     NOT NULL,
    endpoint_id        uuid                     NOT NULL,
    company_id         uuid                     NOT NULL,
    message_id         character varying(30)    NOT NULL,
    event_type         character varying(64)    NOT NULL,
    payload            text                     NOT NULL,
    status             character varying(16)    NOT NULL,
    attempt_count      integer                  NOT NULL,
    scheduled_attempts integer                  NOT NULL,
    next_attempt_at    timestamp with time zone NULL,
    last_attempt_at    timestamp with time zone NULL,
    last_status_code   integer                  NULL,
    failure_reason     character varying(32)    NULL,
    created_at         timestamp with time zone NOT NULL,
    completed_at       timestamp with time zone NULL,
    lock_id            uuid                     NULL,
    locked_until       timestamp with time zone NULL,
    CONSTRAINT pk_webhook_deliveries PRIMARY KEY (id),
    CONSTRAINT fk_webhook_deliveries_webhook_endpoints_endpoint_id FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoints (id) ON DELETE CASCADE
);
-- The claim: pending rows in due order (the partial index holds only what is still to be attempted).
CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'Pending';
-- An event consumed twice makes one delivery per endpoint.
CREATE UNIQUE INDEX ix_webhook_deliveries_endpoint_id_message_id ON webhook_deliveries (endpoint_id, message_id);
-- An endpoint's deliveries, newest first.
CREATE INDEX ix_webhook_deliveries_endpoint_id_id ON webhook_deliveries (endpoint_id, id);

CREATE TABLE webhook_delivery_attempts (
    delivery_id      uuid                     NOT NULL,
    number           integer                  NOT NULL,
    attempted_at     timestamp with time zone NOT NULL,
    status_code      integer                  NULL,
    duration_ms      integer                  NOT NULL,
    response_excerpt character varying(1024)  NULL,
    error            character varying(200)   NULL,
    succeeded        boolean                  NOT NULL,
    CONSTRAINT pk_webhook_delivery_attempts PRIMARY KEY (delivery_id, number),
    CONSTRAINT fk_webhook_delivery_attempts_webhook_deliveries_delivery_id FOREIGN KEY (delivery_id) REFERENCES webhook_deliveries (id) ON DELETE CASCADE
);

-- Provider callbacks, once each: the provider's event id (or sha256:<hex> of a body that carries none) is unique per provider.
CREATE TABLE inbound_receipts (
    id              uuid                     NOT NULL,
    provider        character varying(64)    NOT NULL,
    event_id        character varying(200)   NOT NULL,
    event_type      character varying(100)   NOT NULL,
    provider_job_id character varying(200)   NULL,
    received_at     timestamp with time zone NOT NULL,
    CONSTRAINT pk_inbound_receipts PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ix_inbound_receipts_provider_event_id ON inbound_receipts (provider, event_id);
CREATE INDEX ix_inbound_receipts_received_at ON inbound_receipts (received_at);
