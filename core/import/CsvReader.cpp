#include "CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <algorithm>

namespace accord {
namespace {

// Large enough that reading is not dominated by calls into the device, small enough for a fixed memory use.
constexpr qint64 ChunkSize = 256 * 1024;

QStringDecoder decoderFor(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf16LE:
        return QStringDecoder(QStringConverter::Utf16LE);
    case TextEncoding::Utf16BE:
        return QStringDecoder(QStringConverter::Utf16BE);
    case TextEncoding::Windows1252:
        return QStringDecoder("windows-1252");
    case TextEncoding::Auto:
    case TextEncoding::Utf8:
        break;
    }
    return QStringDecoder(QStringConverter::Utf8);
}

bool isLineEnd(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

} // namespace

CsvReader::CsvReader(QIODevice* device, TextEncoding encoding, QChar delimiter)
    : m_device(device), m_encoding(encoding), m_delimiter(delimiter)
{}

TextEncoding CsvReader::detectEncoding(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8;
    if (head.startsWith("\xFF\xFE"))
        return TextEncoding::Utf16LE;
    if (head.startsWith("\xFE\xFF"))
        return TextEncoding::Utf16BE;
    // UTF-16 without a mark still shows itself: text in Latin script has a zero in every other byte.
    const qsizetype probe = qMin<qsizetype>(head.size() & ~qsizetype(1), 512);
    int zeroEven = 0;
    int zeroOdd = 0;
    for (qsizetype i = 0; i < probe; i += 2) {
        zeroEven += head[i] == '\0';
        zeroOdd += head[i + 1] == '\0';
    }
    if (probe > 0 && zeroOdd > probe / 4 && zeroEven == 0)
        return TextEncoding::Utf16LE;
    if (probe > 0 && zeroEven > probe / 4 && zeroOdd == 0)
        return TextEncoding::Utf16BE;
    QStringDecoder utf8(QStringConverter::Utf8);
    // decode() is lazy: the text has to be made for the decoder to see the bytes.
    const QString text = utf8.decode(head);
    return utf8.hasError() ? TextEncoding::Windows1252 : TextEncoding::Utf8;
}

QChar CsvReader::sniffDelimiter(QStringView text)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    int counts[3] = {0, 0, 0};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && isLineEnd(c))
            break;
        else if (!quoted)
            for (int i = 0; i < 3; ++i)
                counts[i] += c == candidates[i];
    }
    int best = 0;
    for (int i = 1; i < 3; ++i)
        if (counts[i] > counts[best])
            best = i;
    return candidates[best];
}

bool CsvReader::readHeader()
{
    m_totalBytes = m_device->isSequential() ? 0 : m_device->size();
    m_bytes = m_device->read(ChunkSize);
    m_bytesRead = m_bytes.size();
    if (m_encoding == TextEncoding::Auto)
        m_encoding = detectEncoding(m_bytes);
    m_decoder = decoderFor(m_encoding);
    m_text = m_decoder.decode(m_bytes);
    if (m_delimiter.isNull())
        m_delimiter = sniffDelimiter(m_text);
    if (!readRecord()) {
        if (m_state == State::Ready)
            fail(1, QString(), QCoreApplication::translate("accord::CsvReader", "The file is empty."));
        return false;
    }
    for (const QString& name : std::as_const(m_row))
        m_header.append(name.trimmed());
    m_readingHeader = false;
    return true;
}

bool CsvReader::next()
{
    while (m_state == State::Ready) {
        if (!readRecord()) {
            if (m_state != State::Ready)
                return false;
            m_state = State::End;
            if (m_rowsRead == 0)
                m_problems.append(
                    {1, QString(),
                     QCoreApplication::translate("accord::CsvReader", "The file has a header but no rows.")});
            return false;
        }
        // Spreadsheets save rows they once touched as nothing but delimiters; they are not records.
        if (std::all_of(m_row.cbegin(), m_row.cend(), [](const QString& field) { return field.isEmpty(); }))
            continue;
        ++m_rowsRead;
        if (m_progress && !m_progress({m_bytesRead, m_totalBytes, m_rowsRead})) {
            m_state = State::Cancelled;
            return false;
        }
        if (m_row.size() == m_header.size())
            return true;
        m_problems.append({m_rowLine, columnName(m_row.size()),
                           QCoreApplication::translate("accord::CsvReader", "The row has %1 fields; the header has %2.")
                               .arg(m_row.size())
                               .arg(m_header.size())});
    }
    return false;
}

