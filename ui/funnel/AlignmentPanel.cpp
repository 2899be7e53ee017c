#include "AlignmentPanel.h"

#include "AlignmentAreaModel.h"
#include "OperatingTable.h"
#include "common/ChoiceDelegate.h"
#include "common/TableColumns.h"
#include "operating/AlignmentProgress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace accord {

AlignmentPanel::AlignmentPanel(QWidget* parent)
    : QWidget(parent), m_model(new AlignmentAreaModel(this)), m_progressText(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_table(makeOperatingTable("alignmentTable", m_model, this))
{
    setObjectName(QStringLiteral("alignmentPanel"));
    m_progressText->setObjectName(QStringLiteral("alignmentProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(320);

    m_table->setItemDelegateForColumn(AlignmentAreaModel::Status,
                                      new ChoiceDelegate(
                                          [] {
                                              QList<ChoiceDelegate::Choice> choices;
                                              for (const AlignmentStatus status : enumValues<AlignmentStatus>())
                                                  choices.append({displayName(status), int(status)});
                                              return choices;
                                          },
                                          this));
    m_table->setItemDelegateForColumn(AlignmentAreaModel::Owner,
                                      new ChoiceDelegate(
                                          [this] {
                                              QList<ChoiceDelegate::Choice> choices{{tr("No owner"), 0}};
                                              for (const Person& person : m_model->people())
                                                  if (!person.archived)
                                                      choices.append({person.name, person.id});
                                              return choices;
                                          },
                                          this));
    TableColumns::setWidths(m_table, {{AlignmentAreaModel::Area, 18},
                                      {AlignmentAreaModel::Status, 8},
                                      {AlignmentAreaModel::Owner, 11},
                                      {AlignmentAreaModel::Link, 18}});
    TableColumns::keepWidthsAcrossResets(m_table);

    auto* intro = new QLabel(tr("The areas Marketing and Sales agree on before they can work as one team. Tick an "
                                "area once both sides signed it off."),
                             this);
    intro->setWordWrap(true);
    auto* progress = new QHBoxLayout;
    progress->setSpacing(14);
    progress->addWidget(m_progressText);
    progress->addWidget(m_progress, 1);
    progress->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(progress);
    layout->addWidget(m_table, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &AlignmentPanel::showProgress);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AlignmentPanel::showProgress);
    showProgress();
}

void AlignmentPanel::setWorkspace(Workspace* workspace)
{
    m_model->setWorkspace(workspace);
}

void AlignmentPanel::showProgress()
{
    const AlignmentProgress progress = AlignmentProgress::of(m_model->records());
    m_progressText->setText(progress.text());
    m_progress->setRange(0, std::max(1, progress.total));
    m_progress->setValue(progress.agreed);
}

} // namespace accord
