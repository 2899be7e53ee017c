#include "PdfText.h"
#include "TestSupport.h"
#include "common/Theme.h"
#include "domain/Decision.h"
#include "domain/Experiment.h"
#include "domain/OperatingRhythm.h"
#include "domain/Period.h"
#include "domain/Person.h"
#include "domain/ReviewMeeting.h"
#include "reviews/AnswerCommands.h"
#include "reviews/MeetingCommands.h"
#include "reviews/MeetingMinutes.h"
#include "reviews/MeetingPanel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPageSize>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace accord;
using accord::test::PdfText;

namespace {

// The save dialog a click opens runs its own event loop; this answers it with the path once it is up.
void answerSaveDialog(const QString& path)
{
    auto* poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, path] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        poll->deleteLater();
        // Typed where a user types it: selectFile() leaves the name field alone once it has the focus, and whether
        // it has it yet depends on when the window system got round to activating the dialog.
        dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->setText(path);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog keeps its override protected
    });
    poll->start(20);
}

// A held meeting of the demo with decisions and experiments in it.
Id richMeeting(Workspace& ws)
{
    QSet<Id> withDecisions;
    for (const Decision& d : ws.repository<Decision>().list())
        withDecisions.insert(d.meetingId);
    for (const Experiment& e : ws.repository<Experiment>().list())
        if (e.meetingId != 0 && withDecisions.contains(e.meetingId))
            return e.meetingId;
    return 0;
}

QString missingFrom(const QString& text, const QStringList& needles)
{
    const int missing = PdfText::firstOutOfOrder(text, needles);
    return missing < 0 ? QString()
                       : QStringLiteral("“%1” is missing or out of order in:\n%2").arg(needles.value(missing), text);
}

} // namespace

class TestMinutesPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buttonWritesTheMinutesInOrder();
    void userTextPrintsLiterally();
    void emptyMeetingSaysSo();
};

