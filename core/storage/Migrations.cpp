#include "Migrations.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlQuery.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QStringList>

namespace accord::Migrations {
namespace {

// Audit columns shared by every table whose rows users edit.
const char* const kAudit = R"(
    created_at TEXT, created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT, updated_by TEXT NOT NULL DEFAULT '')";

// Format 1: the workspace itself — teams and people, the catalogue, the dictionary and funnel model, cases with
// everything the playbook records, and the operating rhythms with their meetings.
QStringList step1()
{
    const QString audit = QString::fromLatin1(kAudit);
    return {
        QStringLiteral("CREATE TABLE workspace_info (key TEXT PRIMARY KEY, value TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(R"(CREATE TABLE teams (id %ID%, code TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,
            leader_id INTEGER REFERENCES people(id) ON DELETE SET NULL, color TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0, archived INTEGER NOT NULL DEFAULT 0, %1))").arg(audit),
        QStringLiteral(R"(CREATE TABLE people (id %ID%, name TEXT NOT NULL,
            team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL, role TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '', archived INTEGER NOT NULL DEFAULT 0, %1))").arg(audit),
        QStringLiteral("CREATE INDEX people_team ON people(team_id)"),
        QStringLiteral(R"(CREATE TABLE root_cause_categories (id %ID%, code TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '', metric_id INTEGER, sort_order INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE data_trust_signals (id %ID%, code TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '', metric_id INTEGER, sort_order INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE metrics (id %ID%, code TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,
            definition TEXT NOT NULL DEFAULT '', formula TEXT NOT NULL DEFAULT '', unit TEXT NOT NULL DEFAULT '',
            direction TEXT NOT NULL DEFAULT 'higher', target REAL NOT NULL DEFAULT 0,
            amber_threshold REAL NOT NULL DEFAULT 0, owner_team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL,
            source_system TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT 'computed',
            status TEXT NOT NULL DEFAULT 'draft', version INTEGER NOT NULL DEFAULT 1, %1))").arg(audit),
        QStringLiteral(R"(CREATE TABLE shared_outcomes (id %ID%, code TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '', metric_id INTEGER REFERENCES metrics(id) ON DELETE SET NULL,
            sort_order INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE funnel_stages (id %ID%, code TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,
            owner_team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL, entry_criteria TEXT NOT NULL DEFAULT '',
            exit_criteria TEXT NOT NULL DEFAULT '', record_field TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0, %1))").arg(audit),
        QStringLiteral(R"(CREATE TABLE metric_stages (metric_id INTEGER NOT NULL REFERENCES metrics(id) ON DELETE CASCADE,
            stage_id INTEGER NOT NULL REFERENCES funnel_stages(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (metric_id, stage_id)))"),
        QStringLiteral(R"(CREATE TABLE metric_versions (id %ID%,
            metric_id INTEGER NOT NULL REFERENCES metrics(id) ON DELETE CASCADE, version INTEGER NOT NULL,
            name TEXT NOT NULL, definition TEXT NOT NULL DEFAULT '', formula TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '', direction TEXT NOT NULL DEFAULT 'higher', target REAL NOT NULL DEFAULT 0,
            amber_threshold REAL NOT NULL DEFAULT 0, owner_team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL,
            decision_id INTEGER REFERENCES decisions(id) ON DELETE SET NULL, reason TEXT NOT NULL DEFAULT '',
            changed_at TEXT, changed_by TEXT NOT NULL DEFAULT '', UNIQUE (metric_id, version)))"),
        QStringLiteral(R"(CREATE TABLE metric_values (id %ID%,
            metric_id INTEGER NOT NULL REFERENCES metrics(id) ON DELETE CASCADE, period TEXT NOT NULL,
            value REAL NOT NULL, note TEXT NOT NULL DEFAULT '', entered_at TEXT, entered_by TEXT NOT NULL DEFAULT '',
            UNIQUE (metric_id, period)))"),
        QStringLiteral(R"(CREATE TABLE friction_types (id %ID%, code TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,
            team_a_id INTEGER REFERENCES teams(id) ON DELETE SET NULL,
            team_b_id INTEGER REFERENCES teams(id) ON DELETE SET NULL, looks_like TEXT NOT NULL DEFAULT '',
            root_cause TEXT NOT NULL DEFAULT '', mechanism TEXT NOT NULL DEFAULT '',
            kpi_metric_id INTEGER REFERENCES metrics(id) ON DELETE SET NULL, sort_order INTEGER NOT NULL DEFAULT 0,
            %1))").arg(audit),
        QStringLiteral(R"(CREATE TABLE friction_type_root_causes (
            friction_type_id INTEGER NOT NULL REFERENCES friction_types(id) ON DELETE CASCADE,
            category_id INTEGER NOT NULL REFERENCES root_cause_categories(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (friction_type_id, category_id)))"),
        QStringLiteral(R"(CREATE TABLE conflict_patterns (id %ID%, code TEXT NOT NULL DEFAULT '',
            complaint TEXT NOT NULL, revops_enables TEXT NOT NULL DEFAULT '', artifact TEXT NOT NULL DEFAULT '',
            quick_fix TEXT NOT NULL DEFAULT '',
            friction_type_id INTEGER REFERENCES friction_types(id) ON DELETE SET NULL,
            sort_order INTEGER NOT NULL DEFAULT 0, %1))").arg(audit),
        QStringLiteral(R"(CREATE TABLE conflict_pattern_kpis (
            pattern_id INTEGER NOT NULL REFERENCES conflict_patterns(id) ON DELETE CASCADE,
            metric_id INTEGER NOT NULL REFERENCES metrics(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (pattern_id, metric_id)))"),
        QStringLiteral(R"(CREATE TABLE conflict_pattern_root_causes (
            pattern_id INTEGER NOT NULL REFERENCES conflict_patterns(id) ON DELETE CASCADE,
            category_id INTEGER NOT NULL REFERENCES root_cause_categories(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (pattern_id, category_id)))"),
        QStringLiteral(R"(CREATE TABLE slas (id %ID%, kind TEXT NOT NULL, name TEXT NOT NULL,
            owner_team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL,
            counterpart_team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL,
            description TEXT NOT NULL DEFAULT '', required_fields TEXT NOT NULL DEFAULT '',
            suppression_rules TEXT NOT NULL DEFAULT '', target_hours REAL NOT NULL DEFAULT 0,
            escalate_to_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            escalate_after_hours REAL NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1, %1))").arg(audit),
        QStringLiteral(R"(CREATE TABLE reject_reasons (id %ID%, code TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '', action TEXT NOT NULL, sort_order INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1, %1))").arg(audit),
        QStringLiteral(R"(CREATE TABLE alignment_areas (id %ID%, code TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'not_started',
            owner_id INTEGER REFERENCES people(id) ON DELETE SET NULL, link TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '', sort_order INTEGER NOT NULL DEFAULT 0, %1))").arg(audit),
        QStringLiteral(R"(CREATE TABLE operating_rhythms (id %ID%, code TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,
            cadence TEXT NOT NULL, purpose TEXT NOT NULL DEFAULT '', standing_agenda TEXT NOT NULL DEFAULT '',
            chair_id INTEGER REFERENCES people(id) ON DELETE SET NULL, sort_order INTEGER NOT NULL DEFAULT 0,
            %1))").arg(audit),
        QStringLiteral(R"(CREATE TABLE rhythm_attendees (
            rhythm_id INTEGER NOT NULL REFERENCES operating_rhythms(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (rhythm_id, person_id)))"),
        QStringLiteral(R"(CREATE TABLE review_meetings (id %ID%,
            rhythm_id INTEGER REFERENCES operating_rhythms(id) ON DELETE SET NULL, title TEXT NOT NULL,
            held_on TEXT, facilitator_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            status TEXT NOT NULL DEFAULT 'planned', minutes TEXT NOT NULL DEFAULT '', %1))").arg(audit),
        QStringLiteral("CREATE INDEX review_meetings_rhythm ON review_meetings(rhythm_id, held_on)"),
        QStringLiteral(R"(CREATE TABLE meeting_attendees (
            meeting_id INTEGER NOT NULL REFERENCES review_meetings(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (meeting_id, person_id)))"),
        QStringLiteral(R"(CREATE TABLE cases (id %ID%, title TEXT NOT NULL,
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
            closed_on TEXT, archived INTEGER NOT NULL DEFAULT 0, %1))").arg(audit),
        // The case list filters and sorts by these columns; each gets an index so that 100k cases stay fast.
        QStringLiteral("CREATE INDEX cases_stage ON cases(archived, stage)"),
        QStringLiteral("CREATE INDEX cases_type ON cases(archived, friction_type_id)"),
        QStringLiteral("CREATE INDEX cases_severity ON cases(archived, severity)"),
        QStringLiteral("CREATE INDEX cases_updated ON cases(archived, updated_at)"),
        QStringLiteral("CREATE INDEX cases_title ON cases(archived, title)"),
        QStringLiteral("CREATE INDEX cases_status ON cases(status, closed_on)"),
        QStringLiteral(R"(CREATE TABLE case_teams (case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE, position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (case_id, team_id)))"),
        QStringLiteral("CREATE INDEX case_teams_team ON case_teams(team_id, case_id)"),
        QStringLiteral(R"(CREATE TABLE case_signals (case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            signal_id INTEGER NOT NULL REFERENCES data_trust_signals(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (case_id, signal_id)))"),
        QStringLiteral(R"(CREATE TABLE case_root_causes (id %ID%,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            category_id INTEGER NOT NULL REFERENCES root_cause_categories(id) ON DELETE CASCADE,
            evidence TEXT NOT NULL DEFAULT '', sort_order INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX case_root_causes_case ON case_root_causes(case_id)"),
        QStringLiteral(R"(CREATE TABLE case_stage_history (id %ID%,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE, from_stage TEXT NOT NULL,
            to_stage TEXT NOT NULL, changed_at TEXT, changed_by TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX case_stage_history_case ON case_stage_history(case_id, changed_at)"),
        QStringLiteral(R"(CREATE TABLE case_reviews (id %ID%,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            meeting_id INTEGER REFERENCES review_meetings(id) ON DELETE SET NULL, reviewed_on TEXT,
            note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX case_reviews_case ON case_reviews(case_id, reviewed_on)"),
        QStringLiteral(R"(CREATE TABLE decisions (id %ID%, case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
            meeting_id INTEGER REFERENCES review_meetings(id) ON DELETE SET NULL,
            owner_id INTEGER REFERENCES people(id) ON DELETE SET NULL, criteria TEXT NOT NULL DEFAULT '',
            escalation_to_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            escalation_after_days INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL DEFAULT '', decided_on TEXT,
            status TEXT NOT NULL DEFAULT 'proposed',
            supersedes_id INTEGER REFERENCES decisions(id) ON DELETE SET NULL, %1))").arg(audit),
        QStringLiteral("CREATE INDEX decisions_case ON decisions(case_id)"),
        QStringLiteral("CREATE INDEX decisions_meeting ON decisions(meeting_id)"),
        QStringLiteral("CREATE INDEX decisions_date ON decisions(decided_on)"),
        QStringLiteral(R"(CREATE TABLE decision_contributors (
            decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (decision_id, person_id)))"),
        QStringLiteral(R"(CREATE TABLE actions (id %ID%, case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
            meeting_id INTEGER REFERENCES review_meetings(id) ON DELETE SET NULL, kind TEXT NOT NULL,
            title TEXT NOT NULL, owner_id INTEGER REFERENCES people(id) ON DELETE SET NULL, due_on TEXT,
            status TEXT NOT NULL DEFAULT 'open', done_on TEXT, %1))").arg(audit),
        QStringLiteral("CREATE INDEX actions_case ON actions(case_id)"),
        QStringLiteral("CREATE INDEX actions_due ON actions(status, due_on)"),
        QStringLiteral("CREATE INDEX actions_owner ON actions(owner_id, due_on)"),
        QStringLiteral(R"(CREATE TABLE agenda_items (id %ID%,
            meeting_id INTEGER NOT NULL REFERENCES review_meetings(id) ON DELETE CASCADE, kind TEXT NOT NULL,
            title TEXT NOT NULL, case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
            metric_id INTEGER REFERENCES metrics(id) ON DELETE SET NULL,
            action_id INTEGER REFERENCES actions(id) ON DELETE SET NULL, done INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT '', sort_order INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, sort_order)"),
        QStringLiteral(R"(CREATE TABLE experiments (id %ID%,
            meeting_id INTEGER REFERENCES review_meetings(id) ON DELETE SET NULL, hypothesis TEXT NOT NULL,
            owner_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            metric_id INTEGER REFERENCES metrics(id) ON DELETE SET NULL, start_on TEXT, end_on TEXT,
            status TEXT NOT NULL DEFAULT 'running', result TEXT NOT NULL DEFAULT '', %1))").arg(audit),
        QStringLiteral(R"(CREATE TABLE pulse_entries (id %ID%,
            meeting_id INTEGER REFERENCES review_meetings(id) ON DELETE SET NULL, period TEXT NOT NULL,
            person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL, rating TEXT NOT NULL,
            one_thing TEXT NOT NULL DEFAULT '', answered_on TEXT))"),
        QStringLiteral("CREATE INDEX pulse_entries_period ON pulse_entries(period, team_id)"),
        QStringLiteral(R"(CREATE TABLE nps_answers (id %ID%, period TEXT NOT NULL, account TEXT NOT NULL DEFAULT '',
            respondent TEXT NOT NULL DEFAULT '', score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
            do_better TEXT NOT NULL DEFAULT '', do_well TEXT NOT NULL DEFAULT '', answered_on TEXT))"),
        QStringLiteral("CREATE INDEX nps_answers_period ON nps_answers(period)"),
        QStringLiteral(R"(CREATE TABLE team_goals (id %ID%, team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
            partner_team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL, goal TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'not_started', %1))").arg(audit),
    };
}

