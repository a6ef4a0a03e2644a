-- Generation's outputs are stored once per request and output (a retried job finds the file it stored); video uploads
-- are processed before they are available: their HLS playlist, thumbnail and the renditions' bytes are recorded, or
-- why processing failed.
ALTER TABLE files ADD COLUMN output character varying(40) NULL;
ALTER TABLE files ADD COLUMN failure_reason character varying(1000) NULL;
ALTER TABLE files ADD COLUMN hls_playlist_key character varying(512) NULL;
ALTER TABLE files ADD COLUMN thumbnail_key character varying(512) NULL;
ALTER TABLE files ADD COLUMN rendition_bytes bigint NOT NULL DEFAULT 0;
ALTER TABLE files ALTER COLUMN rendition_bytes DROP DEFAULT;
CREATE UNIQUE INDEX ix_files_company_id_request_id_output ON files (company_id, request_id, output)
    WHERE request_id IS NOT NULL AND output IS NOT NULL;
