#pragma once

#include "storage/CaseListQuery.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

namespace accord {

class Workspace;

// The case list's search field and filter choices. Emits the filter as the user changes it; typing is debounced
// so that each keystroke does not run a query.
class CaseFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit CaseFilterBar(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    // The filter the controls describe; sorting is left to the caller.
    CaseFilter applyTo(CaseFilter filter) const;
    bool isFiltering() const;

Q_SIGNALS:
    void filterChanged();

private:
    void reloadChoices();
    void onTablesChanged(const QSet<QString>& tables);

    QPointer<Workspace> m_workspace;
    QLineEdit* m_search;
    QComboBox* m_stage;
    QComboBox* m_team;
    QComboBox* m_type;
    QComboBox* m_severity;
    QCheckBox* m_showArchived;
    QTimer* m_searchDelay;
};

} // namespace accord
