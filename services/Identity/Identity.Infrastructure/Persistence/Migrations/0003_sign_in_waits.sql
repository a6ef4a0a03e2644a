-- Sign-in throttling (docs/decisions/0019-hardening-lockout.md): while an email is under attack each client waits before
-- each of its own password checks, from its own previous attempt, instead of every client waiting after anyone's
-- latest failure (which let anyone keep an account's owner out by failing now and then).
ALTER TABLE sign_in_throttles ADD COLUMN next_check_at timestamp with time zone;
