#include "CsvWriter.h"

#include <QTextStream>

#include <algorithm>

namespace accord {

CsvWriter::CsvWriter(QTextStream& out)
    : m_out(out)
{
}

QString CsvWriter::escape(const QString& field)
{
    static const QString special = QStringLiteral(",\"\r\n");
    const bool needsQuotes = std::any_of(field.cbegin(), field.cend(), [](QChar c) { return special.contains(c); });
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList& fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& field : fields)
        escaped << escape(field);
    m_out << escaped.join(QLatin1Char(',')) << "\r\n";
}

} // namespace accord
