#include "CaseListQuery.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlQuery.h"
#include "SqlValue.h"

namespace accord::CaseListQuery {
namespace {

struct WhereClause
{
    QString sql;
    QVariantList values;
};

WhereClause whereClause(const CaseFilter& filter)
{
    QStringList parts;
    WhereClause where;
    if (!filter.includeArchived)
        parts << QStringLiteral("c.archived = 0");
    if (filter.stage) {
        parts << QStringLiteral("c.stage = ?");
        where.values << enumCode(*filter.stage);
    }
    if (filter.frictionTypeId) {
        parts << QStringLiteral("c.friction_type_id = ?");
        where.values << filter.frictionTypeId;
    }
    if (filter.severity) {
        parts << QStringLiteral("c.severity = ?");
        where.values << filter.severity;
    }
    for (Id team : {filter.teamId, filter.otherTeamId}) {
        if (!team)
            continue;
        parts << QStringLiteral("EXISTS (SELECT 1 FROM case_teams ct WHERE ct.case_id = c.id AND ct.team_id = ?)");
        where.values << team;
    }
    if (filter.openOnly) {
        parts << QStringLiteral("c.status = ?");
        where.values << enumCode(CaseStatus::Open);
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        // The user's text is a literal: escape LIKE's wildcards.
        QString pattern = search;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        parts << QStringLiteral("(c.title LIKE ? ESCAPE '\\' OR c.looks_like LIKE ? ESCAPE '\\')");
        where.values << pattern << pattern;
    }
    if (!parts.isEmpty())
        where.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return where;
}

QString stageOrder()
{
    QString sql = QStringLiteral("CASE c.stage");
    for (CaseStage stage : enumValues<CaseStage>())
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(enumCode(stage)).arg(int(stage));
    return sql + QStringLiteral(" END");
}

QString orderClause(const CaseFilter& filter)
{
    QString key;
    switch (filter.sortKey) {
    case CaseFilter::SortKey::Id:
        key = QStringLiteral("c.id");
        break;
    case CaseFilter::SortKey::Title:
        key = QStringLiteral("c.title");
        break;
    case CaseFilter::SortKey::Stage:
        key = stageOrder();
        break;
    case CaseFilter::SortKey::FrictionType:
        key = QStringLiteral("ft.sort_order");
        break;
    case CaseFilter::SortKey::Severity:
        key = QStringLiteral("c.severity");
        break;
    case CaseFilter::SortKey::RevenueAtRisk:
        key = QStringLiteral("c.revenue_at_risk");
        break;
    case CaseFilter::SortKey::Updated:
        key = QStringLiteral("c.updated_at");
        break;
    }
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QString();
    // The id breaks ties, so that paging never shows a row twice or skips one.
    return QStringLiteral(" ORDER BY %1%2, c.id%2").arg(key, direction);
}

} // namespace

int count(const Database& db, const CaseFilter& filter, QString* error)
{
    const WhereClause where = whereClause(filter);
    SqlQuery query(db.connection(), QStringLiteral("SELECT count(*) FROM cases c") + where.sql);
    for (const QVariant& v : where.values)
        query.bind(v);
    if (!query.exec(error) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QList<CaseSummary> fetch(const Database& db, const CaseFilter& filter, int offset, int limit, QString* error)
{
    const WhereClause where = whereClause(filter);
    const QString sql = QStringLiteral(
        "SELECT c.id, c.title, c.stage, c.status, c.friction_type_id, ft.name, "
        "(SELECT %1 FROM (SELECT t.name AS name FROM case_teams ct JOIN teams t ON t.id = ct.team_id "
        " WHERE ct.case_id = c.id ORDER BY ct.position) AS names), "
        "c.severity, c.revenue_at_risk, "
        "(SELECT p.name FROM decisions d JOIN people p ON p.id = d.owner_id WHERE d.case_id = c.id "
        " ORDER BY CASE d.status WHEN 'in_force' THEN 0 ELSE 1 END, d.decided_on DESC, d.id DESC LIMIT 1), "
        "c.updated_at, c.archived "
        "FROM cases c LEFT JOIN friction_types ft ON ft.id = c.friction_type_id%2%3 LIMIT ? OFFSET ?")
                            .arg(SqlDialect::joinedValues(QStringLiteral("name")), where.sql, orderClause(filter));
    SqlQuery query(db.connection(), sql);
    for (const QVariant& v : where.values)
        query.bind(v);
    query.bind(limit).bind(offset);
    QList<CaseSummary> rows;
    if (!query.exec(error))
        return rows;
    while (query.next()) {
        CaseSummary row;
        row.id = query.value(0).toLongLong();
        row.title = query.value(1).toString();
        row.stage = SqlValue::fromSql<CaseStage>(query.value(2));
        row.status = SqlValue::fromSql<CaseStatus>(query.value(3));
        row.frictionTypeId = query.value(4).toLongLong();
        row.frictionType = query.value(5).toString();
        const QString teams = query.value(6).toString();
        row.teams = teams.isEmpty() ? QStringList() : teams.split(SqlDialect::JoinSeparator);
        row.severity = query.value(7).toInt();
        row.revenueAtRisk = query.value(8).toLongLong();
        row.decisionOwner = query.value(9).toString();
        row.updatedAt = SqlValue::fromSql<QDateTime>(query.value(10));
        row.archived = query.value(11).toBool();
        rows.append(row);
    }
    return rows;
}

} // namespace accord::CaseListQuery
