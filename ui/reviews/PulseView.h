#pragma once

#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace accord {

class GoalModel;
class Workspace;

// The pulse, taken per month or in a review meeting: each person says worse, same or better against the partnership
// goals and names one thing to improve; the history is charted per team, beside the cross-team activity goals it
// tracks.
class PulseView : public QWidget
{
    Q_OBJECT

public:
    explicit PulseView(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    // The chart's series, one per team that answered.
    QChart* chart() const;

Q_SIGNALS:
    void refused(const QString& message);

private:
    void record();
    void refreshChoices();
    void meetingChosen();
    void refreshChart();
    void addGoal();

    QPointer<Workspace> m_workspace;
    GoalModel* m_goals;
    QComboBox* m_person;
    QComboBox* m_rating;
    QComboBox* m_meeting;
    QLineEdit* m_period;
    QLineEdit* m_oneThing;
    QPushButton* m_record;
    QChartView* m_chartView;
    QTableView* m_goalTable;
    QPushButton* m_addGoal;
};

} // namespace accord
