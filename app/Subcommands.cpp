#include "Subcommands.h"

#include "domain/FrictionCase.h"
#include "export/CaseExport.h"
#include "export/CatalogExport.h"
#include "export/GlossaryExport.h"
#include "export/ScorecardExport.h"
#include "import/CrmImporter.h"
#include "import/CsvReader.h"
#include "import/ImportMappingChoice.h"
#include "matrix/MatrixRenderer.h"
#include "reports/Report.h"
#include "reports/ReportRenderer.h"
#include "reports/ReportStyle.h"
#include "reports/Reports.h"
#include "reports/WorkshopPack.h"
#include "settings/Settings.h"
#include "storage/Migrations.h"
#include "storage/WorkspaceCheck.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>
#include <functional>

namespace accord::Subcommands {
namespace {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

QString tr(const char* text)
{
    return QCoreApplication::translate("accord::Subcommands", text);
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString& message, int code = Failed)
{
    err() << message << Qt::endl;
    return code;
}

struct Subcommand
{
    const char* name;
    const char* synopsis;
    const char* description;
    std::function<void(QCommandLineParser&)> declare;
    std::function<int(const QCommandLineParser&, const QString& file)> run;
    bool takesMoreFiles = false; // further positional arguments after the workspace
    bool paints = false;
};

const QCommandLineOption& formatOption()
{
    static const QCommandLineOption option(QStringLiteral("format"), tr("Output format: %1."), tr("format"));
    return option;
}

// The format the user asked for, if it is one this subcommand writes.
std::optional<QString> chosenFormat(const QCommandLineParser& parser, const QStringList& allowed)
{
    const QString format = parser.isSet(formatOption()) ? parser.value(formatOption()) : allowed.first();
    if (allowed.contains(format))
        return format;
    fail(tr("Unknown format “%1”; use %2.").arg(format, allowed.join(tr(" or "))), Usage);
    return std::nullopt;
}

std::unique_ptr<Workspace> openForReading(const QString& file)
{
    QString error;
    auto workspace = Workspace::open(file, Database::Access::ReadOnly, &error);
    if (workspace)
        return workspace;
    // A script that reads the workspace should learn how to bring an older one up to date.
    if (WorkspaceCheck::inspect(file).needsMigration())
        error +=
            QLatin1Char(' ') +
            tr("Run “accord upgrade %1” to upgrade it; a backup copy is kept.").arg(QDir::toNativeSeparators(file));
    fail(error);
    return nullptr;
}

void writeJson(const QJsonDocument& document)
{
    out() << document.toJson(QJsonDocument::Indented);
    out().flush();
}

const QCommandLineOption& demoOption()
{
    static const QCommandLineOption option(QStringLiteral("demo"),
                                           tr("Fill the new workspace with a fictional company's cases and data."));
    return option;
}

const QCommandLineOption& archivedOption()
{
    static const QCommandLineOption option(QStringLiteral("archived"), tr("Include archived cases."));
    return option;
}

int runInit(const QCommandLineParser& parser, const QString& file)
{
    QString error;
    const auto content = parser.isSet(demoOption()) ? Workspace::Content::Demo : Workspace::Content::Catalog;
    if (!Workspace::create(file, content, &error))
        return fail(error);
    out() << tr("Created the workspace “%1”.").arg(QDir::toNativeSeparators(file)) << Qt::endl;
    return Ok;
}

int runCheck(const QCommandLineParser&, const QString& file)
{
    const WorkspaceCheck check = WorkspaceCheck::inspect(file);
    if (!check.ok())
        return fail(check.message);
    const QString name = QDir::toNativeSeparators(file);
    out() << tr("“%1” is a healthy Accord workspace (format %2).").arg(name).arg(check.schemaVersion) << Qt::endl;
    if (check.needsMigration())
        out() << tr("It will be upgraded to format %1 (after a backup copy) when it is next opened for editing.")
                     .arg(Migrations::currentVersion())
              << Qt::endl;
    if (!check.writable)
        out() << tr("It can only be opened read-only: %1").arg(check.readOnlyReason) << Qt::endl;
    return Ok;
}

int runUpgrade(const QCommandLineParser&, const QString& file)
{
    const WorkspaceCheck check = WorkspaceCheck::inspect(file);
    if (!check.ok())
        return fail(check.message);
    const QString name = QDir::toNativeSeparators(file);
    if (!check.needsMigration()) {
        out() << tr("“%1” is already in format %2; nothing to upgrade.").arg(name).arg(check.schemaVersion) << Qt::endl;
        return Ok;
    }
    QString error;
    const auto workspace = Workspace::open(file, Database::Access::ReadWrite, &error);
    if (!workspace)
        return fail(error);
    out() << tr("Upgraded “%1” from format %2 to format %3; the file as it was is kept as “%4”.")
                 .arg(name)
                 .arg(check.schemaVersion)
                 .arg(Migrations::currentVersion())
                 .arg(QDir::toNativeSeparators(workspace->database().backupPath()))
          << Qt::endl;
    return Ok;
}

int runCases(const QCommandLineParser& parser, const QString& file)
{
    const auto format = chosenFormat(parser, {QStringLiteral("json"), QStringLiteral("csv")});
    if (!format)
        return Usage;
    const auto workspace = openForReading(file);
    if (!workspace)
        return Failed;
    CaseFilter filter;
    filter.includeArchived = parser.isSet(archivedOption());
    filter.sortKey = CaseFilter::SortKey::Id;
    filter.descending = false;
    QString error;
    const QList<CaseSummary> cases = CaseListQuery::fetch(workspace->database(), filter, 0, -1, &error);
    if (!error.isEmpty())
        return fail(error);
    if (*format == QLatin1String("csv"))
        CaseExport::writeCsv(cases, out());
    else
        writeJson(QJsonDocument(CaseExport::toJson(cases)));
    return Ok;
}

int runCatalog(const QCommandLineParser& parser, const QString& file)
{
    if (!chosenFormat(parser, {QStringLiteral("json")}))
        return Usage;
    const auto workspace = openForReading(file);
    if (!workspace)
        return Failed;
    QString error;
    const QJsonObject catalog = CatalogExport::toJson(*workspace, &error);
    if (!error.isEmpty())
        return fail(error);
    writeJson(QJsonDocument(catalog));
    return Ok;
}

int runGlossary(const QCommandLineParser& parser, const QString& file)
{
    const auto format = chosenFormat(parser, {QStringLiteral("md"), QStringLiteral("csv"), QStringLiteral("json")});
    if (!format)
        return Usage;
    const auto workspace = openForReading(file);
    if (!workspace)
        return Failed;
    QString error;
    const QList<GlossaryEntry> entries = GlossaryExport::entries(*workspace, &error);
    if (!error.isEmpty())
        return fail(error);
    if (*format == QLatin1String("csv"))
        GlossaryExport::writeCsv(entries, out());
    else if (*format == QLatin1String("json"))
        writeJson(QJsonDocument(GlossaryExport::toJson(entries)));
    else
        GlossaryExport::writeMarkdown(entries, workspace->displayName(), out());
    out().flush();
    return Ok;
}

const QCommandLineOption& periodOption()
{
    static const QCommandLineOption option(QStringLiteral("period"), tr("Periods: month or quarter."), tr("period"),
                                           QStringLiteral("month"));
    return option;
}

const QCommandLineOption& byOption()
{
    static const QCommandLineOption option(QStringLiteral("by"),
                                           tr("Break the computed metrics down by source, segment, owner or team."),
                                           tr("dimension"));
    return option;
}

const QCommandLineOption& fromOption()
{
    static const QCommandLineOption option(
        QStringLiteral("from"), tr("First day (YYYY-MM-DD); default: six months before this month."), tr("date"));
    return option;
}

const QCommandLineOption& toOption()
{
    static const QCommandLineOption option(QStringLiteral("to"), tr("Last day (YYYY-MM-DD); default: today."),
                                           tr("date"));
    return option;
}

// A choice among fixed words, reported as a usage error when it is none of them.
template <typename T>
std::optional<T> chosen(const QCommandLineParser& parser, const QCommandLineOption& option,
                        const QList<std::pair<const char*, T>>& choices, T fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const QString value = parser.value(option);
    QStringList words;
    for (const auto& [word, choice] : choices) {
        if (value == QLatin1String(word))
            return choice;
        words << QLatin1String(word);
    }
    fail(tr("Unknown value “%1” for --%2; use %3.").arg(value, option.names().first(), words.join(tr(" or "))), Usage);
    return std::nullopt;
}

std::optional<QDate> chosenDate(const QCommandLineParser& parser, const QCommandLineOption& option, QDate fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const QDate date = QDate::fromString(parser.value(option), Qt::ISODate);
    if (date.isValid())
        return date;
    fail(tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(parser.value(option)), Usage);
    return std::nullopt;
}

int runScorecard(const QCommandLineParser& parser, const QString& file)
{
    using G = MetricEvaluator::Granularity;
    using D = MetricEvaluator::Dimension;
    const auto format = chosenFormat(parser, {QStringLiteral("json"), QStringLiteral("csv")});
    const auto period = chosen<G>(parser, periodOption(), {{"month", G::Month}, {"quarter", G::Quarter}}, G::Month);
    const auto by =
        chosen<D>(parser, byOption(),
                  {{"source", D::Source}, {"segment", D::Segment}, {"owner", D::Owner}, {"team", D::Team}}, D::None);
    if (!format || !period || !by)
        return Usage;
    const auto workspace = openForReading(file);
    if (!workspace)
        return Failed;
    const QDate today = workspace->clock().today();
    const auto to = chosenDate(parser, toOption(), today);
    const auto from = chosenDate(parser, fromOption(), QDate(today.year(), today.month(), 1).addMonths(-6));
    if (!from || !to)
        return Usage;
    ScorecardOptions options;
    options.period = *period;
    options.dimension = *by;
    options.from = *from;
    options.to = *to;
    QString error;
    const QList<ScorecardRow> rows = Scorecard::build(*workspace, options, &error);
    if (!error.isEmpty())
        return fail(error);
    if (*format == QLatin1String("csv"))
        ScorecardExport::writeCsv(rows, out());
    else
        writeJson(QJsonDocument(ScorecardExport::toJson(rows)));
    out().flush();
    return Ok;
}

const QCommandLineOption& mappingOption()
{
    static const QCommandLineOption option(
        QStringLiteral("mapping"),
        tr("A mapping saved in the workspace, a preset (hubspot, salesforce) or a mapping JSON file."), tr("mapping"));
    return option;
}

const QCommandLineOption& dryRunOption()
{
    static const QCommandLineOption option(QStringLiteral("dry-run"), tr("Read and check every row; write nothing."));
    return option;
}

const QCommandLineOption& goodRowsOption()
{
    static const QCommandLineOption option(QStringLiteral("good-rows-only"),
                                           tr("Import the rows that can be read even when others cannot."));
    return option;
}

QStringList fileHeader(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("“%1” cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    CsvReader reader(&file);
    if (!reader.readHeader()) {
        *error =
            reader.problems().isEmpty() ? tr("“%1” has no header line.").arg(path) : reader.problems().first().reason;
        return {};
    }
    return reader.header();
}

void printSummary(const QString& csv, const ImportMappingChoice& choice, const ImportSummary& summary)
{
    static const QHash<ImportSummary::Outcome, const char*> outcomes{
        {ImportSummary::Outcome::Imported, QT_TRANSLATE_NOOP("accord::Subcommands", "imported")},
        {ImportSummary::Outcome::Validated, QT_TRANSLATE_NOOP("accord::Subcommands", "checked, nothing written")},
        {ImportSummary::Outcome::Rejected, QT_TRANSLATE_NOOP("accord::Subcommands", "not imported")},
        {ImportSummary::Outcome::Cancelled, QT_TRANSLATE_NOOP("accord::Subcommands", "cancelled")},
        {ImportSummary::Outcome::Failed, QT_TRANSLATE_NOOP("accord::Subcommands", "failed")}};
    out() << tr("%1 (%2): %3. Rows read %4, imported %5, updated %6, rejected %7.")
                 .arg(csv, choice.description,
                      QCoreApplication::translate("accord::Subcommands", outcomes.value(summary.outcome)))
                 .arg(summary.rowsRead)
                 .arg(summary.rowsImported)
                 .arg(summary.rowsUpdated)
                 .arg(summary.rowsRejected)
          << Qt::endl;
    if (!summary.error.isEmpty())
        out() << "  " << summary.error << Qt::endl;
    for (const ImportProblem& problem : summary.problems)
        out() << "  " << tr("line %1, column “%2”: %3").arg(problem.line).arg(problem.column, problem.reason)
              << Qt::endl;
}

int runImport(const QCommandLineParser& parser, const QString& file)
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty())
        return fail(tr("Usage: accord import FILE CSV… [--mapping NAME|MAPPING.json] [--dry-run]"), Usage);
    QString error;
    const auto workspace = Workspace::open(file, Database::Access::ReadWrite, &error);
    if (!workspace)
        return fail(error);
    if (workspace->isReadOnly())
        return fail(tr("Cannot import into “%1”: %2").arg(file, workspace->readOnlyReason()));
    const CrmImporter::Mode mode = parser.isSet(dryRunOption())     ? CrmImporter::Mode::DryRun
                                   : parser.isSet(goodRowsOption()) ? CrmImporter::Mode::GoodRowsOnly
                                                                    : CrmImporter::Mode::AllOrNothing;
    bool allImported = true;
    for (const QString& csv : files) {
        const QStringList header = fileHeader(csv, &error);
        auto choice = header.isEmpty()
                          ? std::nullopt
                          : ImportMappingChoice::resolve(*workspace, parser.value(mappingOption()), header, &error);
        if (!choice) {
            err() << tr("%1: %2").arg(csv, error) << Qt::endl;
            allImported = false;
            continue;
        }
        CrmImporter importer(workspace->database(), choice->definition);
        CrmImporter::Options options;
        options.mode = mode;
        options.fileName = QFileInfo(csv).fileName();
        options.mappingId = choice->savedId;
        const ImportSummary summary = importer.runFile(csv, options);
        printSummary(csv, *choice, summary);
        if (summary.outcome == ImportSummary::Outcome::Imported) {
            choice->definition = importer.mapping();
            choice->remember(*workspace, header, &error);
        }
        allImported = allImported && (summary.outcome == ImportSummary::Outcome::Imported ||
                                      summary.outcome == ImportSummary::Outcome::Validated);
    }
    return allImported ? Ok : Failed;
}

const QCommandLineOption& outOption()
{
    static const QCommandLineOption option(QStringLiteral("out"), tr("The PNG file to write."), tr("file"));
    return option;
}

const QCommandLineOption& sizeOption()
{
    static const QCommandLineOption option(QStringLiteral("size"), tr("Image size in pixels, e.g. 1920x1080."),
                                           tr("WxH"), QStringLiteral("1920x1080"));
    return option;
}

const QCommandLineOption& viewOption()
{
    static const QCommandLineOption option(QStringLiteral("view"), tr("heatmap, types or patterns."), tr("view"),
                                           QStringLiteral("heatmap"));
    return option;
}

// Further sheets of a table too long for one image go next to the first: OUT-2.png, OUT-3.png…
QString sheetPath(const QString& out, int sheet)
{
    if (sheet == 0)
        return out;
    const QFileInfo info(out);
    return info.dir().filePath(
        QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(sheet + 1).arg(info.suffix()));
}

int runMatrix(const QCommandLineParser& parser, const QString& file)
{
    if (!parser.isSet(outOption()))
        return fail(tr("Name the image to write with --out OUT.png."), Usage);
    const QStringList size = parser.value(sizeOption()).split(QLatin1Char('x'));
    const int width = size.value(0).toInt();
    const int height = size.value(1).toInt();
    if (size.size() != 2 || width < 320 || height < 240 || width > 7680 || height > 4320)
        return fail(tr("“%1” is not a size between 320x240 and 7680x4320.").arg(parser.value(sizeOption())), Usage);
    const auto view = MatrixRenderer::viewFromName(parser.value(viewOption()));
    if (!view)
        return fail(tr("Unknown view “%1”; use heatmap, types or patterns.").arg(parser.value(viewOption())), Usage);
    const auto workspace = openForReading(file);
    if (!workspace)
        return Failed;
    const QList<QImage> sheets = MatrixRenderer::render(*workspace, *view, QSize(width, height));
    for (int i = 0; i < sheets.size(); ++i) {
        const QString path = sheetPath(parser.value(outOption()), i);
        if (!sheets.at(i).save(path, "PNG"))
            return fail(tr("Could not write “%1”.").arg(path));
        out() << path << Qt::endl;
    }
    return Ok;
}

const QCommandLineOption& caseOption()
{
    static const QCommandLineOption option(QStringLiteral("case"), tr("The case to summarise."), tr("id"));
    return option;
}

const QCommandLineOption& packOption()
{
    static const QCommandLineOption option(QStringLiteral("pack"),
                                           tr("Export a workshop pack; by default of every open case."));
    return option;
}

const QCommandLineOption& casesOption()
{
    static const QCommandLineOption option(QStringLiteral("cases"), tr("The pack's cases, in order: ID,ID,…"),
                                           tr("ids"));
    return option;
}

const QCommandLineOption& stageOption()
{
    static const QCommandLineOption option(
        QStringLiteral("stage"), tr("The pack's cases: the open ones at this step (surface … learn)."), tr("step"));
    return option;
}

const QCommandLineOption& pdfOutOption()
{
    static const QCommandLineOption option(QStringLiteral("out"), tr("The PDF file to write."), tr("file"));
    return option;
}

const QCommandLineOption& pageSizeOption()
{
    static const QCommandLineOption option(QStringLiteral("page-size"),
                                           tr("a4 or letter; default: the one set in Accord, else your country's."),
                                           tr("size"));
    return option;
}

std::optional<Id> caseId(const QString& text)
{
    bool ok = false;
    const Id id = text.trimmed().toLongLong(&ok);
    if (ok && id > 0)
        return id;
    fail(tr("“%1” is not a case id; case ids are whole numbers, as `accord cases` lists them.").arg(text), Usage);
    return std::nullopt;
}

// The cases a pack was asked for: named ones (each must exist), the open ones at a step, or every open one.
int packCases(const QCommandLineParser& parser, Workspace& workspace, QList<Id>* ids)
{
    QString error;
    if (parser.isSet(casesOption())) {
        for (const QString& text : parser.value(casesOption()).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto id = caseId(text);
            if (!id)
                return Usage;
            if (!workspace.repository<FrictionCase>().find(*id, &error))
                return fail(error.isEmpty() ? tr("There is no case %1 in “%2”; `accord cases` lists them.")
                                                  .arg(*id)
                                                  .arg(QDir::toNativeSeparators(workspace.path()))
                                            : error);
            *ids << *id;
        }
        return ids->isEmpty() ? fail(tr("Name at least one case with --cases ID,ID…"), Usage) : Ok;
    }
    std::optional<CaseStage> stage;
    if (parser.isSet(stageOption())) {
        stage = enumFromCode<CaseStage>(parser.value(stageOption()).toLower());
        if (!stage) {
            QStringList codes;
            for (CaseStage s : enumValues<CaseStage>())
                codes << enumCode(s);
            return fail(tr("Unknown step “%1”; use %2.").arg(parser.value(stageOption()), codes.join(tr(", "))), Usage);
        }
    }
    *ids = WorkshopPack::openCases(workspace, stage, &error);
    return error.isEmpty() ? Ok : fail(error);
}

int runExportPdf(const QCommandLineParser& parser, const QString& file)
{
    if (!parser.isSet(pdfOutOption()))
        return fail(tr("Name the PDF to write with --out OUT.pdf."), Usage);
    const bool pack = parser.isSet(packOption());
    if (pack == parser.isSet(caseOption()))
        return fail(tr("Say what to export: --case ID, or --pack [--cases ID,ID…|--stage STEP]."), Usage);
    if (!pack && (parser.isSet(casesOption()) || parser.isSet(stageOption())))
        return fail(tr("--cases and --stage choose the cases of a --pack."), Usage);
    if (parser.isSet(casesOption()) && parser.isSet(stageOption()))
        return fail(tr("Choose the pack's cases with --cases or with --stage, not both."), Usage);
    const QString size = parser.isSet(pageSizeOption()) ? parser.value(pageSizeOption()) : Settings().reportPageSize();
    if (size != QLatin1String("a4") && size != QLatin1String("letter"))
        return fail(tr("Unknown page size “%1”; use a4 or letter.").arg(size), Usage);
    const auto id = pack ? std::optional<Id>(0) : caseId(parser.value(caseOption()));
    if (!id)
        return Usage;
    const auto workspace = openForReading(file);
    if (!workspace)
        return Failed;
    QString error;
    std::unique_ptr<Report> report;
    if (pack) {
        QList<Id> ids;
        if (const int code = packCases(parser, *workspace, &ids); code != Ok)
            return code;
        report = WorkshopPack::create(*workspace, ids, &error);
    } else {
        report = Reports::decisionSummary(*workspace, *id, &error);
    }
    if (!report)
        return fail(error);
    const QString path = parser.value(pdfOutOption());
    if (!ReportRenderer::writePdf(*report, path, ReportStyle::pageSize(size), &error))
        return fail(error);
    out() << QDir::toNativeSeparators(path) << Qt::endl;
    return Ok;
}

void declareFormat(QCommandLineParser& parser, const QStringList& formats)
{
    QCommandLineOption option = formatOption();
    option.setDescription(option.description().arg(formats.join(QStringLiteral(", "))));
    option.setDefaultValue(formats.first());
    parser.addOption(option);
}

const QList<Subcommand>& subcommands()
{
    static const QList<Subcommand> list{
        {"init", "init FILE [--demo]", QT_TRANSLATE_NOOP("accord::Subcommands", "Create a new workspace file."),
         [](QCommandLineParser& p) { p.addOption(demoOption()); }, runInit},
        {"check", "check FILE",
         QT_TRANSLATE_NOOP("accord::Subcommands",
                           "Check a workspace without changing it; exit code 0 when it is healthy."),
         [](QCommandLineParser&) {}, runCheck},
        {"upgrade", "upgrade FILE",
         QT_TRANSLATE_NOOP("accord::Subcommands",
                           "Bring a workspace saved by an older Accord to this version's format, keeping a backup."),
         [](QCommandLineParser&) {}, runUpgrade},
        {"cases", "cases FILE [--format json|csv] [--archived]",
         QT_TRANSLATE_NOOP("accord::Subcommands", "Print one record per friction case."),
         [](QCommandLineParser& p) {
             declareFormat(p, {QStringLiteral("json"), QStringLiteral("csv")});
             p.addOption(archivedOption());
         },
         runCases},
        {"catalog", "catalog FILE [--format json]",
         QT_TRANSLATE_NOOP("accord::Subcommands",
                           "Print the catalogue: teams, friction types, patterns, dictionary, funnel and more."),
         [](QCommandLineParser& p) { declareFormat(p, {QStringLiteral("json")}); }, runCatalog},
        {"glossary", "glossary FILE [--format md|csv|json]",
         QT_TRANSLATE_NOOP("accord::Subcommands",
                           "Print the metric dictionary as a glossary to publish: definitions, owners, versions."),
         [](QCommandLineParser& p) {
             declareFormat(p, {QStringLiteral("md"), QStringLiteral("csv"), QStringLiteral("json")});
         },
         runGlossary},
        {"scorecard", "scorecard FILE [--period month|quarter] [--by source|segment|owner|team] [--format csv|json]",
         QT_TRANSLATE_NOOP("accord::Subcommands",
                           "Print the shared scorecard computed from the dictionary's definitions."),
         [](QCommandLineParser& p) {
             declareFormat(p, {QStringLiteral("json"), QStringLiteral("csv")});
             p.addOptions({periodOption(), byOption(), fromOption(), toOption()});
         },
         runScorecard},
        {"import", "import FILE CSV... [--mapping NAME|MAPPING.json] [--dry-run] [--good-rows-only]",
         QT_TRANSLATE_NOOP(
             "accord::Subcommands",
             "Import CRM export files (leads, opportunities) into the workspace, all or nothing per file."),
         [](QCommandLineParser& p) {
             p.addPositionalArgument(QStringLiteral("CSV"), tr("The export files."), QStringLiteral("CSV..."));
             p.addOptions({mappingOption(), dryRunOption(), goodRowsOption()});
         },
         runImport, true},
        {"matrix", "matrix FILE --out OUT.png [--size WxH] [--view heatmap|types|patterns]",
         QT_TRANSLATE_NOOP("accord::Subcommands", "Render the friction matrix as presented, for slides."),
         [](QCommandLineParser& p) {
             p.addOptions({outOption(), sizeOption(), viewOption()});
         },
         runMatrix, false, true},
        {"export-pdf",
         "export-pdf FILE (--case ID | --pack [--cases ID,ID…|--stage STEP]) --out OUT.pdf [--page-size a4|letter]",
         QT_TRANSLATE_NOOP("accord::Subcommands",
                           "Export a case's decision summary, or a workshop pack of many cases, as a PDF."),
         [](QCommandLineParser& p) {
             p.addOptions({caseOption(), packOption(), casesOption(), stageOption(), pdfOutOption(), pageSizeOption()});
         },
         runExportPdf, false, true},
    };
    return list;
}

const Subcommand* find(const QString& name)
{
    for (const Subcommand& s : subcommands())
        if (name == QLatin1String(s.name))
            return &s;
    return nullptr;
}

} // namespace

