-- Companies record who founded them (a user may found only Identity:Companies:MaxFoundedPerUser) and the plan they are
-- on (one storage allowance per founder, shared by the companies they found; announced as CompanyPlanAssigned). A
-- company founded before this is attributed to its earliest member (its founder, unless they left); its plan is "free".
ALTER TABLE companies ADD COLUMN founded_by uuid;
ALTER TABLE companies ADD COLUMN plan character varying(32) NOT NULL DEFAULT 'free';
ALTER TABLE companies ALTER COLUMN plan DROP DEFAULT;
UPDATE companies c SET founded_by = (
    SELECT m.user_id FROM memberships m WHERE m.company_id = c.id ORDER BY m.joined_at, m.user_id LIMIT 1);
CREATE INDEX ix_companies_founded_by ON companies (founded_by);
