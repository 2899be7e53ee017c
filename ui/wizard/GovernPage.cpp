#include "GovernPage.h"

#include "domain/CaseReview.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace accord {

GovernPage::GovernPage(WizardContext& context, QWidget* parent)
    : WizardPage(CaseStage::Govern, context,
                 tr("A fix holds only if someone keeps looking at it. Choose the meeting that inspects this case and "
                    "when it looks next."),
                 parent)
{
    m_rhythm = addChoiceField("rhythm", tr("Operating rhythm"), &FrictionCase::rhythmId);
    addDateField("nextReview", tr("Next review"), &FrictionCase::nextReviewOn);

    addSectionHeading(tr("Reviews so far"));
    m_reviews = new QLabel(this);
    m_reviews->setObjectName(QStringLiteral("reviews"));
    m_reviews->setWordWrap(true);
    body()->addWidget(m_reviews);
    m_recordReview = new QPushButton(tr("Record a review today"), this);
    m_recordReview->setObjectName(QStringLiteral("recordReview"));
    body()->addWidget(m_recordReview, 0, Qt::AlignLeft);
    addEditable(m_recordReview);
    connect(m_recordReview, &QPushButton::clicked, this, [this] {
        CaseReview review;
        review.reviewedOn = this->context().today();
        this->context().editor.addRow(review, tr("Record a review"));
    });
    body()->addStretch();
}

void GovernPage::showChoices()
{
    fillChoices(m_rhythm, context().lookups.rhythmChoices(), tr("Choose the operating rhythm…"));
}

void GovernPage::showRest()
{
    QList<CaseReview> reviews = context().file.reviews;
    std::sort(reviews.begin(), reviews.end(),
              [](const CaseReview& a, const CaseReview& b) { return a.reviewedOn < b.reviewedOn; });
    QStringList lines;
    for (const CaseReview& review : std::as_const(reviews)) {
        const QString date = QStringLiteral("<b>%1</b>").arg(dateText(review.reviewedOn));
        lines << (review.note.isEmpty() ? date : tr("%1 — %2").arg(date, review.note.toHtmlEscaped()));
    }
    m_reviews->setText(lines.isEmpty() ? tr("Not reviewed yet.") : lines.join(QLatin1String("<br>")));
}

} // namespace accord
