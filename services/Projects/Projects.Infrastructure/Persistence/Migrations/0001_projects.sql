-- projects-api: projects (settings, status, failure, final video flattened into columns; `revision` is the optimistic
-- concurrency token every change of the aggregate moves), their scenes and scene assets, the generation requests they
-- sent, timeline cuts and caption/audio layers, the numbered activity history; the brand kit, the car catalogue, posts.
--
-- Lists are keyset-paged newest first by the UUIDv7 id (time-ordered, so id order is creation order): a page is
-- `WHERE company_id = $1 [AND owner_id = $2 | AND status = $3] AND id < $cursor ORDER BY id DESC LIMIT n`, one index
-- range scan read backwards whatever the table's size.
--
-- Positions (scene order, timeline and layer order) are unique per project through exclusion constraints on equality
-- (a unique constraint in effect), DEFERRABLE INITIALLY DEFERRED so they are checked at commit: a reorder or a
-- replacement may pass rows through each other's positions. They are exclusion rather than UNIQUE constraints because
-- the EF model must not see a unique index there: EF orders its updates by unique indexes and refuses a permutation
-- (every reorder is a cycle) before the database is even asked.

CREATE TABLE car_models (
    id          uuid                     NOT NULL,
    company_id  uuid                     NOT NULL,
    make        character varying(100)   NOT NULL,
    name        character varying(100)   NOT NULL,
    body_type   character varying(16)    NOT NULL,
    created_at  timestamp with time zone NOT NULL,
    updated_at  timestamp with time zone NOT NULL,
    CONSTRAINT pk_car_models PRIMARY KEY (id)
);
CREATE INDEX ix_car_models_company_id_id ON car_models (company_id, id);

CREATE TABLE car_variants (
    id          uuid                     NOT NULL,
    company_id  uuid                     NOT NULL,
    model_id    uuid                     NOT NULL,
    year        integer                  NOT NULL,
    trim        character varying(100)   NOT NULL,
    color       character varying(50)    NULL,
    created_at  timestamp with time zone NOT NULL,
    updated_at  timestamp with time zone NOT NULL,
    CONSTRAINT pk_car_variants PRIMARY KEY (id),
    CONSTRAINT fk_car_variants_car_models_model_id FOREIGN KEY (model_id) REFERENCES car_models (id) ON DELETE CASCADE
);
CREATE INDEX ix_car_variants_model_id_id ON car_variants (model_id, id);
CREATE INDEX ix_car_variants_company_id ON car_variants (company_id);

CREATE TABLE car_media (
    id          uuid                     NOT NULL,
    company_id  uuid                     NOT NULL,
    variant_id  uuid                     NOT NULL,
    type        character varying(16)    NOT NULL,
    file_id     uuid                     NOT NULL,
    created_at  timestamp with time zone NOT NULL,
    CONSTRAINT pk_car_media PRIMARY KEY (id),
    CONSTRAINT fk_car_media_car_variants_variant_id FOREIGN KEY (variant_id) REFERENCES car_variants (id) ON DELETE CASCADE
);
CREATE INDEX ix_car_media_variant_id_id ON car_media (variant_id, id);
CREATE INDEX ix_car_media_company_id ON car_media (company_id);

