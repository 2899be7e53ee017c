-- A workspace as Accord wrote it in format 1, before the CRM import tables and the change log of format 2.
-- tst_migration builds a .accord file from this script, statement by statement, and opens it with the current
-- Accord. The schema is the step-1 migration with %ID% expanded for SQLite; keep it as it is even when the
-- step-1 code changes later, because files of this format exist on users' disks.
PRAGMA application_id = 1094927172;
PRAGMA user_version = 1;
CREATE TABLE workspace_info (key TEXT PRIMARY KEY, value TEXT NOT NULL DEFAULT '');
CREATE TABLE teams (id INTEGER PRIMARY KEY, code TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,
    leader_id INTEGER REFERENCES people(id) ON DELETE SET NULL, color TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0, archived INTEGER NOT NULL DEFAULT 0, created_at TEXT, created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT, updated_by TEXT NOT NULL DEFAULT '');
CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
    team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL, role TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '', archived INTEGER NOT NULL DEFAULT 0, created_at TEXT, created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT, updated_by TEXT NOT NULL DEFAULT '');
CREATE INDEX people_team ON people(team_id);
CREATE TABLE root_cause_categories (id INTEGER PRIMARY KEY, code TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '', metric_id INTEGER, sort_order INTEGER NOT NULL DEFAULT 0);
CREATE TABLE data_trust_signals (id INTEGER PRIMARY KEY, code TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '', metric_id INTEGER, sort_order INTEGER NOT NULL DEFAULT 0);
CREATE TABLE metrics (id INTEGER PRIMARY KEY, code TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,
    definition TEXT NOT NULL DEFAULT '', formula TEXT NOT NULL DEFAULT '', unit TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL DEFAULT 'higher', target REAL NOT NULL DEFAULT 0,
    amber_threshold REAL NOT NULL DEFAULT 0, owner_team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL,
    source_system TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT 'computed',
    status TEXT NOT NULL DEFAULT 'draft', version INTEGER NOT NULL DEFAULT 1, created_at TEXT, created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT, updated_by TEXT NOT NULL DEFAULT '');
CREATE TABLE shared_outcomes (id INTEGER PRIMARY KEY, code TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '', metric_id INTEGER REFERENCES metrics(id) ON DELETE SET NULL,
    sort_order INTEGER NOT NULL DEFAULT 0);
CREATE TABLE funnel_stages (id INTEGER PRIMARY KEY, code TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,
    owner_team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL, entry_criteria TEXT NOT NULL DEFAULT '',
    exit_criteria TEXT NOT NULL DEFAULT '', record_field TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0, created_at TEXT, created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT, updated_by TEXT NOT NULL DEFAULT '');
