#include "TestSupport.h"
#include "common/Theme.h"
#include "dictionary/DefinitionChanges.h"
#include "dictionary/MetricCommands.h"
#include "domain/Decision.h"
#include "domain/Metric.h"
#include "metrics/DictionaryView.h"
#include "metrics/MetricListModel.h"
#include "metrics/ProposeVersionDialog.h"
#include "metrics/VersionHistoryModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace accord;

class TestMetricsEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newVersionOfFrozenMetricNeedsDecision();
    void formulaCheckedAsYouType();
    void freezesDraftAndUndoes();
    void screenshots_data();
    void screenshots();
};

namespace {

const QString FrozenName = QStringLiteral("MQL-to-SQL conversion");
const QString DraftName = QStringLiteral("Pipeline created");

struct View
{
    View()
    {
        if (!ws.workspace)
            return;
        view.setWorkspace(ws.workspace.get());
        view.resize(1600, 900);
        view.show();
        active = QTest::qWaitForWindowActive(&view);
        list = view.findChild<QTableView*>(QStringLiteral("metricList"));
        search = view.findChild<QLineEdit*>(QStringLiteral("metricSearch"));
    }

    Metric metric(const QString& name)
    {
        Filter filter;
        filter.where("name", name);
        return ws->repository<Metric>().list(filter).value(0);
    }
    Id addDecision(const QString& text)
    {
        Decision decision;
        decision.text = text;
        decision.decidedOn = QDate(2026, 6, 12);
        decision.status = DecisionStatus::InForce;
        ws->repository<Decision>().insert(decision);
        return decision.id;
    }
    // Finds the metric the way a user does: types into the search field and clicks the one row left.
    void select(const QString& name)
    {
        search->clear();
        QTest::keyClicks(search, name);
        QCOMPARE(list->model()->rowCount(), 1);
        const QModelIndex row = list->model()->index(0, MetricListModel::Name);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
        QCOMPARE(editorText("sectionHeading"), name);
    }
    template <typename T> T* editorChild(const char* name)
    {
        return view.findChild<QWidget*>(QStringLiteral("metricEditor"))->findChild<T*>(QLatin1String(name));
    }
    QString editorText(const char* name) { return editorChild<QLabel>(name)->text(); }

    test::TempWorkspace ws;
    DictionaryView view;
    bool active = false;
    QTableView* list = nullptr;
    QLineEdit* search = nullptr;
};

} // namespace

void TestMetricsEditor::initTestCase()
{
    Theme::apply(*qApp);
}

