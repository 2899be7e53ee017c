#include "TestSupport.h"
#include "dictionary/MetricCommands.h"
#include "domain/Decision.h"
#include "domain/Metric.h"
#include "metrics/MetricListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoCommand>

using namespace accord;

class TestMetricsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listsEveryMetric();
    void search_data();
    void search();
    void followsChangesAndUndo();
    void marksDefinitionChangedThisMonth();

private:
    Metric metric(const QString& name);
    void push(std::unique_ptr<QUndoCommand> command);

    std::unique_ptr<test::TempWorkspace> m_ws;
    std::unique_ptr<MetricListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMetricsModel::init()
{
    m_ws = std::make_unique<test::TempWorkspace>();
    QVERIFY2(m_ws->workspace, qPrintable(m_ws->error));
    m_model = std::make_unique<MetricListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setWorkspace(m_ws->workspace.get());
}

Metric TestMetricsModel::metric(const QString& name)
{
    Filter filter;
    filter.where("name", name);
    return (*m_ws)->repository<Metric>().list(filter).value(0);
}

void TestMetricsModel::push(std::unique_ptr<QUndoCommand> command)
{
    QVERIFY(command);
    (*m_ws)->undoStack()->push(command.release());
}

void TestMetricsModel::listsEveryMetric()
{
    QCOMPARE(m_model->rowCount(), 28);
    const int row = m_model->rowOf(metric(QStringLiteral("MQL-to-SQL conversion")).id);
    QVERIFY(row >= 0);
    QCOMPARE(m_model->index(row, MetricListModel::Name).data().toString(), QStringLiteral("MQL-to-SQL conversion"));
    QCOMPARE(m_model->index(row, MetricListModel::Owner).data().toString(), QStringLiteral("Marketing"));
    QCOMPARE(m_model->index(row, MetricListModel::Unit).data().toString(), QStringLiteral("%"));
    QCOMPARE(m_model->index(row, MetricListModel::Status).data().toString(), QStringLiteral("Frozen"));
    QVERIFY(!m_model->index(row, MetricListModel::Status).data(Qt::DecorationRole).isNull());
    QCOMPARE(m_model->index(row, MetricListModel::Version).data().toInt(), 1);
    QCOMPARE(m_model->index(row, MetricListModel::Source).data().toString(), QStringLiteral("Computed"));
    QVERIFY(m_model->index(row, MetricListModel::Changed).data().toString().isEmpty());

    const int draft = m_model->rowOf(metric(QStringLiteral("Pipeline created")).id);
    QVERIFY(draft >= 0);
    QCOMPARE(m_model->index(draft, MetricListModel::Status).data().toString(), QStringLiteral("Draft"));
    QVERIFY(m_model->index(draft, MetricListModel::Status).data(Qt::DecorationRole).isNull());
}

void TestMetricsModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("rows");
    QTest::addRow("by name") << QStringLiteral("MQL-to-SQL") << QStringLiteral("MQL-to-SQL conversion") << 1;
    QTest::addRow("any case, words in any order")
        << QStringLiteral("conversion mql-TO-sql") << QStringLiteral("MQL-to-SQL conversion") << 1;
    QTest::addRow("by definition") << QStringLiteral("closed won") << QStringLiteral("Win rate") << 3;
    QTest::addRow("nothing matches") << QStringLiteral("no such metric anywhere") << QString() << 0;
    QTest::addRow("blank shows all") << QStringLiteral("   ") << QString() << 28;
}

void TestMetricsModel::search()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(int, rows);
    m_model->setSearchText(text);
    if (rows >= 0)
        QCOMPARE(m_model->rowCount(), rows);
    QVERIFY(m_model->rowCount() < 28 || expected.isEmpty());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Metric found = *m_model->metricAt(row);
        for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            QVERIFY2(found.name.contains(word, Qt::CaseInsensitive) ||
                         found.definition.contains(word, Qt::CaseInsensitive),
                     qPrintable(found.name));
    }
    if (!expected.isEmpty()) {
        QStringList names;
        for (int row = 0; row < m_model->rowCount(); ++row)
            names << m_model->metricAt(row)->name;
        QVERIFY2(names.contains(expected), qPrintable(names.join(QStringLiteral(", "))));
    }
    m_model->setSearchText(QString());
    QCOMPARE(m_model->rowCount(), 28);
}

void TestMetricsModel::followsChangesAndUndo()
{
    Metric draft = metric(QStringLiteral("Pipeline created"));
    const int row = m_model->rowOf(draft.id);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    draft.unit = QStringLiteral("EUR");
    QString error;
    push(MetricCommands::change(**m_ws, draft, 0, QString(), &error));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(m_model->rowOf(draft.id), row);
    QCOMPARE(m_model->index(row, MetricListModel::Unit).data().toString(), QStringLiteral("EUR"));

    push(MetricCommands::freeze(**m_ws, draft.id, &error));
    QCOMPARE(m_model->index(row, MetricListModel::Status).data().toString(), QStringLiteral("Frozen"));

    (*m_ws)->undoStack()->undo();
    (*m_ws)->undoStack()->undo();
    QCOMPARE(m_model->index(row, MetricListModel::Status).data().toString(), QStringLiteral("Draft"));
    QCOMPARE(m_model->index(row, MetricListModel::Unit).data().toString(), QStringLiteral("USD"));

    // A search stays in force while the data changes underneath it.
    m_model->setSearchText(QStringLiteral("Pipeline created"));
    QCOMPARE(m_model->rowCount(), 1);
    draft.name = QStringLiteral("Pipeline opened");
    push(MetricCommands::change(**m_ws, draft, 0, QString(), &error));
    QCOMPARE(m_model->rowCount(), 0);
    (*m_ws)->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 1);
}

void TestMetricsModel::marksDefinitionChangedThisMonth()
{
    Decision decision;
    decision.text = QStringLiteral("Count SQLs only after a held meeting");
    decision.status = DecisionStatus::InForce;
    QVERIFY((*m_ws)->repository<Decision>().insert(decision));

    Metric frozen = metric(QStringLiteral("MQL-to-SQL conversion"));
    frozen.definition += QStringLiteral(" A meeting must have been held.");
    QString error;
    push(MetricCommands::change(**m_ws, frozen, decision.id, QStringLiteral("Council"), &error));
    const int row = m_model->rowOf(frozen.id);
    QCOMPARE(m_model->index(row, MetricListModel::Version).data().toInt(), 2);
    QCOMPARE(m_model->changedOn(frozen.id), QDate(2026, 6, 15));
    QVERIFY(m_model->index(row, MetricListModel::Changed)
                .data()
                .toString()
                .startsWith(QStringLiteral("Definition changed")));
    QCOMPARE(m_model->index(row, MetricListModel::Changed).data(MetricListModel::ChangedOnRole).toDate(),
             QDate(2026, 6, 15));

    // Next month the change is history, not news.
    m_ws->clock.advanceDays(20);
    m_model->setWorkspace(m_ws->workspace.get());
    QVERIFY(m_model->index(row, MetricListModel::Changed).data().toString().isEmpty());

    m_ws->clock.advanceDays(-20);
    (*m_ws)->undoStack()->undo();
    QVERIFY(!m_model->changedOn(frozen.id).isValid());
}

QTEST_MAIN(TestMetricsModel)
#include "tst_metrics_model.moc"
