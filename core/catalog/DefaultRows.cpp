#include "DefaultRows.h"

#include <QCoreApplication>

namespace accord::Catalog {
namespace {

Id lookup(const QHash<QString, Id>& ids, const QString& code, QStringList* unresolved)
{
    if (code.isEmpty())
        return 0;
    const Id id = ids.value(code);
    if (!id && unresolved)
        unresolved->append(code);
    return id;
}

} // namespace

QString translated(const char* text)
{
    return QCoreApplication::translate("accord::Catalog", text);
}

Id resolve(const QHash<QString, Id>& ids, const char* code, QStringList* unresolved)
{
    return lookup(ids, QString::fromLatin1(code), unresolved);
}

QList<Id> resolveAll(const QHash<QString, Id>& ids, const char* codes, QStringList* unresolved)
{
    QList<Id> result;
    for (const QString& code : QString::fromLatin1(codes).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (const Id id = lookup(ids, code, unresolved))
            result.append(id);
    }
    return result;
}

} // namespace accord::Catalog