void TestMetricsEditor::newVersionOfFrozenMetricNeedsDecision()
{
    View v;
    QVERIFY2(v.ws.workspace, qPrintable(v.ws.error));
    QVERIFY(v.active);
    const Id decision = v.addDecision(QStringLiteral("Count an SQL only once a discovery meeting was held"));
    const Metric before = v.metric(FrozenName);
    QCOMPARE(before.status, MetricStatus::Frozen);
    v.select(FrozenName);

    // Frozen: read-only in place, with the way to change it.
    QVERIFY(v.editorChild<QLineEdit>("metricName")->isReadOnly());
    QVERIFY(v.editorText("metricNotice").startsWith(QStringLiteral("Frozen")));
    QVERIFY(!v.editorChild<QLabel>("definitionChangedBadge")->isVisible());
    auto* propose = v.editorChild<QPushButton>("proposeVersion");
    QVERIFY(propose->isVisible());
    QTest::mouseClick(propose, Qt::LeftButton);
    QPointer<ProposeVersionDialog> dialog = v.view.findChild<ProposeVersionDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    const QString newDefinition = QStringLiteral("Share of MQLs that became SQLs after a held discovery meeting.");
    auto* definition = dialog->findChild<QPlainTextEdit*>(QStringLiteral("metricDefinition"));
    QVERIFY(!definition->isReadOnly());
    definition->setFocus();
    definition->selectAll();
    QTest::keyClicks(definition, newDefinition);
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);

    // Without a decision the dialog stays and says why one is needed.
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("proposalProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("decision")), qPrintable(problem->text()));
    QCOMPARE(v.metric(FrozenName).version, 1);

    auto* decisions = dialog->findChild<QComboBox*>(QStringLiteral("approvingDecision"));
    const int choice = decisions->findData(decision);
    QVERIFY(choice > 0);
    QVERIFY(decisions->itemText(choice).contains(QStringLiteral("discovery meeting")));
    decisions->setFocus();
    for (int i = 0; i < choice; ++i)
        QTest::keyClick(decisions, Qt::Key_Down);
    QCOMPARE(decisions->currentData().toLongLong(), decision);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("versionReason")),
                     QStringLiteral("Funnel council, June"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!dialog);

    // Version 2 is in force; version 1 is kept with the old text.
    const Metric after = v.metric(FrozenName);
    QCOMPARE(after.version, 2);
    QCOMPARE(after.definition, newDefinition);
    const QList<MetricVersion> history = DefinitionChanges::history(*v.ws, after.id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).definition, before.definition);
    QCOMPARE(history.at(1).decisionId, decision);
    QCOMPARE(history.at(1).reason, QStringLiteral("Funnel council, June"));

    // The history lists both and the diff shows old beside new.
    auto* versions = v.view.findChild<QTableView*>(QStringLiteral("versionHistory"));
    QCOMPARE(versions->model()->rowCount(), 2);
    QVERIFY(versions->model()
                ->index(1, VersionHistoryModel::Decision)
                .data()
                .toString()
                .contains(QStringLiteral("discovery meeting")));
    const QString diff = v.view.findChild<QTextBrowser*>(QStringLiteral("versionDiff"))->toPlainText();
    QVERIFY2(diff.contains(before.definition) && diff.contains(newDefinition), qPrintable(diff));
    QVERIFY(diff.indexOf(before.definition) < diff.indexOf(newDefinition));
    QVERIFY(v.editorChild<QLabel>("definitionChangedBadge")->isVisible());
    QVERIFY(v.editorText("definitionChangedBadge").contains(QStringLiteral("Definition changed")));
    QVERIFY(v.list->model()
                ->index(0, MetricListModel::Changed)
                .data()
                .toString()
                .contains(QStringLiteral("Definition changed")));

    // Selecting both versions compares them the same way.
    versions->selectAll();
    QVERIFY(v.view.findChild<QTextBrowser*>(QStringLiteral("versionDiff"))->toPlainText().contains(newDefinition));

    v.ws->undoStack()->undo();
    QCOMPARE(v.metric(FrozenName).version, 1);
    QCOMPARE(v.metric(FrozenName).definition, before.definition);
    QCOMPARE(versions->model()->rowCount(), 1);
    QCOMPARE(v.editorChild<QPlainTextEdit>("metricDefinition")->toPlainText(), before.definition);
    QVERIFY(!v.editorChild<QLabel>("definitionChangedBadge")->isVisible());
}

void TestMetricsEditor::formulaCheckedAsYouType()
{
    View v;
    QVERIFY2(v.ws.workspace, qPrintable(v.ws.error));
    QVERIFY(v.active);
    const Metric before = v.metric(DraftName);
    QCOMPARE(before.status, MetricStatus::Draft);
    v.select(DraftName);
    auto* formula = v.editorChild<QPlainTextEdit>("formulaText");
    QVERIFY(!formula->isReadOnly());
    QCOMPARE(v.editorText("formulaVerdict"), QStringLiteral("✓ valid"));

    const QString broken = QStringLiteral("sum(amount, opportunities by opened_sometime)");
    formula->setFocus();
    formula->selectAll();
    QTest::keyClicks(formula, broken);
    const QString verdict = v.editorText("formulaVerdict");
    QVERIFY2(verdict.startsWith(QStringLiteral("✗")), qPrintable(verdict));
    const int position = broken.indexOf(QStringLiteral("opened_sometime"));
    QVERIFY2(verdict.contains(QStringLiteral("character %1").arg(position + 1)), qPrintable(verdict));
    const QList<QTextEdit::ExtraSelection> marks = formula->extraSelections();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.first().cursor.selectionStart(), position);
    QCOMPARE(marks.first().format.underlineStyle(), QTextCharFormat::WaveUnderline);

    // Leaving the field does not save a broken formula, and does not throw the user's text away either.
    v.editorChild<QLineEdit>("metricSourceSystem")->setFocus();
    QTRY_VERIFY(!formula->hasFocus());
    QCOMPARE(v.metric(DraftName).formula, before.formula);
    QCOMPARE(formula->toPlainText(), broken);

    const QString fixed = QStringLiteral("sum(amount, opportunities where not lost by opportunity_at)");
    formula->setFocus();
    formula->selectAll();
    QTest::keyClicks(formula, fixed);
    QCOMPARE(v.editorText("formulaVerdict"), QStringLiteral("✓ valid"));
    QVERIFY(formula->extraSelections().isEmpty());
    v.editorChild<QLineEdit>("metricSourceSystem")->setFocus();
    QTRY_COMPARE(v.metric(DraftName).formula, fixed);
    QCOMPARE(v.metric(DraftName).version, 1);

    // Other fields of a draft save as they are left, each one undoable.
    auto* name = v.editorChild<QLineEdit>("metricName");
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Pipeline opened"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(v.metric(QStringLiteral("Pipeline opened")).id, before.id);
    v.ws->undoStack()->undo();
    v.ws->undoStack()->undo();
    QCOMPARE(v.metric(DraftName).formula, before.formula);
    QCOMPARE(formula->toPlainText(), before.formula);
}