CREATE TABLE projects (
    id                            uuid                     NOT NULL,
    company_id                    uuid                     NOT NULL,
    owner_id                      uuid                     NOT NULL,
    title                         character varying(200)   NOT NULL,
    prompt                        character varying(4000)  NOT NULL,
    description                   character varying(2000)  NULL,
    target_duration_seconds       integer                  NOT NULL,
    aspect_ratio                  character varying(8)     NOT NULL,
    style                         character varying(32)    NOT NULL,
    mood                          character varying(32)    NOT NULL,
    scene_count                   integer                  NOT NULL,
    narration_enabled             boolean                  NOT NULL,
    narration_voice               character varying(16)    NOT NULL,
    captions_enabled              boolean                  NOT NULL,
    captions_burned               boolean                  NOT NULL,
    caption_style                 character varying(32)    NOT NULL,
    music_file_id                 uuid                     NULL,
    music_volume                  double precision         NOT NULL,
    watermark                     boolean                  NOT NULL,
    car_variant_id                uuid                     NULL,
    status                        character varying(32)    NOT NULL,
    goal                          character varying(16)    NOT NULL,
    failure_stage                 character varying(16)    NULL,
    failure_code                  character varying(100)   NULL,
    failure_message               character varying(2000)  NULL,
    failure_scene_id              uuid                     NULL,
    failure_request_id            uuid                     NULL,
    failed_at                     timestamp with time zone NULL,
    progress_percent              integer                  NOT NULL,
    storyboard_title              character varying(200)   NULL,
    overview                      character varying(4000)  NULL,
    final_video_file_id           uuid                     NULL,
    final_video_request_id        uuid                     NULL,
    final_video_duration_seconds  double precision         NULL,
    final_video_width             integer                  NULL,
    final_video_height            integer                  NULL,
    final_video_size              bigint                   NULL,
    final_video_thumbnail_file_id uuid                     NULL,
    final_video_hls_playlist_key  character varying(512)   NULL,
    final_video_created_at        timestamp with time zone NULL,
    storyboard_request_id         uuid                     NULL,
    render_request_id             uuid                     NULL,
    keep_scenes_on_storyboard     boolean                  NOT NULL,
    started_by                    uuid                     NULL,
    activity_sequence             bigint                   NOT NULL,
    revision                      integer                  NOT NULL,
    created_at                    timestamp with time zone NOT NULL,
    updated_at                    timestamp with time zone NOT NULL,
    completed_at                  timestamp with time zone NULL,
    CONSTRAINT pk_projects PRIMARY KEY (id),
    CONSTRAINT fk_projects_car_variants_car_variant_id FOREIGN KEY (car_variant_id) REFERENCES car_variants (id) ON DELETE SET NULL
);
CREATE INDEX ix_projects_company_id_id ON projects (company_id, id);
CREATE INDEX ix_projects_company_id_owner_id_id ON projects (company_id, owner_id, id);
CREATE INDEX ix_projects_company_id_status_id ON projects (company_id, status, id);
CREATE INDEX ix_projects_car_variant_id ON projects (car_variant_id);

CREATE TABLE scenes (
    id                       uuid                     NOT NULL,
    project_id               uuid                     NOT NULL,
    position                 integer                  NOT NULL,
    title                    character varying(200)   NOT NULL,
    summary                  character varying(2000)  NOT NULL,
    narration                character varying(2000)  NOT NULL,
    image_prompt             character varying(4000)  NOT NULL,
    negative_prompt          character varying(2000)  NULL,
    duration_seconds         double precision         NOT NULL,
    status                   character varying(32)    NOT NULL,
    selected_image_id        uuid                     NULL,
    selected_clip_id         uuid                     NULL,
    progress_percent         integer                  NOT NULL,
    failure_reason           character varying(2000)  NULL,
    current_image_request_id uuid                     NULL,
    current_clip_request_id  uuid                     NULL,
    created_at               timestamp with time zone NOT NULL,
    updated_at               timestamp with time zone NOT NULL,
    CONSTRAINT pk_scenes PRIMARY KEY (id),
    CONSTRAINT fk_scenes_projects_project_id FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    CONSTRAINT ix_scenes_project_id_position EXCLUDE USING btree (project_id WITH =, position WITH =) DEFERRABLE INITIALLY DEFERRED
);

