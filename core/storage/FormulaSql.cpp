#include "FormulaSql.h"

#include "SqlDialect.h"
#include "SqlValue.h"
#include "formula/FormulaFields.h"

#include <QCoreApplication>

namespace accord {
namespace {

using CondKind = FormulaCondition::Kind;

const char* opSql(CompareOp op)
{
    switch (op) {
    case CompareOp::Equal:
        return " = ";
    case CompareOp::NotEqual:
        return " <> ";
    case CompareOp::Less:
        return " < ";
    case CompareOp::LessOrEqual:
        return " <= ";
    case CompareOp::Greater:
        return " > ";
    case CompareOp::GreaterOrEqual:
        return " >= ";
    }
    return " = ";
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// Midnight UTC of a day, in the stored time format, so that text comparison orders it among the record times.
QString startOfDay(QDate day)
{
    return SqlValue::toSql(QDateTime(day, QTime(0, 0), Qt::UTC)).toString();
}

} // namespace

FormulaSql::Fragment& FormulaSql::Fragment::append(const QString& text)
{
    sql += text;
    return *this;
}

FormulaSql::Fragment& FormulaSql::Fragment::append(const Fragment& other)
{
    sql += other.sql;
    binds += other.binds;
    return *this;
}

QString FormulaSql::field(const QString& name)
{
    if (name == QLatin1String("closed_at"))
        return QStringLiteral("COALESCE(won_at, lost_at)");
    if (FormulaFields::find(name))
        return name;
    m_error = QCoreApplication::translate("accord::FormulaSql", "The formula names “%1”, which is not a record field.")
                  .arg(name);
    return QStringLiteral("NULL");
}

FormulaSql::Fragment FormulaSql::value(const FormulaOperand& operand)
{
    switch (operand.kind) {
    case FormulaOperand::Kind::Field:
        return {field(operand.field), {}};
    case FormulaOperand::Kind::Duration: {
        const QString seconds = SqlDialect::secondsBetween(field(operand.field), field(operand.toField));
        return {
            QStringLiteral("(%1 / %2)")
                .arg(seconds, operand.unit == DurationUnit::Hours ? QLatin1String("3600.0") : QLatin1String("86400.0")),
            {}};
    }
    case FormulaOperand::Kind::Text:
        return {QStringLiteral("?"), {operand.text}};
    case FormulaOperand::Kind::Number:
        return {QStringLiteral("?"), {operand.number}};
    }
    return {};
}

bool FormulaSql::canBeNull(const FormulaOperand& operand) const
{
    if (operand.kind == FormulaOperand::Kind::Duration)
        return true;
    if (operand.kind != FormulaOperand::Kind::Field)
        return false;
    const FormulaFields::Field* found = FormulaFields::find(operand.field);
    return found && (found->type == FormulaFields::Type::Timestamp || found->type == FormulaFields::Type::Date);
}

FormulaSql::Fragment FormulaSql::nullable(const Fragment& comparison, bool canBeNull)
{
    if (!canBeNull)
        return comparison;
    Fragment result{QStringLiteral("("), {}};
    return result.append(comparison).append(QStringLiteral(") IS TRUE"));
}

FormulaSql::Fragment FormulaSql::condition(const FormulaCondition& condition)
{
    switch (condition.kind) {
    case CondKind::And:
    case CondKind::Or: {
        Fragment result{QStringLiteral("("), {}};
        const QString separator = condition.kind == CondKind::And ? QStringLiteral(" AND ") : QStringLiteral(" OR ");
        for (std::size_t i = 0; i < condition.children.size(); ++i) {
            if (i > 0)
                result.append(separator);
            result.append(this->condition(condition.children[i]));
        }
        return result.append(QStringLiteral(")"));
    }
    case CondKind::Not: {
        Fragment result{QStringLiteral("NOT ("), {}};
        return result.append(this->condition(condition.children.front())).append(QStringLiteral(")"));
    }
    case CondKind::Compare: {
        Fragment comparison = value(condition.left);
        comparison.append(QLatin1String(opSql(condition.op))).append(value(condition.right));
        return nullable(comparison, canBeNull(condition.left) || canBeNull(condition.right));
    }
    case CondKind::In: {
        Fragment result = value(condition.left);
        result.append(QStringLiteral(" IN (%1)").arg(placeholders(condition.values.size())));
        for (const QString& text : condition.values)
            result.binds << text;
        return result;
    }
    case CondKind::Reached:
        return {field(condition.field) + QStringLiteral(" IS NOT NULL"), {}};
    case CondKind::Has: {
        const QString column = field(condition.name);
        const FormulaFields::Field* found = FormulaFields::find(condition.name);
        if (found && found->type == FormulaFields::Type::Text)
            return {column + QStringLiteral(" <> ''"), {}};
        if (found && found->type == FormulaFields::Type::Number)
            return {column + QStringLiteral(" <> 0"), {}};
        return {column + QStringLiteral(" IS NOT NULL"), {}};
    }
    case CondKind::Won:
        return {QStringLiteral("won_at IS NOT NULL"), {}};
    case CondKind::Lost:
        return {QStringLiteral("lost_at IS NOT NULL"), {}};
    case CondKind::Closed:
        return {QStringLiteral("(won_at IS NOT NULL OR lost_at IS NOT NULL)"), {}};
    case CondKind::Open:
        return {QStringLiteral("(won_at IS NULL AND lost_at IS NULL)"), {}};
    case CondKind::Rejected: {
        if (condition.name.isEmpty())
            return {QStringLiteral("reject_reason <> ''"), {}};
        Fragment result{QStringLiteral("reject_reason IN (%1)").arg(placeholders(condition.values.size())), {}};
        for (const QString& text : condition.values)
            result.binds << text;
        return result;
    }
    }
    return {};
}

FormulaSql::Fragment FormulaSql::inRange(RecordKind kind, const QString& anchor, QDate from, QDate to)
{
    const QString time = field(anchor);
    Fragment result{QStringLiteral("%1 >= ? AND %1 < ?").arg(time), {startOfDay(from), startOfDay(to.addDays(1))}};
    if (kind == RecordKind::Records)
        return result;
    result.append(QStringLiteral(" AND kind = ?"));
    result.binds << enumCode(kind == RecordKind::Leads ? CrmRecordKind::Lead : CrmRecordKind::Opportunity);
    return result;
}

} // namespace accord