bool CsvReader::fill()
{
    if (m_state != State::Ready)
        return false;
    m_bytes.resize(ChunkSize);
    const qint64 n = m_device->read(m_bytes.data(), ChunkSize);
    if (n <= 0)
        return false;
    m_bytesRead += n;
    // Decoding into the same buffer keeps one allocation for the whole file.
    m_text.resize(m_decoder.requiredSpace(n));
    const QChar* end = m_decoder.appendToBuffer(m_text.data(), QByteArrayView(m_bytes.constData(), n));
    m_text.truncate(end - m_text.constData());
    m_pos = 0;
    if (m_decoder.hasError() && m_encoding == TextEncoding::Utf8) {
        fail(m_line, QString(),
             QCoreApplication::translate("accord::CsvReader",
                                         "The file is not valid UTF-8 after line %1; choose its encoding.")
                 .arg(m_line));
        return false;
    }
    return true;
}

bool CsvReader::readRecord()
{
    enum class Field { Start, Unquoted, Quoted, AfterQuote };
    Field state = Field::Start;
    bool started = false;
    m_fields = 0;
    m_field.resize(0);
    for (;;) {
        if (m_pos == m_text.size() && !fill()) {
            if (m_state != State::Ready)
                return false;
            if (state == Field::Quoted) {
                fail(m_rowLine, columnName(m_fields),
                     QCoreApplication::translate("accord::CsvReader",
                                                 "A quoted field is not closed before the end of the file."));
                return false;
            }
            if (started)
                endRecord();
            return started;
        }
        const QChar* data = m_text.constData();
        const qsizetype size = m_text.size();
        const QChar c = data[m_pos];
        if (m_skipLineFeed) {
            m_skipLineFeed = false;
            if (c == QLatin1Char('\n')) {
                ++m_pos;
                continue;
            }
        }
        if (!started) {
            if (isLineEnd(c)) {
                ++m_pos;
                ++m_line;
                m_skipLineFeed = c == QLatin1Char('\r');
                continue;
            }
            started = true;
            m_rowLine = m_line;
        }
        switch (state) {
        case Field::Start:
            if (c == QLatin1Char('"')) {
                ++m_pos;
                state = Field::Quoted;
                continue;
            }
            state = Field::Unquoted;
            [[fallthrough]];
        case Field::Unquoted: {
            const qsizetype start = m_pos;
            while (m_pos < size && data[m_pos] != m_delimiter && !isLineEnd(data[m_pos]))
                ++m_pos;
            m_field.append(QStringView(data + start, m_pos - start));
            if (m_pos == size)
                continue;
            break;
        }
        case Field::Quoted: {
            const qsizetype start = m_pos;
            while (m_pos < size && data[m_pos] != QLatin1Char('"')) {
                m_line += data[m_pos] == QLatin1Char('\n');
                ++m_pos;
            }
            m_field.append(QStringView(data + start, m_pos - start));
            if (m_pos < size) {
                ++m_pos;
                state = Field::AfterQuote;
            }
            continue;
        }
        case Field::AfterQuote:
            if (c == QLatin1Char('"')) {
                m_field.append(c);
                ++m_pos;
                state = Field::Quoted;
                continue;
            }
            // Text after a closing quote is kept as part of the field, as spreadsheets read it.
            if (c != m_delimiter && !isLineEnd(c)) {
                state = Field::Unquoted;
                continue;
            }
            break;
        }
        // At a delimiter or the end of a line.
        const QChar end = data[m_pos++];
        if (end == m_delimiter) {
            endField();
            state = Field::Start;
            continue;
        }
        endRecord();
        ++m_line;
        m_skipLineFeed = end == QLatin1Char('\r');
        return true;
    }
}

void CsvReader::endField()
{
    // A line break inside quotes reads the same whichever line ends the file was saved with.
    if (m_field.contains(QLatin1Char('\r')))
        m_field.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (m_fields == m_row.size())
        m_row.append(QString());
    // The field takes the buffer of the row's field before it: once nothing holds the previous row's values,
    // reading a row allocates nothing.
    m_row[m_fields++].swap(m_field);
    m_field.resize(0);
}

void CsvReader::endRecord()
{
    endField();
    m_row.resize(m_fields);
}

void CsvReader::fail(int line, const QString& column, const QString& reason)
{
    m_problems.append({line, column, reason});
    m_state = State::Failed;
}

QString CsvReader::columnName(qsizetype index) const
{
    return m_readingHeader ? QString() : m_header.value(index);
}

} // namespace accord
