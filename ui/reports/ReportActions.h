#pragma once

#include "domain/Id.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QWidget;

namespace accord {

class Settings;
class Workspace;
struct Report;

// File ▸ Export and Print of a decision summary or a workshop pack: the cases chosen in a picker, the PDF written
// where the user says, or the same document shown in a print preview to print.
class ReportActions : public QObject
{
    Q_OBJECT

public:
    ReportActions(Settings& settings, QWidget* window);

    QAction* exportSummary() const { return m_exportSummary; }
    QAction* exportPack() const { return m_exportPack; }
    QAction* print() const { return m_print; }
    QAction* printPack() const { return m_printPack; }
    void setWorkspace(Workspace* workspace);
    // The document the actions export and print: a pack of the cases, or the first case's decision summary.
    static std::unique_ptr<Report> make(Workspace& workspace, const QList<Id>& cases, bool pack, QString* error);

Q_SIGNALS:
    void failed(const QString& message);
    void exported(const QString& path);

private:
    std::unique_ptr<Report> chooseReport(bool pack);
    void exportPdf(bool pack);
    void printPreview(bool pack);

    Settings& m_settings;
    QWidget* m_window;
    QPointer<Workspace> m_workspace;
    QAction* m_exportSummary;
    QAction* m_exportPack;
    QAction* m_print;
    QAction* m_printPack;
};

} // namespace accord
