#pragma once

#include "formula/FormulaNodes.h"

#include <QDate>
#include <QString>
#include <QVariantList>

namespace accord {

// Compiles the parts of a formula tree to SQL over crm_records. Field names are taken only from the formula
// whitelist (FormulaFields) and every value is bound, so a formula, whoever wrote it, cannot change the statement.
// A name outside the whitelist (possible only in a tree built by hand) is recorded in error() and compiled to NULL.
class FormulaSql
{
public:
    // A piece of SQL with the values of its placeholders, in order.
    struct Fragment
    {
        QString sql;
        QVariantList binds;

        bool isEmpty() const { return sql.isEmpty(); }
        Fragment& append(const QString& text);
        Fragment& append(const Fragment& other);
    };

    // A condition that is never NULL: a comparison with a missing time or duration is false, so "not" counts it.
    Fragment condition(const FormulaCondition& condition);
    // A number, text or time; NULL when a time it needs is missing.
    Fragment value(const FormulaOperand& operand);
    QString field(const QString& name);
    // The records of a kind whose anchor falls on a day from `from` to `to`; the set's own condition is apart.
    Fragment inRange(RecordKind kind, const QString& anchor, QDate from, QDate to);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    Fragment nullable(const Fragment& comparison, bool canBeNull);
    bool canBeNull(const FormulaOperand& operand) const;

    QString m_error;
};

} // namespace accord
