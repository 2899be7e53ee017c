#pragma once

#include "LineageRequest.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace accord {

class LineageModel;
class Workspace;

// How one number of the scorecard was made: the definition and version it used, the filters that chose its
// records, and the records themselves in a table that can be exported as CSV.
class LineageDialog : public QDialog
{
    Q_OBJECT

public:
    LineageDialog(Workspace& workspace, const LineageRequest& request, QWidget* parent = nullptr);

    LineageModel* model() const { return m_model; }
    // Writes every record the number counted; false with the reason shown in the dialog when it cannot.
    bool exportTo(const QString& path);

private:
    QString definitionText(Workspace& workspace) const;
    QString enteredByHand(Workspace& workspace) const;
    QString filterText(const std::optional<Formula>& formula) const;
    void chooseExportFile();

    LineageRequest m_request;
    LineageModel* m_model = nullptr;
    QLabel* m_status;
    QTableView* m_table;
    QPushButton* m_export;
};

} // namespace accord
