#include "HeadlessRun.h"
#include "PdfText.h"
#include "TestSupport.h"
#include "domain/FrictionCase.h"
#include "domain/Person.h"
#include "domain/Team.h"
#include "playbook/CaseFile.h"
#include "storage/CaseListQuery.h"

#include <QRegularExpression>
#include <QTest>

using namespace accord;
using Run = accord::test::HeadlessRun;
using accord::test::PdfText;

namespace {

Run runAccord(const QStringList& arguments)
{
    return Run::of(QStringLiteral(ACCORD_EXECUTABLE), arguments);
}

} // namespace

class TestExportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void summaryShowsEveryFieldInOrder();
    void summaryNamesOwnerAndDecision();
    void summaryMetadata();
    void userTextPrintsLiterally();
    void longTextWrapsAcrossPages();
    void pageSize_data();
    void pageSize();
    void refusesBadRequests_data();
    void refusesBadRequests();
    void packContentsMatchPages();
    void packByStage();

private:
    QString exportCase(Id id, const QString& name, const QStringList& more = {});
    Id addCase(const FrictionCase& frictionCase);

    QTemporaryDir m_dir;
    QString m_demo;
    Id m_learnCase = 0;
    CaseFile m_learnFile;
};

void TestExportPdf::initTestCase()
{
    // The checks read the PDF as a reader would; CI installs poppler-utils (packaging/install-deps.sh).
    QVERIFY2(!PdfText::tool(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (poppler-utils) is not installed");
    QVERIFY2(!PdfText::tool(QStringLiteral("pdfinfo")).isEmpty(), "pdfinfo (poppler-utils) is not installed");
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.accord"));
    const Run init = runAccord({QStringLiteral("init"), m_demo, QStringLiteral("--demo")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));

    QString error;
    auto workspace = Workspace::open(m_demo, Database::Access::ReadOnly, &error);
    QVERIFY2(workspace, qPrintable(error));
    CaseFilter filter;
    filter.stage = CaseStage::Learn;
    const QList<CaseSummary> learning = CaseListQuery::fetch(workspace->database(), filter, 0, -1, &error);
    QVERIFY2(!learning.isEmpty(), qPrintable(error));
    m_learnCase = learning.first().id;
    const auto file = CaseFile::load(*workspace, m_learnCase, &error);
    QVERIFY2(file, qPrintable(error));
    QVERIFY(file->decision);
    QVERIFY(!file->actions.isEmpty());
    m_learnFile = *file;
}

QString TestExportPdf::exportCase(Id id, const QString& name, const QStringList& more)
{
    const QString pdf = m_dir.filePath(name);
    const Run run = runAccord(QStringList{QStringLiteral("export-pdf"), m_demo, QStringLiteral("--case"),
                                          QString::number(id), QStringLiteral("--out"), pdf} +
                              more);
    if (run.exitCode != 0) {
        qWarning().noquote() << run.err;
        return QString();
    }
    return pdf;
}

Id TestExportPdf::addCase(const FrictionCase& frictionCase)
{
    QString error;
    auto workspace = Workspace::open(m_demo, Database::Access::ReadWrite, &error);
    if (!workspace)
        return 0;
    FrictionCase c = frictionCase;
    const QList<Team> teams = workspace->repository<Team>().list();
    c.teamIds = {teams.at(0).id, teams.at(1).id};
    c.raisedOn = QDate(2026, 3, 2);
    return workspace->repository<FrictionCase>().insert(c, &error) ? c.id : 0;
}

void TestExportPdf::summaryShowsEveryFieldInOrder()
{
    const QString pdf = exportCase(m_learnCase, QStringLiteral("learn.pdf"));
    QVERIFY(!pdf.isEmpty());
    // Titles and values wrap over lines; what matters is that the words come in this order.
    const QString text = PdfText::simplified(PdfText::text(pdf));
    const QStringList fields{m_learnFile.frictionCase.title,
                             QStringLiteral("Teams"),
                             QStringLiteral("Severity"),
                             QStringLiteral("Revenue at risk"),
                             QStringLiteral("Surfaced problem"),
                             QStringLiteral("What it looks like"),
                             QStringLiteral("Impacted metric"),
                             QStringLiteral("Blocked decision"),
                             QStringLiteral("Diagnosis"),
                             QStringLiteral("Root cause"),
                             QStringLiteral("Evidence"),
                             QStringLiteral("Shared outcome"),
                             QStringLiteral("KPI baseline"),
                             QStringLiteral("KPI target"),
                             QStringLiteral("Decision"),
                             QStringLiteral("Accountable owner"),
                             QStringLiteral("Contributors"),
                             QStringLiteral("Decision criteria"),
                             QStringLiteral("Escalation path"),
                             QStringLiteral("Decided on"),
                             QStringLiteral("Actions"),
                             QStringLiteral("Owner"),
                             QStringLiteral("Due"),
                             QStringLiteral("Status"),
                             QStringLiteral("Governance"),
                             QStringLiteral("Operating rhythm"),
                             QStringLiteral("Next review"),
                             QStringLiteral("Learnings"),
                             QStringLiteral("What worked"),
                             QStringLiteral("What recurred"),
                             QStringLiteral("KPI movement"),
                             QStringLiteral("KPI trend")};
    const int missing = PdfText::firstOutOfOrder(text, fields);
    QVERIFY2(missing < 0,
             qPrintable(QStringLiteral("“%1” is missing or out of order in:\n%2").arg(fields.value(missing), text)));
    // Header and footer on every page.
    const int pages = PdfText::pages(pdf);
    QVERIFY(pages >= 1 && pages <= 3);
    QCOMPARE(text.count(QStringLiteral("Lumenfield Data")), pages);
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

void TestExportPdf::summaryNamesOwnerAndDecision()
{
    const QString pdf = exportCase(m_learnCase, QStringLiteral("owner.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = PdfText::simplified(PdfText::text(pdf));
    QString error;
    auto workspace = Workspace::open(m_demo, Database::Access::ReadOnly, &error);
    QVERIFY(workspace);
    const auto owner = workspace->repository<Person>().find(m_learnFile.decision->ownerId);
    QVERIFY(owner);
    QVERIFY2(text.contains(QStringLiteral("Accountable owner ") + owner->name), qPrintable(text));
    QVERIFY2(text.contains(PdfText::simplified(m_learnFile.decision->text)), qPrintable(text));
    for (const Action& action : std::as_const(m_learnFile.actions))
        QVERIFY2(text.contains(action.title.left(20)), qPrintable(action.title));
}

void TestExportPdf::summaryMetadata()
{
    const QString pdf = exportCase(m_learnCase, QStringLiteral("meta.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString info = PdfText::info(pdf);
    QCOMPARE(PdfText::infoValue(info, QStringLiteral("Title")),
             QStringLiteral("Decision summary: ") + m_learnFile.frictionCase.title);
    QVERIFY(PdfText::infoValue(info, QStringLiteral("Creator")).startsWith(QStringLiteral("Accord")));
    const QString xmp = PdfText::info(pdf, true);
    QVERIFY2(xmp.contains(QStringLiteral("<dc:creator>")), qPrintable(xmp));
    QVERIFY(xmp.contains(Workspace::systemUserName()));
    QVERIFY(xmp.contains(QStringLiteral("Decision summary of case %1 of Lumenfield Data").arg(m_learnCase)));
}

void TestExportPdf::userTextPrintsLiterally()
{
    FrictionCase c;
    c.title = QStringLiteral("<b>x</b> & <script>");
    c.looksLike = QStringLiteral("&amp; is not &, and <i>this</i> is not italic");
    const Id id = addCase(c);
    QVERIFY(id > 0);
    const QString pdf = exportCase(id, QStringLiteral("escaped.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = PdfText::text(pdf);
    QVERIFY2(text.contains(QStringLiteral("<b>x</b> & <script>")), qPrintable(text));
    QVERIFY2(PdfText::simplified(text).contains(c.looksLike), qPrintable(text));
    QCOMPARE(PdfText::infoValue(PdfText::info(pdf), QStringLiteral("Title")),
             QStringLiteral("Decision summary: <b>x</b> & <script>"));
}

void TestExportPdf::longTextWrapsAcrossPages()
{
    FrictionCase c;
    c.title = QStringLiteral("A case described at great length");
    QStringList sentences;
    for (int i = 1; i <= 160; ++i)
        sentences << QStringLiteral("Sentence %1 says what the friction looks like from one more side.").arg(i);
    // A word longer than the line must break inside, not run off the page.
    const QString longWord = QString(QStringLiteral("abcdefghij")).repeated(30);
    sentences << longWord;
    c.looksLike = sentences.join(QLatin1Char(' '));
    c.blockedDecision = QStringLiteral("Whether the long text is all there");
    const Id id = addCase(c);
    QVERIFY(id > 0);
    const QString pdf = exportCase(id, QStringLiteral("long.pdf"));
    QVERIFY(!pdf.isEmpty());
    const int pages = PdfText::pages(pdf);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    QString text = PdfText::text(pdf);
    // Every page's running header and footer sit outside the text; without them the text reads on unbroken.
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    QStringList order;
    for (int i = 1; i <= 160; ++i)
        order << QStringLiteral("Sentence %1 says").arg(i);
    order << QStringLiteral("Blocked decision") << c.blockedDecision;
    const QString flat = PdfText::simplified(text);
    const int missing = PdfText::firstOutOfOrder(flat, order);
    QVERIFY2(missing < 0, qPrintable(order.value(missing)));
    // The long word comes out whole, broken over lines.
    QString letters = text;
    letters.remove(QRegularExpression(QStringLiteral("[^a-j]")));
    QVERIFY(letters.contains(longWord));
}

void TestExportPdf::pageSize_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("expected");
    QTest::addRow("a4") << QStringLiteral("a4") << QStringLiteral("(A4)");
    QTest::addRow("letter") << QStringLiteral("letter") << QStringLiteral("(letter)");
}

void TestExportPdf::pageSize()
{
    QFETCH(QString, size);
    QFETCH(QString, expected);
    const QString pdf = exportCase(m_learnCase, size + QStringLiteral(".pdf"), {QStringLiteral("--page-size"), size});
    QVERIFY(!pdf.isEmpty());
    QVERIFY2(PdfText::infoValue(PdfText::info(pdf), QStringLiteral("Page size")).endsWith(expected),
             qPrintable(PdfText::info(pdf)));
}

void TestExportPdf::refusesBadRequests_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("--out=never.pdf");
    QTest::addRow("unknown case") << QStringList{QStringLiteral("--case"), QStringLiteral("99999"), out} << 1
                                  << QStringLiteral("Case 99999 does not exist.");
    QTest::addRow("not a case id") << QStringList{QStringLiteral("--case"), QStringLiteral("twelve"), out} << 2
                                   << QStringLiteral("“twelve” is not a case id");
    QTest::addRow("no out") << QStringList{QStringLiteral("--case"), QStringLiteral("1")} << 2
                            << QStringLiteral("--out OUT.pdf");
    QTest::addRow("nothing to export") << QStringList{out} << 2 << QStringLiteral("--case ID");
    QTest::addRow("unknown page size") << QStringList{QStringLiteral("--case"), QStringLiteral("1"), out,
                                                      QStringLiteral("--page-size=a3")}
                                       << 2 << QStringLiteral("Unknown page size “a3”");
}

void TestExportPdf::refusesBadRequests()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = runAccord(QStringList{QStringLiteral("export-pdf"), m_demo} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(QStringLiteral("never.pdf")));
}

void TestExportPdf::packContentsMatchPages()
{
    const QString pdf = m_dir.filePath(QStringLiteral("pack.pdf"));
    const Run run =
        runAccord({QStringLiteral("export-pdf"), m_demo, QStringLiteral("--pack"), QStringLiteral("--out"), pdf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const int pages = PdfText::pages(pdf);
    QVERIFY(pages > 4);
    // The contents are on page 2: every entry's page starts with that entry's title, in increasing order.
    const QString contents = PdfText::text(pdf, 2, 2);
    const QRegularExpression entry(QStringLiteral("^\\s*(\\S.*\\S)\\s{2,}(\\d+)\\s*$"),
                                   QRegularExpression::MultilineOption);
    int previous = 2;
    int entries = 0;
    for (auto it = entry.globalMatch(contents); it.hasNext();) {
        const auto match = it.next();
        const int page = match.captured(2).toInt();
        QVERIFY2(page > previous && page <= pages, qPrintable(match.captured(0)));
        const QString title = match.captured(1).left(30);
        QVERIFY2(PdfText::simplified(PdfText::text(pdf, page, page)).contains(title),
                 qPrintable(QStringLiteral("page %1 does not show “%2”").arg(page).arg(title)));
        previous = page;
        ++entries;
    }
    QVERIFY2(entries >= 4, qPrintable(contents));
    // The decisions of the day are the last section and take one page.
    QVERIFY(PdfText::text(pdf, pages, pages).contains(QStringLiteral("Decisions of")));
    QVERIFY(!PdfText::text(pdf, pages - 1, pages - 1).contains(QStringLiteral("Decisions of")));
}

void TestExportPdf::packByStage()
{
    QString error;
    QList<CaseSummary> deciding;
    {
        auto workspace = Workspace::open(m_demo, Database::Access::ReadOnly, &error);
        QVERIFY2(workspace, qPrintable(error));
        CaseFilter filter;
        filter.stage = CaseStage::Decide;
        filter.openOnly = true;
        deciding = CaseListQuery::fetch(workspace->database(), filter, 0, -1, &error);
    }
    QVERIFY(!deciding.isEmpty());
    const QString pdf = m_dir.filePath(QStringLiteral("decide-pack.pdf"));
    const Run run = runAccord({QStringLiteral("export-pdf"), m_demo, QStringLiteral("--pack"),
                               QStringLiteral("--stage"), QStringLiteral("decide"), QStringLiteral("--out"), pdf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString text = PdfText::simplified(PdfText::text(pdf));
    for (const CaseSummary& c : std::as_const(deciding))
        QVERIFY2(text.contains(c.title), qPrintable(c.title));
    QVERIFY(!text.contains(m_learnFile.frictionCase.title));
    // The cover counts the cases in English words, for one and for many.
    const auto cover = [&] { return PdfText::simplified(PdfText::text(pdf, 1, 1)); };
    const QString counted = deciding.size() == 1
                                ? QStringLiteral("1 case with its decision summary")
                                : QStringLiteral("%1 cases with their decision summaries").arg(deciding.size());
    QVERIFY2(cover().contains(counted), qPrintable(cover()));
    const Run two =
        runAccord({QStringLiteral("export-pdf"), m_demo, QStringLiteral("--pack"), QStringLiteral("--cases"),
                   QStringLiteral("%1,%2").arg(deciding.first().id).arg(m_learnFile.frictionCase.id),
                   QStringLiteral("--out"), pdf});
    QVERIFY2(two.exitCode == 0, qPrintable(two.err));
    QVERIFY2(cover().contains(QStringLiteral("2 cases with their decision summaries")), qPrintable(cover()));
    const Run unknown = runAccord({QStringLiteral("export-pdf"), m_demo, QStringLiteral("--pack"),
                                   QStringLiteral("--cases"), QStringLiteral("1,99999"), QStringLiteral("--out"), pdf});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("There is no case 99999")), qPrintable(unknown.err));
}

QTEST_GUILESS_MAIN(TestExportPdf)
#include "tst_export_pdf.moc"
