-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- EmailSettingsRepository.of
SELECT
  frequency,
  language
FROM email_setting
WHERE member_id = $1;

-- EmailSettingsRepository.save
INSERT INTO email_setting (member_id, frequency, language)
VALUES ($1, COALESCE($2::email_frequency, $4::email_frequency), COALESCE($3, 'EN'))
ON CONFLICT (member_id)
DO UPDATE SET
  frequency = COALESCE($2::email_frequency, email_setting.frequency),
  language = COALESCE($3, email_setting.language),
  updated_at = now()
RETURNING
  frequency,
  language;

-- EmailSettingsRepository.stopIfStill
INSERT INTO email_setting (member_id, frequency)
SELECT
  $1,
  'NONE'
WHERE $2::email_frequency = $3::email_frequency OR EXISTS (
  SELECT
    1
  FROM email_setting
  WHERE member_id = $1)
ON CONFLICT (member_id)
DO UPDATE SET
  frequency = 'NONE',
  updated_at = now()
WHERE email_setting.frequency = $2::email_frequency
RETURNING
  member_id;

-- EmailSettingsRepository.immediateAmong
SELECT
  member_id
FROM email_setting
WHERE member_id = ANY($1::uuid[]) AND frequency = 'IMMEDIATE';
