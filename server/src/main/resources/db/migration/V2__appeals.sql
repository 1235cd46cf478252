-- Appeals. An appeal reopens a denied case; its first decision stays recorded apart from the
-- decision the appeal reaches, because the CMS-0057-F figures count first decisions (approved,
-- denied) and approvals after appeal separately. Rows decided before this migration have had
-- no appeal, so their first decision is their decision.
ALTER TABLE cases ADD COLUMN first_decision VARCHAR(20);
ALTER TABLE cases ADD COLUMN first_decided_at_ms BIGINT;
ALTER TABLE cases ADD COLUMN appealed BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE cases SET first_decision = decision, first_decided_at_ms = decided_at_ms;
CREATE INDEX cases_first_decided ON cases (first_decided_at_ms);
