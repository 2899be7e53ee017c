#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QTableView;

namespace accord {

class AlignmentAreaModel;
class Workspace;

// The eight alignment areas as a checklist, with how many of them both teams have agreed.
class AlignmentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AlignmentPanel(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    AlignmentAreaModel* model() const { return m_model; }

private:
    void showProgress();

    AlignmentAreaModel* m_model;
    QLabel* m_progressText;
    QProgressBar* m_progress;
    QTableView* m_table;
};

} // namespace accord
