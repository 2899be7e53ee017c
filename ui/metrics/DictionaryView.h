#pragma once

#include "domain/Id.h"

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QTableView;

namespace accord {

class MessageBar;
class MetricEditor;
class MetricListModel;
class VersionHistoryView;
class Workspace;

// The metric dictionary, the one place where every number's definition is agreed: the searchable list of metrics,
// the selected metric's definition, and its version history with what each version changed.
class DictionaryView : public QWidget
{
    Q_OBJECT

public:
    explicit DictionaryView(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    MetricListModel* model() const { return m_model; }
    // Selects the metric in the list (clearing a search that hides it).
    void selectMetric(Id metricId);

private:
    void currentChanged();
    void restoreSelection();
    void exportGlossary();

    QPointer<Workspace> m_workspace;
    Id m_selected = 0;
    MetricListModel* m_model;
    MessageBar* m_messages;
    QLineEdit* m_search;
    QPushButton* m_export;
    QTableView* m_table;
    MetricEditor* m_editor;
    VersionHistoryView* m_history;
};

} // namespace accord
