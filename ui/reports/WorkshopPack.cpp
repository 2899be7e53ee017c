#include "WorkshopPack.h"

#include "DecisionSummary.h"
#include "OnePageSection.h"
#include "Report.h"
#include "ReportBuilder.h"
#include "ReportContext.h"
#include "ReportStyle.h"
#include "SheetSection.h"
#include "TableOfContents.h"
#include "matrix/DecisionsOfTheDayModel.h"
#include "matrix/HeatMapPage.h"
#include "matrix/MatrixDeck.h"
#include "matrix/ScorecardSummaryModel.h"
#include "matrix/TablePage.h"
#include "playbook/CaseFile.h"
#include "storage/CaseListQuery.h"
#include "workspace/Workspace.h"

#include <QLocale>
#include <QTextDocument>

namespace accord {
namespace {

// Presentation sheets are laid out for a projector; a page's width takes one at this size.
const QSize SheetSize(1920, 1080);

std::unique_ptr<ReportSection> cover(const Report& report, int caseCount)
{
    auto document = std::make_unique<QTextDocument>();
    ReportBuilder b(document.get(), 12);
    b.spacer(180);
    b.title(report.title, 30);
    b.subtitle(report.company);
    b.spacer(24);
    b.paragraph(QLocale().toString(report.date, QStringLiteral("d MMMM yyyy")));
    b.paragraph(WorkshopPack::tr("%n case(s) with their decision summaries", nullptr, caseCount));
    auto section = std::make_unique<TextSection>(QString(), std::move(document));
    section->setRunningHeader(false);
    return section;
}

std::unique_ptr<ReportSection> modelSection(const QString& title, const QAbstractItemModel& model,
                                            const QList<qreal>& widths, const QString& empty, qreal points = 0)
{
    auto document = std::make_unique<QTextDocument>();
    ReportBuilder b(document.get(), points);
    b.title(title, ReportStyle::bodyPoints() * 2);
    b.spacer(8);
    if (model.rowCount() == 0)
        b.paragraph(empty);
    else
        b.table(model, widths);
    return std::make_unique<TextSection>(title, std::move(document));
}

} // namespace

std::unique_ptr<Report> WorkshopPack::create(Workspace& workspace, const QList<Id>& caseIds, QString* error)
{
    auto context = ReportContext::load(workspace, error);
    if (!context || !context->loadScorecard(error))
        return nullptr;
    QList<CaseFile> files;
    for (Id id : caseIds) {
        auto file = CaseFile::load(workspace, id, error);
        if (!file)
            return nullptr;
        files.append(*file);
    }
    auto report = std::make_unique<Report>();
    report->title = tr("Workshop pack");
    report->subject = tr("Workshop pack of %1: %n case(s)", nullptr, int(files.size())).arg(context->company());
    report->author = workspace.currentUser();
    report->company = context->company();
    report->date = context->today();

    report->sections.push_back(cover(*report, int(files.size())));
    auto contents = std::make_unique<TableOfContents>();
    report->contents = contents.get();
    report->sections.push_back(std::move(contents));

    const MatrixDeck deck(&workspace);
    const PresentationStyle style(SheetSize);
    report->sections.push_back(
        std::make_unique<SheetSection>(deck.heatMapPage()->title(), deck.heatMapPage()->layout(style), SheetSize));
    report->sections.push_back(
        std::make_unique<SheetSection>(deck.typesPage()->title(), deck.typesPage()->layout(style), SheetSize));

    ScorecardSummaryModel scorecard;
    scorecard.setWorkspace(&workspace);
    report->sections.push_back(modelSection(tr("Scorecard"), scorecard, {34, 28, 22, 16},
                                            tr("No metric has a value in the last months yet.")));

    for (const CaseFile& file : std::as_const(files))
        report->sections.push_back(DecisionSummary::section(*context, file));

    auto decisions = std::make_shared<DecisionsOfTheDayModel>();
    decisions->setWorkspace(&workspace);
    const QString title = tr("Decisions of %1").arg(context->date(context->today()));
    report->sections.push_back(std::make_unique<OnePageSection>(title, [title, decisions](qreal points) {
        auto document = std::make_unique<QTextDocument>();
        ReportBuilder b(document.get(), points);
        b.title(title, ReportStyle::bodyPoints() * 2);
        b.spacer(8);
        if (decisions->rowCount() == 0)
            b.paragraph(tr("No decision was recorded on this day."));
        else
            b.table(*decisions, {30, 46, 24});
        return document;
    }));
    return report;
}

QList<Id> WorkshopPack::openCases(Workspace& workspace, std::optional<CaseStage> stage, QString* error)
{
    CaseFilter filter;
    filter.stage = stage;
    filter.openOnly = true;
    filter.sortKey = CaseFilter::SortKey::Id;
    filter.descending = false;
    QList<Id> ids;
    for (const CaseSummary& c : CaseListQuery::fetch(workspace.database(), filter, 0, -1, error))
        ids << c.id;
    return ids;
}

} // namespace accord
