#pragma once

#include "domain/Enums.h"

namespace accord {

// How the bytes of an import file are text. Auto reads a byte-order mark, else takes UTF-8 when the bytes are valid
// UTF-8 and Windows-1252 (what Excel writes on Windows) when they are not.
enum class TextEncoding { Auto, Utf8, Utf16LE, Utf16BE, Windows1252 };

// How a file writes dates that do not start with the year. Year-first dates (ISO 8601, 2026.05.01 10:00) are read
// in every format, since nothing else starts with four digits.
enum class DateFormat { YearMonthDay, DayMonthYear, MonthDayYear };

// What a file column can hold for a CRM record. Status, IsWon and IsClosed are not stored themselves; they decide
// whether the record was won or lost when the file has no won and lost dates.
enum class ImportField {
    RecordId,
    ParentId,
    CreatedAt,
    Source,
    Segment,
    Owner,
    Team,
    StageReached,
    InquiryAt,
    MqlAt,
    SalAt,
    SqlAt,
    OpportunityAt,
    FirstTouchAt,
    RejectReason,
    WonAt,
    LostAt,
    Status,
    IsWon,
    IsClosed,
    Amount,
    CloseDate
};

// Fields read as a date or a time, whose values tell a file's date format.
constexpr bool holdsDate(ImportField field)
{
    switch (field) {
    case ImportField::CreatedAt:
    case ImportField::InquiryAt:
    case ImportField::MqlAt:
    case ImportField::SalAt:
    case ImportField::SqlAt:
    case ImportField::OpportunityAt:
    case ImportField::FirstTouchAt:
    case ImportField::WonAt:
    case ImportField::LostAt:
    case ImportField::CloseDate:
        return true;
    default:
        return false;
    }
}

ACCORD_ENUM_CODES(TextEncoding, "auto", "utf-8", "utf-16le", "utf-16be", "windows-1252")
ACCORD_ENUM_CODES(DateFormat, "ymd", "dmy", "mdy")
ACCORD_ENUM_CODES(ImportField, "record_id", "parent_id", "created_at", "source", "segment", "owner", "team",
                  "stage_reached", "inquiry_at", "mql_at", "sal_at", "sql_at", "opportunity_at", "first_touch_at",
                  "reject_reason", "won_at", "lost_at", "status", "is_won", "is_closed", "amount", "close_date")

} // namespace accord
