#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace accord {

// The fields of an imported CRM record that a formula may name: the crm_records columns plus closed_at, the time a
// deal closed either way. This list is the whitelist both the parser and the SQL compiler check names against.
namespace FormulaFields {

enum class Type { Text, Number, Timestamp, Date };

struct Field
{
    const char* name;
    Type type;
};

const QList<Field>& all();
// The field of that name, or nullptr.
const Field* find(const QString& name);
QStringList names();
QString typeName(Type type);

} // namespace FormulaFields
} // namespace accord
