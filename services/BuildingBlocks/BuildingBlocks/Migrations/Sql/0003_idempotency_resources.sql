-- Idempotency keys (docs/decisions/0020-hardening-idempotency.md): an endpoint whose answer holds a credential (a token,
-- a secret) keeps only the id of what it created and rebuilds the answer from it; keys now live in the namespace of the
-- caller's user, company and API key or client, and request fingerprints are keyed hashes. Responses stored before this
-- migration may hold credentials, and their keys (scoped by user only) can no longer match: they are deleted.
DELETE FROM idempotency_keys;
ALTER TABLE idempotency_keys ADD COLUMN resource_id text NULL;
