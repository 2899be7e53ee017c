#pragma once

#include "domain/ReviewMeeting.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QLabel;
class QPageSize;
class QPushButton;
class QTabWidget;
class QTableView;

namespace accord {

class AgendaModel;
class DecisionForm;
class DecisionModel;
class ExperimentForm;
class ExperimentModel;
class RowFilterProxy;
class TextArea;
class Workspace;

// One review meeting as the facilitator runs it: the agenda to tick, the decisions taken and the experiments agreed,
// the minutes, and the export of it all as Markdown or PDF.
class MeetingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingPanel(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void showMeeting(Id meetingId);
    Id meetingId() const { return m_meetingId; }
    // Writes the meeting's minutes as Markdown; false with the reason in error when it cannot.
    bool exportMinutes(const QString& path, QString* error) const;
    // Writes the meeting's minutes as a PDF report on paper of that size; false with the reason when it cannot.
    bool exportMinutesPdf(const QString& path, const QPageSize& pageSize, QString* error) const;

Q_SIGNALS:
    // Something the user asked for was refused, or done; the sentence says what.
    void refused(const QString& message);
    void exported(const QString& path);

private:
    void refresh();
    void saveMinutes();
    void toggleHeld();
    enum class Format { Markdown, Pdf };
    void chooseExportFile(Format format);
    std::optional<ReviewMeeting> meeting() const;

    QPointer<Workspace> m_workspace;
    Id m_meetingId = 0;
    AgendaModel* m_agendaModel;
    DecisionModel* m_decisionModel;
    ExperimentModel* m_experimentModel;
    RowFilterProxy* m_agenda;
    RowFilterProxy* m_decisions;
    RowFilterProxy* m_experiments;
    QLabel* m_title;
    QLabel* m_facts;
    QPushButton* m_held;
    QPushButton* m_export;
    QPushButton* m_exportPdf;
    QTableView* m_agendaTable;
    QTabWidget* m_tabs;
    DecisionForm* m_decisionForm;
    ExperimentForm* m_experimentForm;
    TextArea* m_minutes;
};

} // namespace accord
