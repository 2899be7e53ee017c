#include "ReportActions.h"

#include "CasePickerDialog.h"
#include "Report.h"
#include "ReportRenderer.h"
#include "ReportStyle.h"
#include "Reports.h"
#include "WorkshopPack.h"
#include "settings/Settings.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace accord {

ReportActions::ReportActions(Settings& settings, QWidget* window)
    : QObject(window), m_settings(settings), m_window(window),
      m_exportSummary(new QAction(tr("Export Decision Summary as &PDF…"), this)),
      m_exportPack(new QAction(tr("Export &Workshop Pack as PDF…"), this)),
      m_print(new QAction(tr("&Print Decision Summary…"), this)),
      m_printPack(new QAction(tr("Print Wor&kshop Pack…"), this))
{
    m_exportSummary->setObjectName(QStringLiteral("exportSummaryPdf"));
    m_exportPack->setObjectName(QStringLiteral("exportPackPdf"));
    m_print->setObjectName(QStringLiteral("print"));
    m_print->setShortcut(QKeySequence::Print);
    m_printPack->setObjectName(QStringLiteral("printPack"));
    connect(m_exportSummary, &QAction::triggered, this, [this] { exportPdf(false); });
    connect(m_exportPack, &QAction::triggered, this, [this] { exportPdf(true); });
    connect(m_print, &QAction::triggered, this, [this] { printPreview(false); });
    connect(m_printPack, &QAction::triggered, this, [this] { printPreview(true); });
    setWorkspace(nullptr);
}

void ReportActions::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    for (QAction* action : {m_exportSummary, m_exportPack, m_print, m_printPack})
        action->setEnabled(workspace);
}

std::unique_ptr<Report> ReportActions::make(Workspace& workspace, const QList<Id>& cases, bool pack, QString* error)
{
    return pack ? WorkshopPack::create(workspace, cases, error)
                : Reports::decisionSummary(workspace, cases.value(0), error);
}

std::unique_ptr<Report> ReportActions::chooseReport(bool pack)
{
    if (!m_workspace)
        return nullptr;
    CasePickerDialog picker(m_workspace, pack ? CasePickerDialog::Mode::Many : CasePickerDialog::Mode::One, m_window);
    if (picker.exec() != QDialog::Accepted || picker.chosenCases().isEmpty())
        return nullptr;
    QString error;
    auto report = make(*m_workspace, picker.chosenCases(), pack, &error);
    if (!report)
        Q_EMIT failed(tr("Could not make the report: %1").arg(error));
    return report;
}

void ReportActions::exportPdf(bool pack)
{
    auto report = chooseReport(pack);
    if (!report)
        return;
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export PDF"), QDir(m_settings.lastFolder()).filePath(report->title + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QString error;
    if (!ReportRenderer::writePdf(*report, path, ReportStyle::pageSize(m_settings.reportPageSize()), &error)) {
        Q_EMIT failed(error);
        return;
    }
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    Q_EMIT exported(path);
}

void ReportActions::printPreview(bool pack)
{
    auto report = chooseReport(pack);
    if (!report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(ReportStyle::pageSize(m_settings.reportPageSize()), QPageLayout::Portrait,
                                      QMarginsF(), QPageLayout::Point));
    printer.setDocName(report->title);
    QPrintPreviewDialog preview(&printer, m_window);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, &report](QPrinter* target) {
        QString error;
        if (!ReportRenderer::paint(*report, *target, &error))
            Q_EMIT failed(error);
    });
    preview.exec();
}

} // namespace accord
