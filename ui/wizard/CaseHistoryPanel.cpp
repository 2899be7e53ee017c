#include "CaseHistoryPanel.h"

#include "WizardContext.h"

#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

namespace accord {

CaseHistoryPanel::CaseHistoryPanel(QWidget* parent) : QWidget(parent), m_timeline(new QLabel(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    auto* heading = new QLabel(tr("History"), this);
    heading->setObjectName(QStringLiteral("sectionHeading"));
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setWordWrap(true);
    m_timeline->setTextFormat(Qt::RichText);
    m_timeline->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_timeline);
}

void CaseHistoryPanel::showCase(const CaseFile& file, const WizardLookups& lookups)
{
    struct Entry
    {
        QDateTime when;
        QString text;
    };
    QList<Entry> entries;
    const FrictionCase& c = file.frictionCase;
    const bool raisedLine = std::any_of(file.history.cbegin(), file.history.cend(), [](const StageChange& change) {
        return change.fromStage == change.toStage && change.note.isEmpty();
    });
    // Cases recorded before the raising had its own history line still show when and by whom they were raised.
    if (!raisedLine && c.raisedOn.isValid()) {
        const QString raiser = lookups.personName(c.raisedById);
        entries.append({c.raisedOn.startOfDay(Qt::UTC),
                        raiser.isEmpty()
                            ? tr("Raised at %1").arg(displayName(CaseStage::Surface))
                            : tr("Raised at %1 · by %2").arg(displayName(CaseStage::Surface), raiser.toHtmlEscaped())});
    }
    for (const StageChange& change : file.history) {
        QString what;
        QDateTime when = change.changedAt;
        if (!change.note.isEmpty()) {
            what = tr("%1 at %2").arg(change.note, displayName(change.toStage));
        } else if (change.fromStage == change.toStage) {
            what = tr("Raised at %1").arg(displayName(change.toStage));
            // The day the friction was raised, as the facilitator recorded it, not the day it was typed in.
            if (c.raisedOn.isValid())
                when = c.raisedOn.startOfDay(Qt::UTC);
        } else {
            what = tr("%1 → %2").arg(displayName(change.fromStage), displayName(change.toStage));
        }
        entries.append({when, tr("%1 · by %2").arg(what.toHtmlEscaped(), change.changedBy.toHtmlEscaped())});
    }
    if (file.decision && file.decision->decidedOn.isValid()) {
        const Decision& d = *file.decision;
        const QString owner = lookups.personName(d.ownerId);
        const QString text = owner.isEmpty()
                                 ? tr("Decided: %1").arg(d.text.toHtmlEscaped())
                                 : tr("Decided by %1: %2").arg(owner.toHtmlEscaped(), d.text.toHtmlEscaped());
        entries.append({d.decidedOn.startOfDay(Qt::UTC), text});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.when < b.when; });
    QStringList lines;
    for (const Entry& entry : std::as_const(entries))
        lines << QStringLiteral("<p style=\"margin:0 0 8px 0\"><b>%1</b><br>%2</p>")
                     .arg(dateText(entry.when.toLocalTime().date()), entry.text);
    m_timeline->setText(lines.isEmpty() ? tr("Nothing recorded yet.") : lines.join(QString()));
}

} // namespace accord
