#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace accord {

// Writes RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled, CRLF line ends.
class CsvWriter
{
public:
    explicit CsvWriter(QTextStream& out);

    void writeRow(const QStringList& fields);
    static QString escape(const QString& field);

private:
    QTextStream& m_out;
};

} // namespace accord
