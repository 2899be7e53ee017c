#include "NpsView.h"

#include "NpsAnswerModel.h"
#include "NpsPeriodModel.h"
#include "ReviewRoles.h"
#include "RowFilterProxy.h"
#include "common/ListTable.h"
#include "common/TableColumns.h"
#include "domain/Period.h"
#include "reviews/AnswerCommands.h"
#include "workspace/Workspace.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace accord {

NpsView::NpsView(QWidget* parent)
    : QWidget(parent), m_periods(new NpsPeriodModel(this)), m_answers(new NpsAnswerModel(this)),
      m_detractors(new RowFilterProxy(this)), m_period(new QLineEdit(this)), m_account(new QLineEdit(this)),
      m_respondent(new QLineEdit(this)), m_score(new QSpinBox(this)), m_doBetter(new QLineEdit(this)),
      m_doWell(new QLineEdit(this)), m_record(new QPushButton(tr("Record answer"), this)),
      m_periodTable(ListTable::make("npsPeriods", m_periods, ListTable::Editing::ReadOnly, this)),
      m_detractorHeading(new QLabel(this)),
      m_detractorTable(ListTable::make("npsDetractors", m_detractors, ListTable::Editing::ReadOnly, this)),
      m_copy(new QPushButton(tr("Copy for follow-up"), this))
{
    setObjectName(QStringLiteral("npsView"));
    m_period->setObjectName(QStringLiteral("npsPeriod"));
    m_period->setPlaceholderText(tr("2026-05"));
    m_account->setObjectName(QStringLiteral("npsAccount"));
    m_respondent->setObjectName(QStringLiteral("npsRespondent"));
    m_score->setObjectName(QStringLiteral("npsScore"));
    m_score->setRange(0, 10);
    m_doBetter->setObjectName(QStringLiteral("npsDoBetter"));
    m_doWell->setObjectName(QStringLiteral("npsDoWell"));
    m_record->setObjectName(QStringLiteral("recordNps"));
    m_copy->setObjectName(QStringLiteral("copyDetractors"));
    m_detractorHeading->setObjectName(QStringLiteral("sectionHeading"));

    m_detractors->setSourceModel(m_answers);
    m_detractors->setPredicate([this](const QModelIndex& row) {
        return m_answers->recordAt(row.row()) && NpsResult::isDetractor(*m_answers->recordAt(row.row()));
    });
    m_detractors->setCondition(ReviewRoles::Status, QString());
    m_detractors->setSortRole(ReviewRoles::Sort);
    m_detractors->sort(0);
    m_detractors->setVisibleColumns(NpsAnswerModel::DoWell);
    ListTable::wrapRows(m_detractorTable);
    TableColumns::setWidths(
        m_detractorTable,
        {{NpsAnswerModel::Score, 4}, {NpsAnswerModel::Account, 12}, {NpsAnswerModel::Respondent, 12}});
    TableColumns::keepWidthsAcrossResets(m_detractorTable);
    TableColumns::keepWidthsAcrossResets(m_periodTable);

    auto* formHeading = new QLabel(tr("Record a customer's answers"), this);
    formHeading->setObjectName(QStringLiteral("sectionHeading"));
    auto* form = new QFormLayout;
    form->addRow(tr("Month"), m_period);
    form->addRow(tr("Account"), m_account);
    form->addRow(tr("Respondent"), m_respondent);
    form->addRow(tr("How likely to recommend us (0–10)"), m_score);
    form->addRow(tr("What should we do better?"), m_doBetter);
    form->addRow(tr("What do we do well?"), m_doWell);
    form->addRow(QString(), m_record);
    auto* periodsHeading = new QLabel(tr("NPS per month"), this);
    periodsHeading->setObjectName(QStringLiteral("sectionHeading"));
    auto* left = new QVBoxLayout;
    left->setSpacing(12);
    left->addWidget(formHeading);
    left->addLayout(form);
    left->addWidget(periodsHeading);
    left->addWidget(m_periodTable, 1);
    auto* right = new QVBoxLayout;
    right->setSpacing(12);
    right->addWidget(m_detractorHeading);
    right->addWidget(m_detractorTable, 1);
    right->addWidget(m_copy, 0, Qt::AlignRight);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(24);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    connect(m_record, &QPushButton::clicked, this, &NpsView::record);
    connect(m_copy, &QPushButton::clicked, this, &NpsView::copyDetractors);
    connect(m_periodTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &NpsView::periodChosen);
    connect(m_periods, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_periodTable->currentIndex().isValid() && m_periods->rowCount() > 0)
            m_periodTable->setCurrentIndex(m_periods->index(0, 0));
        periodChosen();
    });
}

void NpsView::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_answers->setWorkspace(workspace);
    m_periods->setWorkspace(workspace);
    if (m_workspace)
        m_period->setText(Period::month(m_workspace->clock().today()).key);
    m_record->setEnabled(workspace && !workspace->isReadOnly());
}

void NpsView::periodChosen()
{
    const QString period = m_periods->periodAt(m_periodTable->currentIndex().row());
    m_detractors->setCondition(ReviewRoles::Status, period);
    m_detractorHeading->setText(period.isEmpty() ? tr("Detractors to follow up")
                                                 : tr("Detractors to follow up, %1").arg(period));
    m_copy->setEnabled(m_detractors->rowCount() > 0);
}

void NpsView::record()
{
    if (!m_workspace)
        return;
    NpsAnswer answer;
    answer.period = m_period->text().trimmed();
    answer.account = m_account->text().trimmed();
    answer.respondent = m_respondent->text().trimmed();
    answer.score = m_score->value();
    answer.doBetter = m_doBetter->text().trimmed();
    answer.doWell = m_doWell->text().trimmed();
    QString error;
    auto command = AnswerCommands::addNps(*m_workspace, answer, &error);
    if (!command) {
        Q_EMIT refused(error);
        return;
    }
    m_workspace->undoStack()->push(command.release());
    for (QLineEdit* field : {m_account, m_respondent, m_doBetter, m_doWell})
        field->clear();
    m_account->setFocus();
}

void NpsView::copyDetractors()
{
    if (!m_workspace)
        return;
    Filter filter;
    filter.where("period", m_periods->periodAt(m_periodTable->currentIndex().row()));
    QStringList lines;
    for (const NpsAnswer& a : AnswerCommands::detractors(m_workspace->repository<NpsAnswer>().list(filter)))
        lines << tr("%1\t%2\t%3\t%4").arg(a.score).arg(a.account, a.respondent, a.doBetter);
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

} // namespace accord