-- Every image, clip and seed frame a scene has had; results are found by the request they answered.
CREATE TABLE scene_assets (
    id               uuid                     NOT NULL,
    scene_id         uuid                     NOT NULL,
    kind             character varying(16)    NOT NULL,
    file_id          uuid                     NOT NULL,
    request_id       uuid                     NULL,
    width            integer                  NULL,
    height           integer                  NULL,
    duration_seconds double precision         NULL,
    created_at       timestamp with time zone NOT NULL,
    CONSTRAINT pk_scene_assets PRIMARY KEY (id),
    CONSTRAINT fk_scene_assets_scenes_scene_id FOREIGN KEY (scene_id) REFERENCES scenes (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX ix_scene_assets_scene_id_file_id ON scene_assets (scene_id, file_id);
CREATE INDEX ix_scene_assets_request_id ON scene_assets (request_id);

-- The requests sent to generation (the process manager's memory): a result whose request is not pending changes nothing.
CREATE TABLE generation_requests (
    id               uuid                     NOT NULL,
    project_id       uuid                     NOT NULL,
    kind             character varying(16)    NOT NULL,
    scene_id         uuid                     NULL,
    issued_by        uuid                     NOT NULL,
    state            character varying(16)    NOT NULL,
    progress_percent integer                  NOT NULL,
    result_file_id   uuid                     NULL,
    error_code       character varying(100)   NULL,
    error_message    character varying(2000)  NULL,
    issued_at        timestamp with time zone NOT NULL,
    settled_at       timestamp with time zone NULL,
    CONSTRAINT pk_generation_requests PRIMARY KEY (id),
    CONSTRAINT fk_generation_requests_projects_project_id FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE
);
CREATE INDEX ix_generation_requests_project_id ON generation_requests (project_id);
CREATE INDEX ix_generation_requests_scene_id ON generation_requests (scene_id);

CREATE TABLE timeline_clips (
    id               uuid             NOT NULL,
    project_id       uuid             NOT NULL,
    position         integer          NOT NULL,
    scene_id         uuid             NOT NULL,
    start_seconds    double precision NOT NULL,
    trim_in_seconds  double precision NOT NULL,
    trim_out_seconds double precision NOT NULL,
    CONSTRAINT pk_timeline_clips PRIMARY KEY (id),
    CONSTRAINT fk_timeline_clips_projects_project_id FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    CONSTRAINT ix_timeline_clips_project_id_position EXCLUDE USING btree (project_id WITH =, position WITH =) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE caption_layers (
    id            uuid                   NOT NULL,
    project_id    uuid                   NOT NULL,
    position      integer                NOT NULL,
    text          character varying(500) NOT NULL,
    start_seconds double precision       NOT NULL,
    end_seconds   double precision       NOT NULL,
    style         character varying(32)  NOT NULL,
    CONSTRAINT pk_caption_layers PRIMARY KEY (id),
    CONSTRAINT fk_caption_layers_projects_project_id FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    CONSTRAINT ix_caption_layers_project_id_position EXCLUDE USING btree (project_id WITH =, position WITH =) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE audio_layers (
    id            uuid             NOT NULL,
    project_id    uuid             NOT NULL,
    position      integer          NOT NULL,
    file_id       uuid             NOT NULL,
    volume        double precision NOT NULL,
    ducking       boolean          NOT NULL,
    start_seconds double precision NOT NULL,
    CONSTRAINT pk_audio_layers PRIMARY KEY (id),
    CONSTRAINT fk_audio_layers_projects_project_id FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    CONSTRAINT ix_audio_layers_project_id_position EXCLUDE USING btree (project_id WITH =, position WITH =) DEFERRABLE INITIALLY DEFERRED
);

-- A project's history for live progress (SSE) and the activity feed: numbered by the project, so resuming after
-- Last-Event-ID n is the key range (project_id, sequence > n).
CREATE TABLE project_activity (
    project_id  uuid                     NOT NULL,
    sequence    bigint                   NOT NULL,
    type        character varying(32)    NOT NULL,
    scene_id    uuid                     NULL,
    request_id  uuid                     NULL,
    status      character varying(32)    NULL,
    percent     integer                  NULL,
    message     character varying(2000)  NULL,
    occurred_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_project_activity PRIMARY KEY (project_id, sequence),
    CONSTRAINT fk_project_activity_projects_project_id FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE
);

-- A brand asset's value is json, not jsonb: jsonb reorders object keys, and a colour scheme's order (primary first) matters.
CREATE TABLE brand_assets (
    id          uuid                     NOT NULL,
    company_id  uuid                     NOT NULL,
    type        character varying(16)    NOT NULL,
    value       json                     NULL,
    file_id     uuid                     NULL,
    created_at  timestamp with time zone NOT NULL,
    updated_at  timestamp with time zone NOT NULL,
    CONSTRAINT pk_brand_assets PRIMARY KEY (id)
);
CREATE INDEX ix_brand_assets_company_id_type ON brand_assets (company_id, type);

-- Posts keep their project id after the project is deleted (no foreign key): the post is the company's record.
CREATE TABLE posts (
    id          uuid                     NOT NULL,
    company_id  uuid                     NOT NULL,
    author_id   uuid                     NOT NULL,
    project_id  uuid                     NULL,
    file_id     uuid                     NOT NULL,
    text        character varying(5000)  NOT NULL,
    created_at  timestamp with time zone NOT NULL,
    CONSTRAINT pk_posts PRIMARY KEY (id)
);
CREATE INDEX ix_posts_company_id_id ON posts (company_id, id);
CREATE INDEX ix_posts_project_id ON posts (project_id);
