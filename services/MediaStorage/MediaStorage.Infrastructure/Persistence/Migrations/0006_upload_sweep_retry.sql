-- An upload the sweep could not remove or settle (its storage delete failed) is postponed with a growing delay instead
-- of being tried first in every sweep, so it no longer holds up the uploads after it (issue 14).
ALTER TABLE uploads ADD COLUMN sweep_failures integer NOT NULL DEFAULT 0;
ALTER TABLE uploads ADD COLUMN sweep_retry_at timestamp with time zone NULL;
