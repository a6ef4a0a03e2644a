-- Dead letters (docs/decisions/0022-hardening2-outbox-dead-letters.md): an outbox message that failed Outbox:MaxAttempts
-- times (a type this build cannot read, a payload of another shape, a publish that keeps failing) is marked dead and no
-- longer claimed, so it stops consuming the dispatcher. outbox_dead_letters shows them to an operator; to replay one:
--   UPDATE outbox_messages SET dead_lettered_at = NULL, attempts = 0, next_attempt_at = now() WHERE id = '<id>';
ALTER TABLE outbox_messages ADD COLUMN dead_lettered_at timestamptz NULL;
DROP INDEX ix_outbox_messages_pending;
CREATE INDEX ix_outbox_messages_pending ON outbox_messages (next_attempt_at, sequence)
    WHERE published_at IS NULL AND dead_lettered_at IS NULL;
CREATE INDEX ix_outbox_messages_dead_lettered_at ON outbox_messages (dead_lettered_at) WHERE dead_lettered_at IS NOT NULL;
CREATE VIEW outbox_dead_letters AS
    SELECT id, message_type, payload, occurred_at, attempts, last_error, dead_lettered_at
    FROM outbox_messages
    WHERE dead_lettered_at IS NOT NULL;
