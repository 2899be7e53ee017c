#pragma once

#include "domain/Id.h"

#include <QDialog>

class QTableView;

namespace accord {

class CaseListModel;
class Workspace;

// Picks the open cases a report covers from the case list's own model: one for a decision summary, any number (in
// the list's order) for a workshop pack.
class CasePickerDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { One, Many };

    CasePickerDialog(Workspace* workspace, Mode mode, QWidget* parent = nullptr);

    QList<Id> chosenCases() const;

private:
    CaseListModel* m_model;
    QTableView* m_view;
};

} // namespace accord
