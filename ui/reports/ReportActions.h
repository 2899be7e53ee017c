#pragma once

#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QWidget;

namespace accord {

class Settings;
class Workspace;
struct Report;

// File ▸ Export Decision Summary, Export Workshop Pack and Print: the cases chosen in a picker, the PDF written
// where the user says, or the same document shown in a print preview to print.
class ReportActions : public QObject
{
    Q_OBJECT

public:
    ReportActions(Settings& settings, QWidget* window);

    QAction* exportSummary() const { return m_exportSummary; }
    QAction* exportPack() const { return m_exportPack; }
    QAction* print() const { return m_print; }
    void setWorkspace(Workspace* workspace);

Q_SIGNALS:
    void failed(const QString& message);
    void exported(const QString& path);

private:
    std::unique_ptr<Report> chooseReport(bool pack);
    void exportPdf(bool pack);
    void printPreview();

    Settings& m_settings;
    QWidget* m_window;
    QPointer<Workspace> m_workspace;
    QAction* m_exportSummary;
    QAction* m_exportPack;
    QAction* m_print;
};

} // namespace accord