// Format 2: imported CRM records with their import runs and saved column mappings, the change log that records
// who changed what and when, and the resolution mechanism a case carries over from its friction type.
QStringList step2()
{
    const QString audit = QString::fromLatin1(kAudit);
    return {
        QStringLiteral(R"(CREATE TABLE import_mappings (id %ID%, name TEXT NOT NULL,
            header_signature TEXT NOT NULL DEFAULT '', definition TEXT NOT NULL DEFAULT '{}', %1))").arg(audit),
        QStringLiteral("CREATE INDEX import_mappings_signature ON import_mappings(header_signature)"),
        QStringLiteral(R"(CREATE TABLE crm_imports (id %ID%, file_name TEXT NOT NULL, imported_at TEXT,
            imported_by TEXT NOT NULL DEFAULT '', time_zone TEXT NOT NULL DEFAULT 'UTC',
            mapping_id INTEGER REFERENCES import_mappings(id) ON DELETE SET NULL,
            rows_read INTEGER NOT NULL DEFAULT 0, rows_imported INTEGER NOT NULL DEFAULT 0,
            rows_updated INTEGER NOT NULL DEFAULT 0, rows_rejected INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE crm_records (id %ID%, kind TEXT NOT NULL, external_id TEXT NOT NULL,
            parent_external_id TEXT NOT NULL DEFAULT '', created_at TEXT, source TEXT NOT NULL DEFAULT '',
            segment TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '', team TEXT NOT NULL DEFAULT '',
            stage_reached TEXT NOT NULL DEFAULT '', inquiry_at TEXT, mql_at TEXT, sal_at TEXT, sql_at TEXT,
            opportunity_at TEXT, first_touch_at TEXT, reject_reason TEXT NOT NULL DEFAULT '', won_at TEXT,
            lost_at TEXT, amount REAL NOT NULL DEFAULT 0, close_date TEXT,
            import_id INTEGER REFERENCES crm_imports(id) ON DELETE SET NULL, UNIQUE (kind, external_id)))"),
        QStringLiteral("CREATE INDEX crm_records_created ON crm_records(kind, created_at)"),
        QStringLiteral("CREATE INDEX crm_records_parent ON crm_records(parent_external_id)"),
        QStringLiteral(R"(CREATE TABLE change_log (id %ID%, entity TEXT NOT NULL, entity_id INTEGER NOT NULL,
            change TEXT NOT NULL, changed_at TEXT NOT NULL, changed_by TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX change_log_entity ON change_log(entity, entity_id)"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN mechanism TEXT NOT NULL DEFAULT ''"),
    };
}

