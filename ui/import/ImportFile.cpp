#include "ImportFile.h"

#include "import/AmountParser.h"
#include "import/CrmImporter.h"
#include "import/CsvReader.h"
#include "import/DateParser.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTimeZone>

namespace accord {

bool ImportFile::read(const QString& path)
{
    m_path = path;
    m_header.clear();
    m_sample.clear();
    m_problem.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem = tr("“%1” cannot be read: %2").arg(fileName(), file.errorString());
        return false;
    }
    CsvReader reader(&file, mapping().encoding, mapping().delimiter);
    if (!reader.readHeader()) {
        const ImportProblem first = reader.problems().value(0);
        m_problem = first.reason.isEmpty() ? tr("“%1” has no header row.").arg(fileName()) : first.reason;
        return false;
    }
    m_header = reader.header();
    m_encoding = reader.encoding();
    m_delimiter = reader.delimiter();
    // The same sample the importer settles its formats on, so the dialog asks exactly when the import would.
    while (m_sample.size() < CrmImporter::SampleRows && reader.next())
        m_sample.append(reader.row());
    detectDateFormats();
    return true;
}

QString ImportFile::fileName() const
{
    return QFileInfo(m_path).fileName();
}

void ImportFile::setChoice(ImportMappingChoice choice)
{
    // What the user chose for reading the file outlives a change of mapping.
    choice.definition.encoding = mapping().encoding;
    choice.definition.delimiter = mapping().delimiter;
    m_choice = std::move(choice);
    detectDateFormats();
}

void ImportFile::detectDateFormats()
{
    QStringList dates;
    for (auto it = mapping().columns.cbegin(); it != mapping().columns.cend(); ++it) {
        if (!holdsDate(it.key()))
            continue;
        for (int row = 0; row < m_sample.size(); ++row)
            dates << rawValue(row, it.key());
    }
    m_possibleDates = DateParser::possibleFormats(dates);
}

QString ImportFile::rawValue(int row, ImportField field) const
{
    const QString column = mapping().columns.value(field);
    if (column.isEmpty() || row < 0 || row >= m_sample.size())
        return {};
    const QString wanted = ImportMappingDefinition::normalizedName(column);
    for (qsizetype i = 0; i < m_header.size(); ++i)
        if (ImportMappingDefinition::normalizedName(m_header.at(i)) == wanted)
            return m_sample.at(row).value(i);
    return {};
}

QString ImportFile::parsedValue(int row, ImportField field) const
{
    const QString raw = rawValue(row, field);
    if (raw.trimmed().isEmpty())
        return raw;
    QString reason;
    if (holdsDate(field)) {
        if (needsDateFormat())
            return tr("? %1").arg(raw);
        const QTimeZone zone(mapping().timeZone.toUtf8());
        const DateParser parser(mapping().dateFormat.value_or(m_possibleDates.value(0, DateFormat::YearMonthDay)),
                                zone.isValid() ? zone : QTimeZone::utc());
        if (field == ImportField::CloseDate) {
            QDate day;
            if (parser.parseDate(raw, &day, &reason))
                return QLocale().toString(day, QLocale::ShortFormat);
        } else {
            QDateTime time;
            if (parser.parseDateTime(raw, &time, &reason))
                return tr("%1 UTC").arg(QLocale().toString(time.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm")));
        }
        return tr("⚠ %1").arg(reason);
    }
    if (field == ImportField::Amount) {
        QStringList amounts;
        for (int r = 0; r < m_sample.size(); ++r)
            amounts << rawValue(r, field);
        QChar decimal = mapping().decimalSeparator;
        if (decimal.isNull())
            decimal = AmountParser::detectDecimalSeparator(amounts);
        double value = 0;
        if (AmountParser(decimal.isNull() ? QChar(u'.') : decimal).parse(raw, &value, &reason))
            return QLocale().toString(value, 'f', 2);
        return tr("⚠ %1").arg(reason);
    }
    return raw;
}

} // namespace accord
