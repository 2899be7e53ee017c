#pragma once

#include <QDateEdit>

namespace accord {

// A date field that may be empty: the earliest date stands for "not set" and shows as a dash, since a case's
// target or review date is often unknown when the step is first opened. Dates read in the locale's short form, as
// in every other date field and table of Accord.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    // An invalid date when the field is empty.
    QDate value() const;
    void setValue(const QDate& date);
    static QDate emptyMarker();
};

} // namespace accord
