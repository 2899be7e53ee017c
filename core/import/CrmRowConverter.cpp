#include "CrmRowConverter.h"

#include "domain/CrmRecord.h"

#include <QCoreApplication>
#include <utility>

namespace accord {
namespace {

const std::pair<ImportField, QString CrmRecord::*> TextFields[] = {
    {ImportField::RecordId, &CrmRecord::externalId},
    {ImportField::ParentId, &CrmRecord::parentExternalId},
    {ImportField::Source, &CrmRecord::source},
    {ImportField::Segment, &CrmRecord::segment},
    {ImportField::Owner, &CrmRecord::owner},
    {ImportField::Team, &CrmRecord::team},
    {ImportField::StageReached, &CrmRecord::stageReached},
    {ImportField::RejectReason, &CrmRecord::rejectReason},
};

const std::pair<ImportField, QDateTime CrmRecord::*> TimeFields[] = {
    {ImportField::CreatedAt, &CrmRecord::createdAt},
    {ImportField::InquiryAt, &CrmRecord::inquiryAt},
    {ImportField::MqlAt, &CrmRecord::mqlAt},
    {ImportField::SalAt, &CrmRecord::salAt},
    {ImportField::SqlAt, &CrmRecord::sqlAt},
    {ImportField::OpportunityAt, &CrmRecord::opportunityAt},
    {ImportField::FirstTouchAt, &CrmRecord::firstTouchAt},
    {ImportField::WonAt, &CrmRecord::wonAt},
    {ImportField::LostAt, &CrmRecord::lostAt},
};

QStringList normalizedNames(const QStringList& names)
{
    QStringList result;
    for (const QString& name : names)
        result << ImportMappingDefinition::normalizedName(name);
    return result;
}

} // namespace

CrmRowConverter::CrmRowConverter(const ImportMappingDefinition& mapping, const QStringList& header)
    : m_kind(mapping.kind), m_zone(mapping.timeZone.toUtf8()),
      m_dates(mapping.dateFormat.value_or(DateFormat::YearMonthDay), m_zone),
      m_amounts(mapping.decimalSeparator.isNull() ? QLatin1Char('.') : mapping.decimalSeparator),
      m_wonValues(normalizedNames(mapping.wonValues)), m_lostValues(normalizedNames(mapping.lostValues))
{
    const QStringList names = normalizedNames(header);
    m_index.fill(-1);
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
        m_index[std::size_t(it.key())] = names.indexOf(ImportMappingDefinition::normalizedName(it.value()));
        m_column[std::size_t(it.key())] = it.value();
    }
}

QStringView CrmRowConverter::cell(const QStringList& row, ImportField field) const
{
    const qsizetype index = m_index[std::size_t(field)];
    return index >= 0 && index < row.size() ? QStringView(row[index]).trimmed() : QStringView();
}

QString CrmRowConverter::text(const QStringList& row, ImportField field) const
{
    const qsizetype index = m_index[std::size_t(field)];
    if (index < 0 || index >= row.size())
        return QString();
    // Most cells have nothing to trim and are shared with the row rather than copied.
    const QString& whole = row[index];
    const QStringView trimmed = QStringView(whole).trimmed();
    return trimmed.size() == whole.size() ? whole : trimmed.toString();
}

void CrmRowConverter::problem(QList<ImportProblem>* problems, int line, ImportField field, const QString& reason) const
{
    problems->append({line, m_column[std::size_t(field)], reason});
}

bool CrmRowConverter::flag(const QStringList& row, ImportField field, int line, QList<ImportProblem>* problems) const
{
    static const QStringList yes{QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("y"),
                                 QStringLiteral("1"), QStringLiteral("x")};
    static const QStringList no{QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("0"),
                                QString()};
    if (m_index[std::size_t(field)] < 0)
        return false;
    const QString value = cell(row, field).toString().toLower();
    if (yes.contains(value))
        return true;
    if (!no.contains(value))
        problem(problems, line, field,
                QCoreApplication::translate("accord::CrmRowConverter", "“%1” is neither yes nor no.").arg(value));
    return false;
}

bool CrmRowConverter::convert(const QStringList& row, int line, CrmRecord* record, QList<ImportProblem>* problems) const
{
    const qsizetype problemsBefore = problems->size();
    *record = CrmRecord();
    record->kind = m_kind;
    QString reason;
    for (const auto& [field, member] : TextFields)
        record->*member = text(row, field);
    for (const auto& [field, member] : TimeFields)
        if (!m_dates.parseDateTime(cell(row, field), &(record->*member), &reason))
            problem(problems, line, field, reason);
    if (!m_amounts.parse(cell(row, ImportField::Amount), &record->amount, &reason))
        problem(problems, line, ImportField::Amount, reason);
    if (!m_dates.parseDate(cell(row, ImportField::CloseDate), &record->closeDate, &reason))
        problem(problems, line, ImportField::CloseDate, reason);
    if (record->externalId.isEmpty())
        problem(problems, line, ImportField::RecordId,
                QCoreApplication::translate("accord::CrmRowConverter", "The record has no id."));

    // Without won and lost dates, a status or a won/closed pair says how the record ended, on its close date.
    const QString status = m_index[std::size_t(ImportField::Status)] < 0
                               ? QString()
                               : ImportMappingDefinition::normalizedName(cell(row, ImportField::Status));
    const bool won = m_wonValues.contains(status) || flag(row, ImportField::IsWon, line, problems);
    const bool lost = !won && (m_lostValues.contains(status) || flag(row, ImportField::IsClosed, line, problems));
    QDateTime& outcome = won ? record->wonAt : record->lostAt;
    if ((won || lost) && !outcome.isValid()) {
        if (record->closeDate.isValid())
            outcome = record->closeDate.startOfDay(m_zone).toUTC();
        else
            problem(problems, line,
                    m_index[std::size_t(ImportField::Status)] >= 0 ? ImportField::Status : ImportField::IsWon,
                    QCoreApplication::translate("accord::CrmRowConverter",
                                                "The record is closed but has no close date to date it by."));
    }
    return problems->size() == problemsBefore;
}

} // namespace accord
