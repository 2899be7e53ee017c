#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace accord {

// A reporting period: a calendar month ("2026-05") or quarter ("2026-Q2"), the keys scorecard values use.
struct Period
{
    QDate first;
    QDate last;
    QString key;

    bool contains(const QDate& day) const { return day >= first && day <= last; }

    static std::optional<Period> parse(const QString& key);
    static Period month(const QDate& day);
    static Period quarter(const QDate& day);

    bool operator==(const Period&) const = default;
};

} // namespace accord
