-- A review's theme is one thematic module of its benchmark, not free text: the score card
-- grouped "Anti-discrimination" and "Anti-discrimination Skills" apart. The module id is
-- checked against the review's benchmark version by the review commands (it lives in the
-- benchmark's JSON, so no foreign key can).
ALTER TABLE reviews ADD COLUMN theme_module text;

-- Existing free-text themes map to a thematic module of the review's benchmark version, compared
-- case-insensitively with punctuation folded to spaces: an equal name or id first, else a module
-- whose name contains the text ("Anti-discrimination Skills" in "Fostering Anti-discrimination
-- Skills") or is contained in it. Nothing or more than one module at the best rank leaves null.
-- The old `theme` column stays, unread and unwritten, until a later migration drops it.
WITH folded AS (
  SELECT r.id AS review_id,
         btrim(regexp_replace(lower(r.theme), '[^[:alnum:]]+', ' ', 'g')) AS theme,
         m.value ->> 'id' AS module_id,
         btrim(regexp_replace(lower(m.value ->> 'name'), '[^[:alnum:]]+', ' ', 'g')) AS name
  FROM reviews r
  JOIN benchmarks b ON b.id = r.benchmark_id AND b.version = r.benchmark_version
  CROSS JOIN LATERAL jsonb_array_elements(b.data -> 'modules') AS m (value)
  WHERE m.value ->> 'kind' = 'theme'
),
candidates AS (
  SELECT review_id, module_id,
         CASE WHEN theme = name OR theme = btrim(regexp_replace(module_id, '[^[:alnum:]]+', ' ', 'g')) THEN 0 ELSE 1 END AS rank
  FROM folded
  WHERE theme <> ''
    AND (theme = name
         OR theme = btrim(regexp_replace(module_id, '[^[:alnum:]]+', ' ', 'g'))
         OR strpos(' ' || name || ' ', ' ' || theme || ' ') > 0
         OR strpos(' ' || theme || ' ', ' ' || name || ' ') > 0)
),
best AS (
  SELECT review_id, min(rank) AS rank FROM candidates GROUP BY review_id
),
chosen AS (
  SELECT c.review_id, min(c.module_id) AS module_id, count(*) AS matches
  FROM candidates c JOIN best ON best.review_id = c.review_id AND best.rank = c.rank
  GROUP BY c.review_id
)
UPDATE reviews SET theme_module = chosen.module_id
FROM chosen
WHERE reviews.id = chosen.review_id AND chosen.matches = 1;
