#include "OptionalDateEdit.h"

namespace accord {

OptionalDateEdit::OptionalDateEdit(QWidget* parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setMinimumDate(emptyMarker());
    setSpecialValueText(tr("Not set"));
    setDate(emptyMarker());
}

QDate OptionalDateEdit::value() const
{
    return date() == emptyMarker() ? QDate() : date();
}

void OptionalDateEdit::setValue(const QDate& value)
{
    setDate(value.isValid() ? value : emptyMarker());
}

QDate OptionalDateEdit::emptyMarker()
{
    return QDate(1900, 1, 1);
}

} // namespace accord
