-- Integration events waiting to be published (written in the same transaction as the state change they announce).
CREATE TABLE outbox_messages (
    id              uuid        NOT NULL,
    sequence        bigint      GENERATED ALWAYS AS IDENTITY,
    message_type    text        NOT NULL,
    payload         jsonb       NOT NULL,
    trace_parent    text        NULL,
    trace_state     text        NULL,
    occurred_at     timestamptz NOT NULL,
    attempts        integer     NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    published_at    timestamptz NULL,
    last_error      text        NULL,
    CONSTRAINT pk_outbox_messages PRIMARY KEY (id)
);
CREATE INDEX ix_outbox_messages_pending ON outbox_messages (next_attempt_at, sequence) WHERE published_at IS NULL;
CREATE INDEX ix_outbox_messages_published_at ON outbox_messages (published_at) WHERE published_at IS NOT NULL;

-- Messages a consumer has handled (written in the same transaction as the handler's changes).
CREATE TABLE inbox_messages (
    message_id   uuid        NOT NULL,
    consumer     text        NOT NULL,
    processed_at timestamptz NOT NULL,
    CONSTRAINT pk_inbox_messages PRIMARY KEY (message_id, consumer)
);
CREATE INDEX ix_inbox_messages_processed_at ON inbox_messages (processed_at);
