-- The baseline: the lead metrics of Accord's built-in dictionary, per month of 2025, computed by hand-written SQL
-- over the table the sqlite3 shell's .import made of the export. Output: metric code, month, value (as Accord's
-- scorecard CSV writes them), so that bench-import.sh can compare the two.
.headers on
CREATE TEMP VIEW l AS SELECT
    "Became a Marketing Qualified Lead Date" AS mql,
    "Became a Sales Accepted Lead Date" AS sal,
    "Became a Sales Qualified Lead Date" AS sql_,
    "First Touch Date" AS touch,
    "Reject Reason" AS reason
FROM leads;
CREATE TEMP TABLE agreed_reasons (reason TEXT);
INSERT INTO agreed_reasons VALUES ('Not ready to buy'), ('Only researching'), ('Contact details missing or wrong'),
    ('Company not identified'), ('Wrong owner or territory'), ('Outside the ideal customer profile'),
    ('Spam, competitor or student'), ('not_ready'), ('researching'), ('bad_contact'), ('unknown_company'),
    ('wrong_owner'), ('not_icp'), ('not_genuine');

WITH by_mql AS (
    SELECT strftime('%Y-%m', mql) AS period, sal, sql_, touch, reason,
           round((julianday(touch) - julianday(mql)) * 86400, 3) / 3600.0 AS touch_hours
    FROM l WHERE mql >= '2025-01-01' AND mql < '2026-01-01'
),
by_sal AS (
    SELECT strftime('%Y-%m', sal) AS period, sql_ FROM l WHERE sal >= '2025-01-01' AND sal < '2026-01-01'
),
touch_ranked AS (
    SELECT period, touch_hours,
           row_number() OVER (PARTITION BY period ORDER BY touch_hours) AS n,
           count(*) OVER (PARTITION BY period) AS c
    FROM by_mql WHERE touch_hours IS NOT NULL
)
SELECT 'mql_to_sql_conversion' AS metric, period, 100.0 * sum(sql_ <> '') / count(*) AS value FROM by_mql GROUP BY period
UNION ALL
SELECT 'mql_to_sal_conversion', period, 100.0 * sum(sal <> '') / count(*) FROM by_mql GROUP BY period
UNION ALL
SELECT 'sal_to_sql_conversion', period, 100.0 * sum(sql_ <> '') / count(*) FROM by_sal GROUP BY period
UNION ALL
SELECT 'acceptance_rate', period, 100.0 * sum(sal <> '') / sum(sal <> '' OR reason <> '') FROM by_mql GROUP BY period
UNION ALL
SELECT 'sla_breach_rate', period, 100.0 * sum(touch_hours IS NULL OR touch_hours > 24) / count(*)
FROM by_mql GROUP BY period
UNION ALL
SELECT 'misroute_rate', period, 100.0 * sum(reason IN ('wrong_owner', 'Wrong owner or territory')) / count(*)
FROM by_mql GROUP BY period
UNION ALL
SELECT 'reject_reason_mix', period, 100.0 * sum(reason IN (SELECT reason FROM agreed_reasons)) / count(*)
FROM by_mql WHERE reason <> '' GROUP BY period
UNION ALL
-- The median as spreadsheets take it: the middle value, or the mean of the two middle ones.
SELECT 'median_first_touch_hours', period, avg(touch_hours) FROM touch_ranked
WHERE n IN ((c + 1) / 2, (c + 2) / 2) GROUP BY period;