// Format 3: imported records lose the two indexes of format 2. No built-in metric reads records by their creation
// time or by their lead, and every scorecard query reads a kind's records whole, so the indexes served no query;
// yet keeping them cost a large import nearly half its time, most of it sorting every record's key.
QStringList step3()
{
    return {
        QStringLiteral("DROP INDEX IF EXISTS crm_records_created"),
        QStringLiteral("DROP INDEX IF EXISTS crm_records_parent"),
    };
}

QStringList stepStatements(int version)
{
    switch (version) {
    case 1:
        return step1();
    case 2:
        return step2();
    case 3:
        return step3();
    default:
        return {};
    }
}

} // namespace

int currentVersion()
{
    return 3;
}

bool migrate(Database& db, int fromVersion, int toVersion, QString* error)
{
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        Transaction transaction(db);
        if (!transaction.isActive()) {
            if (error)
                *error = transaction.error();
            return false;
        }
        const QStringList statements = stepStatements(version);
        if (statements.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("accord::Migrations", "There is no migration to format %1.")
                             .arg(version);
            return false;
        }
        for (const QString& statement : statements) {
            if (!SqlQuery::run(db.connection(), SqlDialect::expandSchema(statement), error))
                return false;
        }
        if (!SqlDialect::setSchemaVersion(db.connection(), version, error) || !transaction.commit(error))
            return false;
    }
    return true;
}

} // namespace accord::Migrations