void TestMetricsEditor::freezesDraftAndUndoes()
{
    View v;
    QVERIFY2(v.ws.workspace, qPrintable(v.ws.error));
    QVERIFY(v.active);
    v.select(DraftName);
    auto* freeze = v.editorChild<QPushButton>("freezeMetric");
    QVERIFY(freeze->isVisible());
    QTest::mouseClick(freeze, Qt::LeftButton);
    QCOMPARE(v.metric(DraftName).status, MetricStatus::Frozen);
    QVERIFY(v.editorChild<QLineEdit>("metricName")->isReadOnly());
    QVERIFY(v.editorChild<QPushButton>("proposeVersion")->isVisible());
    QVERIFY(!freeze->isVisible());
    QCOMPARE(v.list->model()->index(0, MetricListModel::Status).data().toString(), QStringLiteral("Frozen"));
    v.ws->undoStack()->undo();
    QCOMPARE(v.metric(DraftName).status, MetricStatus::Draft);
    QVERIFY(!v.editorChild<QLineEdit>("metricName")->isReadOnly());
    QVERIFY(freeze->isVisible());
}

void TestMetricsEditor::screenshots_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addRow("1920x1080") << QSize(1920, 1080);
    QTest::addRow("1280x720") << QSize(1280, 720);
}

// Renders the dictionary with a version diff showing; ACCORD_SCREENSHOT_DIR keeps the images to look at.
void TestMetricsEditor::screenshots()
{
    QFETCH(QSize, size);
    View v;
    QVERIFY2(v.ws.workspace, qPrintable(v.ws.error));
    const Id decision = v.addDecision(QStringLiteral("Count an SQL only once a discovery meeting was held"));
    Metric metric = v.metric(FrozenName);
    metric.definition = QStringLiteral("Share of MQLs that became SQLs after a held discovery meeting.");
    metric.amberThreshold = 18;
    QString error;
    auto command = MetricCommands::change(*v.ws, metric, decision, QStringLiteral("Funnel council, June"), &error);
    QVERIFY2(command, qPrintable(error));
    v.ws->undoStack()->push(command.release());
    v.view.resize(size);
    v.select(FrozenName);
    QApplication::processEvents();

    // Nothing that carries the story may be pushed out of sight.
    for (const char* name : {"proposeVersion", "definitionChangedBadge"}) {
        auto* widget = v.editorChild<QWidget>(name);
        QVERIFY2(widget->isVisible() && widget->width() >= widget->minimumSizeHint().width(), name);
    }
    auto* diff = v.view.findChild<QTextBrowser*>(QStringLiteral("versionDiff"));
    QVERIFY(diff->isVisible());
    QVERIFY(diff->height() > diff->fontMetrics().height() * 4);

    const QImage image = v.view.grab().toImage();
    QCOMPARE(image.size(), size * v.view.devicePixelRatio());
    const QString dir = qEnvironmentVariable("ACCORD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(
            image.save(QStringLiteral("%1/dictionary-diff-%2.png").arg(dir, QLatin1String(QTest::currentDataTag()))));
}

QTEST_MAIN(TestMetricsEditor)
#include "tst_metrics_editor.moc"