void TestMinutesPdf::initTestCase()
{
    QVERIFY2(!PdfText::tool(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (poppler-utils) is not installed");
    Theme::apply(*qApp);
}

void TestMinutesPdf::buttonWritesTheMinutesInOrder()
{
    test::TempWorkspace ws(Workspace::Content::Demo);
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    const Id meetingId = richMeeting(*ws);
    QVERIFY(meetingId != 0);
    QString error;
    // A pulse taken in the meeting.
    PulseEntry entry;
    entry.meetingId = meetingId;
    entry.period = Period::month(ws->repository<ReviewMeeting>().find(meetingId)->heldOn).key;
    entry.personId = ws->repository<Person>().list().value(0).id;
    entry.teamId = ws->repository<Person>().list().value(0).teamId;
    entry.rating = PulseRating::Better;
    entry.oneThing = QStringLiteral("Share the routing table before the council");
    auto pulse = AnswerCommands::addPulse(*ws, entry, &error);
    QVERIFY2(pulse, qPrintable(error));
    ws->undoStack()->push(pulse.release());
    const auto minutes = MeetingMinutes::build(*ws, meetingId, &error);
    QVERIFY2(minutes, qPrintable(error));
    QVERIFY(!minutes->pulse.isEmpty());
    QVERIFY(minutes->oneThings.contains(entry.oneThing + QStringLiteral(" (") +
                                        ws->repository<Person>().list().value(0).name + QLatin1Char(')')));
    QVERIFY(!minutes->agenda.isEmpty());
    QVERIFY(!minutes->meeting.minutes.isEmpty());

    MeetingPanel panel;
    panel.setWorkspace(ws.workspace.get());
    panel.showMeeting(meetingId);
    panel.resize(1600, 900);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto* button = panel.findChild<QPushButton*>(QStringLiteral("exportMinutesPdf"));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QString written;
    connect(&panel, &MeetingPanel::exported, this, [&written](const QString& path) { written = path; });
    connect(&panel, &MeetingPanel::refused, this, [](const QString& message) { qWarning() << message; });
    const QString pdf = ws.dir.filePath(QStringLiteral("minutes.pdf"));
    answerSaveDialog(pdf);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(written, pdf);

    // Cells and boxes wrap their text over lines; what matters is that the words come in this order.
    const QString text = PdfText::simplified(PdfText::text(pdf));
    QStringList order{minutes->meeting.title,  minutes->rhythmName,         QStringLiteral("Facilitator"),
                      minutes->facilitator,    QStringLiteral("Attendees"), minutes->attendees.first(),
                      QStringLiteral("Agenda")};
    for (const MeetingMinutes::Item& item : minutes->agenda)
        order << item.item.title.left(20);
    order << QStringLiteral("Decisions");
    // Each decision's box is headed by the case it settles.
    for (const MeetingMinutes::DecisionLine& d : minutes->decisions)
        order << d.caseTitle.left(20) << QStringLiteral("Decision") << d.decision.text.left(20)
              << QStringLiteral("Owner ") + d.owner;
    order << QStringLiteral("Experiments");
    for (const MeetingMinutes::ExperimentLine& e : minutes->experiments)
        order << e.experiment.hypothesis.left(20);
    order << QStringLiteral("Pulse");
    for (const MeetingMinutes::PulseLine& line : minutes->pulse)
        order << line.team;
    order << QStringLiteral("To improve next month") << entry.oneThing;
    order << QStringLiteral("Minutes") << minutes->meeting.minutes.left(30);
    const QString problem = missingFrom(text, order);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(text.contains(QStringLiteral("%1 of %1 items done.").arg(minutes->agenda.size())));

    // The running header names the workspace and the day; the footer the document and its page.
    const int pages = PdfText::pages(pdf);
    QVERIFY(pages >= 1);
    QCOMPARE(text.count(ws->displayName()), pages);
    QCOMPARE(text.count(QStringLiteral("15 June 2026")), pages);
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    QCOMPARE(PdfText::infoValue(PdfText::info(pdf), QStringLiteral("Title")),
             QStringLiteral("Minutes: ") + minutes->meeting.title);

    // Kept for looking at, as the screenshots of the review areas are.
    const QString dir = qEnvironmentVariable("ACCORD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(QFile::copy(pdf, QDir(dir).filePath(QStringLiteral("meeting-minutes.pdf"))));
}

void TestMinutesPdf::userTextPrintsLiterally()
{
    test::TempWorkspace ws(Workspace::Content::Demo);
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    const Id meetingId = richMeeting(*ws);
    QVERIFY(meetingId != 0);
    ReviewMeeting meeting = *ws->repository<ReviewMeeting>().find(meetingId);
    meeting.title = QStringLiteral("<b>Council</b> & <script>");
    meeting.minutes = QStringLiteral("&amp; is not &, and <i>this</i> is not italic\n\n# not a heading");
    QVERIFY(ws->repository<ReviewMeeting>().update(meeting));
    Decision decision = ws->repository<Decision>().list().value(0);
    for (const Decision& d : ws->repository<Decision>().list())
        if (d.meetingId == meetingId)
            decision = d;
    decision.text = QStringLiteral("Route <u>partner</u> leads & **stop**");
    QVERIFY(ws->repository<Decision>().update(decision));

    MeetingPanel panel;
    panel.setWorkspace(ws.workspace.get());
    panel.showMeeting(meetingId);
    const QString pdf = ws.dir.filePath(QStringLiteral("escaped.pdf"));
    QString error;
    QVERIFY2(panel.exportMinutesPdf(pdf, QPageSize(QPageSize::A4), &error), qPrintable(error));
    const QString text = PdfText::simplified(PdfText::text(pdf));
    QVERIFY2(text.contains(meeting.title), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("&amp; is not &, and <i>this</i> is not italic # not a heading")),
             qPrintable(text));
    QVERIFY2(text.contains(decision.text), qPrintable(text));
    QCOMPARE(PdfText::infoValue(PdfText::info(pdf), QStringLiteral("Title")),
             QStringLiteral("Minutes: <b>Council</b> & <script>"));
}

void TestMinutesPdf::emptyMeetingSaysSo()
{
    test::TempWorkspace ws(Workspace::Content::Catalog);
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    const OperatingRhythm rhythm = ws->repository<OperatingRhythm>().list().value(0);
    QVERIFY(rhythm.id != 0);
    ws->undoStack()->push(MeetingCommands::create(*ws, rhythm, QDate(2026, 6, 18), {}).release());
    const ReviewMeeting meeting = ws->repository<ReviewMeeting>().list().value(0);
    QVERIFY(meeting.id != 0);

    MeetingPanel panel;
    panel.setWorkspace(ws.workspace.get());
    panel.showMeeting(meeting.id);
    const QString pdf = ws.dir.filePath(QStringLiteral("empty.pdf"));
    QString error;
    QVERIFY2(panel.exportMinutesPdf(pdf, QPageSize(QPageSize::Letter), &error), qPrintable(error));
    QCOMPARE(PdfText::pages(pdf), 1);
    QVERIFY(PdfText::infoValue(PdfText::info(pdf), QStringLiteral("Page size")).endsWith(QStringLiteral("(letter)")));
    const QString text = PdfText::simplified(PdfText::text(pdf));
    const QString problem =
        missingFrom(text, {meeting.title, rhythm.name, QStringLiteral("No agenda items."),
                           QStringLiteral("No decisions recorded."), QStringLiteral("No experiments agreed."),
                           QStringLiteral("No minutes written."), QStringLiteral("Page 1 of 1")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_MAIN(TestMinutesPdf)
#include "tst_minutes_pdf.moc"