CREATE TABLE metric_stages (metric_id INTEGER NOT NULL REFERENCES metrics(id) ON DELETE CASCADE,
    stage_id INTEGER NOT NULL REFERENCES funnel_stages(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (metric_id, stage_id));
CREATE TABLE metric_versions (id INTEGER PRIMARY KEY,
    metric_id INTEGER NOT NULL REFERENCES metrics(id) ON DELETE CASCADE, version INTEGER NOT NULL,
    name TEXT NOT NULL, definition TEXT NOT NULL DEFAULT '', formula TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '', direction TEXT NOT NULL DEFAULT 'higher', target REAL NOT NULL DEFAULT 0,
    amber_threshold REAL NOT NULL DEFAULT 0, owner_team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL,
    decision_id INTEGER REFERENCES decisions(id) ON DELETE SET NULL, reason TEXT NOT NULL DEFAULT '',
    changed_at TEXT, changed_by TEXT NOT NULL DEFAULT '', UNIQUE (metric_id, version));
CREATE TABLE metric_values (id INTEGER PRIMARY KEY,
    metric_id INTEGER NOT NULL REFERENCES metrics(id) ON DELETE CASCADE, period TEXT NOT NULL,
    value REAL NOT NULL, note TEXT NOT NULL DEFAULT '', entered_at TEXT, entered_by TEXT NOT NULL DEFAULT '',
    UNIQUE (metric_id, period));
CREATE TABLE friction_types (id INTEGER PRIMARY KEY, code TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,
    team_a_id INTEGER REFERENCES teams(id) ON DELETE SET NULL,
    team_b_id INTEGER REFERENCES teams(id) ON DELETE SET NULL, looks_like TEXT NOT NULL DEFAULT '',
    root_cause TEXT NOT NULL DEFAULT '', mechanism TEXT NOT NULL DEFAULT '',
    kpi_metric_id INTEGER REFERENCES metrics(id) ON DELETE SET NULL, sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT, created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT, updated_by TEXT NOT NULL DEFAULT '');
CREATE TABLE friction_type_root_causes (
    friction_type_id INTEGER NOT NULL REFERENCES friction_types(id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES root_cause_categories(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (friction_type_id, category_id));
CREATE TABLE conflict_patterns (id INTEGER PRIMARY KEY, code TEXT NOT NULL DEFAULT '',
    complaint TEXT NOT NULL, revops_enables TEXT NOT NULL DEFAULT '', artifact TEXT NOT NULL DEFAULT '',
    quick_fix TEXT NOT NULL DEFAULT '',
    friction_type_id INTEGER REFERENCES friction_types(id) ON DELETE SET NULL,
    sort_order INTEGER NOT NULL DEFAULT 0, created_at TEXT, created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT, updated_by TEXT NOT NULL DEFAULT '');
CREATE TABLE conflict_pattern_kpis (
    pattern_id INTEGER NOT NULL REFERENCES conflict_patterns(id) ON DELETE CASCADE,
    metric_id INTEGER NOT NULL REFERENCES metrics(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (pattern_id, metric_id));
CREATE TABLE conflict_pattern_root_causes (
    pattern_id INTEGER NOT NULL REFERENCES conflict_patterns(id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES root_cause_categories(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (pattern_id, category_id));
CREATE TABLE slas (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL,
    owner_team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL,
    counterpart_team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL,
    description TEXT NOT NULL DEFAULT '', required_fields TEXT NOT NULL DEFAULT '',
    suppression_rules TEXT NOT NULL DEFAULT '', target_hours REAL NOT NULL DEFAULT 0,
    escalate_to_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    escalate_after_hours REAL NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1, created_at TEXT, created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT, updated_by TEXT NOT NULL DEFAULT '');
CREATE TABLE reject_reasons (id INTEGER PRIMARY KEY, code TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '', action TEXT NOT NULL, sort_order INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1, created_at TEXT, created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT, updated_by TEXT NOT NULL DEFAULT '');
CREATE TABLE alignment_areas (id INTEGER PRIMARY KEY, code TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'not_started',
    owner_id INTEGER REFERENCES people(id) ON DELETE SET NULL, link TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '', sort_order INTEGER NOT NULL DEFAULT 0, created_at TEXT, created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT, updated_by TEXT NOT NULL DEFAULT '');
CREATE TABLE operating_rhythms (id INTEGER PRIMARY KEY, code TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,
    cadence TEXT NOT NULL, purpose TEXT NOT NULL DEFAULT '', standing_agenda TEXT NOT NULL DEFAULT '',
    chair_id INTEGER REFERENCES people(id) ON DELETE SET NULL, sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT, created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT, updated_by TEXT NOT NULL DEFAULT '');
CREATE TABLE rhythm_attendees (
    rhythm_id INTEGER NOT NULL REFERENCES operating_rhythms(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (rhythm_id, person_id));
CREATE TABLE review_meetings (id INTEGER PRIMARY KEY,
    rhythm_id INTEGER REFERENCES operating_rhythms(id) ON DELETE SET NULL, title TEXT NOT NULL,
    held_on TEXT, facilitator_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'planned', minutes TEXT NOT NULL DEFAULT '', created_at TEXT, created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT, updated_by TEXT NOT NULL DEFAULT '');
CREATE INDEX review_meetings_rhythm ON review_meetings(rhythm_id, held_on);
CREATE TABLE meeting_attendees (
    meeting_id INTEGER NOT NULL REFERENCES review_meetings(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (meeting_id, person_id));
CREATE TABLE cases (id INTEGER PRIMARY KEY, title TEXT NOT NULL,
    friction_type_id INTEGER REFERENCES friction_types(id) ON DELETE SET NULL,
    conflict_pattern_id INTEGER REFERENCES conflict_patterns(id) ON DELETE SET NULL,
    looks_like TEXT NOT NULL DEFAULT '', impacted_metric_id INTEGER REFERENCES metrics(id) ON DELETE SET NULL,
    blocked_decision TEXT NOT NULL DEFAULT '',
    funnel_stage_id INTEGER REFERENCES funnel_stages(id) ON DELETE SET NULL,
    revenue_at_risk INTEGER NOT NULL DEFAULT 0, severity INTEGER NOT NULL DEFAULT 2,
    raised_by_id INTEGER REFERENCES people(id) ON DELETE SET NULL, raised_on TEXT,
    shared_outcome_id INTEGER REFERENCES shared_outcomes(id) ON DELETE SET NULL,
    kpi_metric_id INTEGER REFERENCES metrics(id) ON DELETE SET NULL, kpi_baseline REAL,
    kpi_target REAL, kpi_target_date TEXT,
    rhythm_id INTEGER REFERENCES operating_rhythms(id) ON DELETE SET NULL, next_review_on TEXT,
    what_worked TEXT NOT NULL DEFAULT '', what_recurred TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '', kpi_movement TEXT NOT NULL DEFAULT '',
    stage TEXT NOT NULL DEFAULT 'surface', stage_entered_at TEXT, status TEXT NOT NULL DEFAULT 'open',
    closed_on TEXT, archived INTEGER NOT NULL DEFAULT 0, created_at TEXT, created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT, updated_by TEXT NOT NULL DEFAULT '');
CREATE INDEX cases_stage ON cases(archived, stage);
CREATE INDEX cases_type ON cases(archived, friction_type_id);
CREATE INDEX cases_severity ON cases(archived, severity);
CREATE INDEX cases_updated ON cases(archived, updated_at);
CREATE INDEX cases_title ON cases(archived, title);
CREATE INDEX cases_status ON cases(status, closed_on);
CREATE TABLE case_teams (case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE, position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (case_id, team_id));
CREATE INDEX case_teams_team ON case_teams(team_id, case_id);
CREATE TABLE case_signals (case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    signal_id INTEGER NOT NULL REFERENCES data_trust_signals(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (case_id, signal_id));
CREATE TABLE case_root_causes (id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES root_cause_categories(id) ON DELETE CASCADE,
    evidence TEXT NOT NULL DEFAULT '', sort_order INTEGER NOT NULL DEFAULT 0);
CREATE INDEX case_root_causes_case ON case_root_causes(case_id);
CREATE TABLE case_stage_history (id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE, from_stage TEXT NOT NULL,
    to_stage TEXT NOT NULL, changed_at TEXT, changed_by TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '');
CREATE INDEX case_stage_history_case ON case_stage_history(case_id, changed_at);
CREATE TABLE case_reviews (id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    meeting_id INTEGER REFERENCES review_meetings(id) ON DELETE SET NULL, reviewed_on TEXT,
    note TEXT NOT NULL DEFAULT '');
CREATE INDEX case_reviews_case ON case_reviews(case_id, reviewed_on);
CREATE TABLE decisions (id INTEGER PRIMARY KEY, case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    meeting_id INTEGER REFERENCES review_meetings(id) ON DELETE SET NULL,
    owner_id INTEGER REFERENCES people(id) ON DELETE SET NULL, criteria TEXT NOT NULL DEFAULT '',
    escalation_to_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    escalation_after_days INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL DEFAULT '', decided_on TEXT,
    status TEXT NOT NULL DEFAULT 'proposed',
    supersedes_id INTEGER REFERENCES decisions(id) ON DELETE SET NULL, created_at TEXT, created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT, updated_by TEXT NOT NULL DEFAULT '');
CREATE INDEX decisions_case ON decisions(case_id);
CREATE INDEX decisions_meeting ON decisions(meeting_id);
CREATE INDEX decisions_date ON decisions(decided_on);
CREATE TABLE decision_contributors (
    decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (decision_id, person_id));
CREATE TABLE actions (id INTEGER PRIMARY KEY, case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    meeting_id INTEGER REFERENCES review_meetings(id) ON DELETE SET NULL, kind TEXT NOT NULL,
    title TEXT NOT NULL, owner_id INTEGER REFERENCES people(id) ON DELETE SET NULL, due_on TEXT,
    status TEXT NOT NULL DEFAULT 'open', done_on TEXT, created_at TEXT, created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT, updated_by TEXT NOT NULL DEFAULT '');
CREATE INDEX actions_case ON actions(case_id);
CREATE INDEX actions_due ON actions(status, due_on);
CREATE INDEX actions_owner ON actions(owner_id, due_on);
CREATE TABLE agenda_items (id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES review_meetings(id) ON DELETE CASCADE, kind TEXT NOT NULL,
    title TEXT NOT NULL, case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    metric_id INTEGER REFERENCES metrics(id) ON DELETE SET NULL,
    action_id INTEGER REFERENCES actions(id) ON DELETE SET NULL, done INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '', sort_order INTEGER NOT NULL DEFAULT 0);
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, sort_order);
CREATE TABLE experiments (id INTEGER PRIMARY KEY,
    meeting_id INTEGER REFERENCES review_meetings(id) ON DELETE SET NULL, hypothesis TEXT NOT NULL,
    owner_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    metric_id INTEGER REFERENCES metrics(id) ON DELETE SET NULL, start_on TEXT, end_on TEXT,
    status TEXT NOT NULL DEFAULT 'running', result TEXT NOT NULL DEFAULT '', created_at TEXT, created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT, updated_by TEXT NOT NULL DEFAULT '');
CREATE TABLE pulse_entries (id INTEGER PRIMARY KEY,
    meeting_id INTEGER REFERENCES review_meetings(id) ON DELETE SET NULL, period TEXT NOT NULL,
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL, rating TEXT NOT NULL,
    one_thing TEXT NOT NULL DEFAULT '', answered_on TEXT);
CREATE INDEX pulse_entries_period ON pulse_entries(period, team_id);
CREATE TABLE nps_answers (id INTEGER PRIMARY KEY, period TEXT NOT NULL, account TEXT NOT NULL DEFAULT '',
    respondent TEXT NOT NULL DEFAULT '', score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    do_better TEXT NOT NULL DEFAULT '', do_well TEXT NOT NULL DEFAULT '', answered_on TEXT);
CREATE INDEX nps_answers_period ON nps_answers(period);
CREATE TABLE team_goals (id INTEGER PRIMARY KEY, team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    partner_team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL, goal TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'not_started', created_at TEXT, created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT, updated_by TEXT NOT NULL DEFAULT '');
INSERT INTO workspace_info (key, value) VALUES ('company', 'Northwind Format One');
INSERT INTO teams (id, code, name, color, sort_order, created_at, created_by, updated_at, updated_by)
    VALUES (1, 'marketing', 'Marketing', '#1f77b4', 1, '2025-01-02T08:00:00.000Z', 'setup', '2025-01-02T08:00:00.000Z', 'setup');
INSERT INTO teams (id, code, name, color, sort_order, created_at, created_by, updated_at, updated_by)
    VALUES (2, 'sales', 'Sales', '#ff7f0e', 2, '2025-01-02T08:00:00.000Z', 'setup', '2025-01-02T08:00:00.000Z', 'setup');
INSERT INTO teams (id, code, name, color, sort_order, archived, created_at, created_by, updated_at, updated_by)
    VALUES (3, '', 'Partners, Alliances', '#2ca02c', 3, 1, '2025-01-03T09:15:30.250Z', 'ann', '2025-02-01T10:00:00.500Z', 'bob');
INSERT INTO people (id, name, team_id, role, email, created_at, created_by, updated_at, updated_by)
    VALUES (1, 'Ann Archer', 1, 'CMO', 'ann@example.com', '2025-01-02T08:01:00.000Z', 'setup', '2025-01-02T08:01:00.000Z', 'setup');
INSERT INTO people (id, name, team_id, role, email, created_at, created_by, updated_at, updated_by)
    VALUES (2, 'Bob Baker', 2, 'CRO', 'bob@example.com', '2025-01-02T08:02:00.000Z', 'setup', '2025-01-02T08:02:00.000Z', 'setup');
INSERT INTO people (id, name, team_id, role, email, created_at, created_by, updated_at, updated_by)
    VALUES (3, 'Cy Chen', 3, 'Partner lead', 'cy@example.com', '2025-01-02T08:03:00.000Z', 'setup', '2025-01-02T08:03:00.000Z', 'setup');
UPDATE teams SET leader_id = 1 WHERE id = 1;
UPDATE teams SET leader_id = 2 WHERE id = 2;
INSERT INTO friction_types (id, code, name, team_a_id, team_b_id, looks_like, sort_order, created_at, created_by, updated_at, updated_by)
    VALUES (1, 'marketing_sales', 'Marketing–Sales', 1, 2, 'Leads called junk', 1, '2025-01-02T08:00:00.000Z', 'setup', '2025-01-02T08:00:00.000Z', 'setup');
INSERT INTO cases (id, title, friction_type_id, looks_like, revenue_at_risk, severity, raised_by_id, raised_on, kpi_baseline,
    kpi_target, stage, stage_entered_at, status, created_at, created_by, updated_at, updated_by)
    VALUES (1, 'MQLs rejected as junk', 1, 'Half the MQLs are never called', 250000, 3, 2, '2025-03-01', 0.12, 0.3,
    'decide', '2025-03-20T14:30:00.125Z', 'open', '2025-03-01T09:00:00.000Z', 'bob', '2025-03-20T14:30:00.125Z', 'ann');
INSERT INTO case_teams (case_id, team_id, position) VALUES (1, 2, 0);
INSERT INTO case_teams (case_id, team_id, position) VALUES (1, 3, 1);
INSERT INTO case_teams (case_id, team_id, position) VALUES (1, 1, 2);
INSERT INTO decisions (id, case_id, owner_id, criteria, escalation_to_id, escalation_after_days, text, decided_on, status,
    created_at, created_by, updated_at, updated_by)
    VALUES (1, 1, 1, 'Pipeline quality', 2, 10, 'One lead definition', '2025-03-20', 'in_force',
    '2025-03-20T14:30:00.125Z', 'ann', '2025-03-20T14:30:00.125Z', 'ann');
INSERT INTO decision_contributors (decision_id, person_id, position) VALUES (1, 3, 0);
INSERT INTO decision_contributors (decision_id, person_id, position) VALUES (1, 2, 1);
