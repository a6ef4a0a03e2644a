-- An upload's presigned URLs stay usable until it expires, even after it was aborted or its file deleted: uploads keep
-- the key their URLs write to, and the sweep settles each one once its URLs are dead, removing whatever they wrote
-- unless the file is stored. Uploads whose file is already gone have nothing left to settle.
ALTER TABLE uploads ADD COLUMN storage_key character varying(512) NULL;
ALTER TABLE uploads ADD COLUMN settled_at timestamp with time zone NULL;
UPDATE uploads AS u SET storage_key = f.storage_key FROM files AS f WHERE f.id = u.file_id;
DELETE FROM uploads WHERE storage_key IS NULL;
ALTER TABLE uploads ALTER COLUMN storage_key SET NOT NULL;
CREATE INDEX ix_uploads_storage_key ON uploads (storage_key);
CREATE INDEX ix_uploads_multipart_upload_id ON uploads (multipart_upload_id);
CREATE INDEX ix_uploads_expires_at_unsettled ON uploads (expires_at) WHERE settled_at IS NULL;
