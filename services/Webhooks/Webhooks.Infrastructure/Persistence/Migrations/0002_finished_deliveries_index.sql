-- The retention sweep deletes finished deliveries (with their attempts) some time after they completed; this index
-- holds only finished rows, so the sweep does not scan the table.
CREATE INDEX ix_webhook_deliveries_finished ON webhook_deliveries (completed_at) WHERE status <> 'Pending';