bool isSubcommand(const QString& name)
{
    return find(name) != nullptr;
}

bool paints(const QString& name)
{
    const Subcommand* command = find(name);
    return command && command->paints;
}

QString summary()
{
    QString text = tr("Commands that need no display:") + QLatin1Char('\n');
    for (const Subcommand& s : subcommands())
        text +=
            QStringLiteral("  accord %1\n      %2\n")
                .arg(QString::fromUtf8(s.synopsis), QCoreApplication::translate("accord::Subcommands", s.description));
    return text;
}

int run(const QStringList& arguments)
{
    const Subcommand* command = find(arguments.value(1));
    if (!command)
        return fail(tr("Unknown command “%1”.").arg(arguments.value(1)), Usage);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("accord::Subcommands", command->description));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file."));
    command->declare(parser);
    // The subcommand's own name is not an argument of it.
    QStringList own = arguments;
    own.removeAt(1);
    if (!parser.parse(own))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QLatin1String("[options] FILE"),
                                           QStringLiteral("%1 [options] FILE").arg(QLatin1String(command->name)));
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || (positional.size() > 1 && !command->takesMoreFiles))
        return fail(tr("Usage: accord %1").arg(QString::fromUtf8(command->synopsis)), Usage);
    return command->run(parser, positional.first());
}

} // namespace accord::Subcommands
