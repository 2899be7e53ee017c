#pragma once

#include "CaseEditor.h"
#include "WizardLookups.h"
#include "playbook/CaseFile.h"
#include "playbook/Recurrence.h"
#include "workspace/Clock.h"

#include <QLocale>

namespace accord {

// Dates as the wizard writes them: day, short month and year read the same in every workshop.
inline QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

// What every step of the wizard reads and writes through: the case as stored, the choices its fields offer,
// the editor that turns edits into commands, and the workspace's clock.
struct WizardContext
{
    CaseEditor editor;
    WizardLookups lookups;
    CaseFile file;
    int recurrenceWindowDays = Recurrence::DefaultWindowDays;

    Workspace* workspace() const { return editor.workspace(); }
    QDateTime now() const { return workspace() ? workspace()->clock().now() : QDateTime::currentDateTimeUtc(); }
    QDate today() const { return workspace() ? workspace()->clock().today() : QDate::currentDate(); }
    QString currency() const { return workspace() ? workspace()->info(QStringLiteral("currency")) : QString(); }
    // The case's decision, or an empty one while none is recorded.
    Decision decision() const { return file.decision.value_or(Decision{}); }
};

} // namespace accord
