#pragma once

#include "domain/FunnelStage.h"
#include "domain/Metric.h"
#include "formula/FormulaVocabulary.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QUndoCommand;

namespace accord {

class MetricDefinitionForm;
class Workspace;

// The selected metric. A draft is edited in place, each field saved when the user leaves it; a frozen metric is
// read-only and changes through "Propose a new version…"; a draft is frozen with "Freeze".
class MetricEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MetricEditor(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void setMetricId(Id metricId);
    Id metricId() const { return m_metricId; }
    MetricDefinitionForm* form() const { return m_form; }

Q_SIGNALS:
    void failed(const QString& message);

private:
    void loadLookups();
    void reload();
    void rebuildStages();
    void save();
    void freeze();
    void proposeVersion();
    // Pushes what core allowed, or reports why core refused it.
    void push(std::unique_ptr<QUndoCommand> command, const QString& error);

    QPointer<Workspace> m_workspace;
    Id m_metricId = 0;
    std::optional<Metric> m_metric;
    FormulaVocabulary m_vocabulary = FormulaVocabulary::defaults();
    QList<FunnelStage> m_stages;

    QLabel* m_lock;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_changedBadge;
    QLabel* m_notice;
    QPushButton* m_propose;
    QPushButton* m_freeze;
    MetricDefinitionForm* m_form;
    QLineEdit* m_sourceSystem;
    QLabel* m_source;
    QGridLayout* m_stageGrid;
    QList<QCheckBox*> m_stageBoxes;
    QWidget* m_body;
    QLabel* m_empty;
};

} // namespace accord
