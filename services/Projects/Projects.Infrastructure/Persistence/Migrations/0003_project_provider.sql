-- The generation provider a project's work asks for (generation-api's provider names); null: the company's default,
-- else the platform's. Where the provider lacks a step (a clip-only provider writes no storyboard), the default serves it.
ALTER TABLE projects ADD COLUMN provider varchar(64) NULL;
