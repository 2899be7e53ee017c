#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace accord {

class NpsAnswerModel;
class NpsPeriodModel;
class RowFilterProxy;
class Workspace;

// Customer answers to the three NPS questions entered per month, the NPS of each month (which is the dictionary's
// NPS metric value) and the month's detractors for customer success and sales to follow up.
class NpsView : public QWidget
{
    Q_OBJECT

public:
    explicit NpsView(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);

Q_SIGNALS:
    void refused(const QString& message);

private:
    void record();
    void periodChosen();
    void copyDetractors();

    QPointer<Workspace> m_workspace;
    NpsPeriodModel* m_periods;
    NpsAnswerModel* m_answers;
    RowFilterProxy* m_detractors;
    QLineEdit* m_period;
    QLineEdit* m_account;
    QLineEdit* m_respondent;
    QSpinBox* m_score;
    QLineEdit* m_doBetter;
    QLineEdit* m_doWell;
    QPushButton* m_record;
    QTableView* m_periodTable;
    QLabel* m_detractorHeading;
    QTableView* m_detractorTable;
    QPushButton* m_copy;
};

} // namespace accord
