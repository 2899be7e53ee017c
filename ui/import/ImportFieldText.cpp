#include "ImportFieldText.h"

namespace accord {

QString ImportFieldText::name(ImportField field)
{
    switch (field) {
    case ImportField::RecordId:
        return tr("Record ID");
    case ImportField::ParentId:
        return tr("Lead it belongs to (link key)");
    case ImportField::CreatedAt:
        return tr("Created");
    case ImportField::Source:
        return tr("Source / origin");
    case ImportField::Segment:
        return tr("Segment");
    case ImportField::Owner:
        return tr("Owner / rep");
    case ImportField::Team:
        return tr("Team");
    case ImportField::StageReached:
        return tr("Stage reached");
    case ImportField::InquiryAt:
        return tr("Inquiry at");
    case ImportField::MqlAt:
        return tr("MQL at");
    case ImportField::SalAt:
        return tr("SAL at");
    case ImportField::SqlAt:
        return tr("SQL at");
    case ImportField::OpportunityAt:
        return tr("Opportunity at");
    case ImportField::FirstTouchAt:
        return tr("First touch at");
    case ImportField::RejectReason:
        return tr("Reject reason");
    case ImportField::WonAt:
        return tr("Won at");
    case ImportField::LostAt:
        return tr("Lost at");
    case ImportField::Status:
        return tr("Won/lost status");
    case ImportField::IsWon:
        return tr("Is won (yes/no)");
    case ImportField::IsClosed:
        return tr("Is closed (yes/no)");
    case ImportField::Amount:
        return tr("Amount");
    case ImportField::CloseDate:
        return tr("Close date");
    }
    return {};
}

QString ImportFieldText::encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return tr("Detect");
    case TextEncoding::Utf8:
        return tr("UTF-8");
    case TextEncoding::Utf16LE:
        return tr("UTF-16 (little-endian)");
    case TextEncoding::Utf16BE:
        return tr("UTF-16 (big-endian)");
    case TextEncoding::Windows1252:
        return tr("Windows-1252 / Latin-1");
    }
    return {};
}

QString ImportFieldText::delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char(','))
        return tr("Comma");
    if (delimiter == QLatin1Char(';'))
        return tr("Semicolon");
    if (delimiter == QLatin1Char('\t'))
        return tr("Tab");
    return tr("Detect");
}

QString ImportFieldText::dateFormatName(DateFormat format)
{
    switch (format) {
    case DateFormat::YearMonthDay:
        return tr("Year first (2026-05-01)");
    case DateFormat::DayMonthYear:
        return tr("Day first (01/05/2026)");
    case DateFormat::MonthDayYear:
        return tr("Month first (05/01/2026)");
    }
    return {};
}

} // namespace accord
