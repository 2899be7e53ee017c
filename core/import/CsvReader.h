#pragma once

#include "ImportEnums.h"
#include "ImportProblem.h"

#include <QStringDecoder>
#include <QStringList>
#include <functional>

class QIODevice;

namespace accord {

// Reads a CRM export row by row from a device, holding only one buffer of it: RFC 4180 quoting (delimiters, doubled
// quotes and line breaks inside quotes), CRLF or LF, a sniffed or chosen delimiter and encoding. Rows whose field
// count differs from the header's are reported in problems() and skipped, so one ragged row does not end the file.
class CsvReader
{
public:
    enum class State { Ready, End, Failed, Cancelled };
    // Called after every record; returning false cancels reading.
    using ProgressHandler = std::function<bool(const ImportProgress&)>;

    // A null delimiter is sniffed from the header line.
    explicit CsvReader(QIODevice* device, TextEncoding encoding = TextEncoding::Auto, QChar delimiter = QChar());

    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }

    // Settles encoding and delimiter from the start of the file and reads the header row.
    bool readHeader();
    // Reads the next well-formed record into row(); false at the end, on a fatal problem, or when cancelled.
    bool next();

    State state() const { return m_state; }
    TextEncoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    const QStringList& header() const { return m_header; }
    const QStringList& row() const { return m_row; }
    // The line the current row starts on, counting the header as line 1.
    int line() const { return m_rowLine; }
    // Records after the header, the skipped ragged ones included.
    int rowsRead() const { return m_rowsRead; }
    const QList<ImportProblem>& problems() const { return m_problems; }

    // A byte-order mark decides; else valid UTF-8 is UTF-8 and anything else is taken as Windows-1252.
    static TextEncoding detectEncoding(QByteArrayView head);
    // The candidate (comma, semicolon, tab) found most often outside quotes on the first line; comma on a tie.
    static QChar sniffDelimiter(QStringView text);

private:
    bool fill();
    bool readRecord();
    void endField();
    void endRecord();
    void fail(int line, const QString& column, const QString& reason);
    QString columnName(qsizetype index) const;

    QIODevice* m_device;
    TextEncoding m_encoding;
    QChar m_delimiter;
    ProgressHandler m_progress;
    QStringDecoder m_decoder;
    QByteArray m_bytes;
    QString m_text;
    qsizetype m_pos = 0;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;
    int m_line = 1;
    int m_rowLine = 1;
    int m_rowsRead = 0;
    bool m_skipLineFeed = false;
    bool m_readingHeader = true;
    State m_state = State::Ready;
    QString m_field;
    qsizetype m_fields = 0; // of the row being read
    QStringList m_header;
    QStringList m_row;
    QList<ImportProblem> m_problems;
};

} // namespace accord
