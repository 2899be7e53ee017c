#include "TestSupport.h"
#include "domain/Metric.h"
#include "formula/FormulaParser.h"

#include <QTest>

using namespace accord;

class TestFormulaParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validForms_data();
    void validForms();
    void errors_data();
    void errors();
    void rejectReasonMatchesCodeAndName();
    void workspaceStages();
    void builtInFormulasParse();
};

void TestFormulaParser::validForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");

    QTest::addRow("count of a record set") << "count(leads)"
                                           << "count(leads)";
    QTest::addRow("ratio of two counts") << "count(leads where reached(sql)) / count(leads where reached(mql))"
                                         << "(count(leads where reached(sql)) / count(leads where reached(mql)))";
    QTest::addRow("multiplication before subtraction, left to right")
        << "100 * count(leads) / count(records) - 1"
        << "(((100 * count(leads)) / count(records)) - 1)";
    QTest::addRow("parentheses override precedence") << "2 * (count(leads) + 1)"
                                                     << "(2 * (count(leads) + 1))";
    QTest::addRow("median of hours with an anchor")
        << "median(hours(mql_at, first_touch_at), leads where reached(mql) by mql_at)"
        << "median(hours(mql_at, first_touch_at), leads where reached(mql) by mql_at)";
    QTest::addRow("default anchor left out") << "count(leads by created_at)"
                                             << "count(leads)";
    QTest::addRow("percentile of days") << "percentile(90, days(opportunity_at, won_at), opportunities where won)"
                                        << "percentile(90, days(opportunity_at, won_at), opportunities where won)";
    QTest::addRow("share meeting an SLA") << "share(leads where reached(mql), hours(mql_at, first_touch_at) <= 24)"
                                          << "share(leads where reached(mql), hours(mql_at, first_touch_at) <= 24)";
    QTest::addRow("sum and average of amounts")
        << "sum(amount, opportunities where won by won_at) / avg(amount, opportunities)"
        << "(sum(amount, opportunities where won by won_at) / avg(amount, opportunities))";
    QTest::addRow("and binds tighter than or")
        << "count(leads where source = \"Web\" or segment = 'SMB' and not rejected)"
        << "count(leads where (source = \"Web\" or (segment = \"SMB\" and not rejected)))";
    QTest::addRow("text in a list") << "count(leads where source in (\"Web\", \"Partner\"))"
                                    << "count(leads where source in (\"Web\", \"Partner\"))";
    QTest::addRow("reject reason by code") << "count(leads where rejected(wrong_owner))"
                                           << "count(leads where rejected(wrong_owner))";
    QTest::addRow("comparison spellings normalised")
        << "count(opportunities where amount >= 1000 and amount != 5 and closed_at <= won_at)"
        << "count(opportunities where (amount >= 1000 and amount <> 5 and closed_at <= won_at))";
    QTest::addRow("negation and typographic quotes") << "-count(leads where owner = “Ana”)"
                                                     << "-count(leads where owner = \"Ana\")";
    QTest::addRow("has and open") << "count(opportunities where has(close_date) and open)"
                                  << "count(opportunities where (has(close_date) and open))";
    QTest::addRow("not of a group") << "count(leads where not (won or lost))"
                                    << "count(leads where not (won or lost))";
    QTest::addRow("text holding a double quote") << "count(leads where owner = 'The \"A\" team')"
                                                 << "count(leads where owner = 'The \"A\" team')";
}

void TestFormulaParser::validForms()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    FormulaError error;
    const std::optional<Formula> formula = FormulaParser::parse(text, FormulaVocabulary::defaults(), &error);
    QVERIFY2(formula, qPrintable(error.message));
    QCOMPARE(formula->toString(), canonical);
    // The canonical spelling is itself a formula that means the same.
    const std::optional<Formula> again = FormulaParser::parse(canonical, FormulaVocabulary::defaults(), &error);
    QVERIFY2(again, qPrintable(error.message));
    QCOMPARE(again->toString(), canonical);
}

void TestFormulaParser::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("position");

    QTest::addRow("empty formula") << ""
                                   << "The formula is empty" << 0;
    QTest::addRow("only spaces") << "   "
                                 << "The formula is empty" << 0;
    QTest::addRow("group never closed") << "(count(leads)"
                                        << "The “(” at 0 is never closed" << 0;
    QTest::addRow("call never closed") << "count(leads where reached(mql)"
                                       << "The “(” at 5 is never closed" << 5;
    QTest::addRow("closing parenthesis too many") << "count(leads))"
                                                  << "Unexpected “)” at 12: it closes nothing" << 12;
    QTest::addRow("unknown function") << "cout(leads)"
                                      << "Unknown function “cout” at 0; did you mean “count”?" << 0;
    QTest::addRow("unknown field in a duration") << "median(hours(mql_att, first_touch_at), leads)"
                                                 << "Unknown field “mql_att” at 13; did you mean “mql_at”?" << 13;
    QTest::addRow("unknown field in a condition") << "count(leads where sorce = \"Web\")"
                                                  << "Unknown field “sorce” at 18; did you mean “source”?" << 18;
    QTest::addRow("unknown stage") << "count(leads where reached(sqll))"
                                   << "Unknown stage “sqll” at 26; did you mean “sql”?" << 26;
    QTest::addRow("unknown stage lists the stages")
        << "count(leads where reached(demo))"
        << "Unknown stage “demo” at 26; known: inquiry, mql, sal, sql, opportunity, revenue" << 26;
    QTest::addRow("unknown reject reason")
        << "count(leads where rejected(wrong_ownr))"
        << "Unknown reject reason “wrong_ownr” at 27; did you mean “wrong_owner”?" << 27;
    QTest::addRow("too few arguments") << "median(leads)"
                                       << "Wrong number of arguments for “median” at 0: it takes (value, records), "
                                          "found 1"
                                       << 0;
    QTest::addRow("too many arguments") << "count(leads, leads)"
                                        << "Wrong number of arguments for “count” at 0: it takes (records), found 2"
                                        << 0;
    QTest::addRow("no arguments") << "1 + count()"
                                  << "Wrong number of arguments for “count” at 4: it takes (records), found 0" << 4;
    QTest::addRow("duration with one time")
        << "median(hours(mql_at), leads)"
        << "Wrong number of arguments for “hours” at 7: it takes (from time, to time), found 1" << 7;
    QTest::addRow("ratio over a record set") << "count(leads) / leads"
                                             << "Expected a number at 15, found the record set “leads”; count it with "
                                                "count(leads)"
                                             << 15;
    QTest::addRow("ratio over a text") << "count(leads) / \"Web\""
                                       << "Expected a number at 15, found the text “Web”" << 15;
    QTest::addRow("ratio over a field") << "amount / count(opportunities)"
                                        << "Expected a number at 0, found the field “amount”; aggregate it" << 0;
    QTest::addRow("ratio over a duration") << "count(leads) / hours(mql_at, sal_at)"
                                           << "Expected a number at 15, found a duration" << 15;
    QTest::addRow("trailing garbage") << "count(leads) x"
                                      << "Unexpected “x” at 13 after a complete formula; is an operator missing?" << 13;
    QTest::addRow("percentile above 100") << "percentile(150, days(opportunity_at, won_at), opportunities)"
                                          << "The percentile 150 at 11 is outside 0–100" << 11;
    QTest::addRow("percentile below 0") << "percentile(-5, days(opportunity_at, won_at), opportunities)"
                                        << "The percentile -5 at 11 is outside 0–100" << 11;
    QTest::addRow("text compared with a number")
        << "count(leads where source = 3)"
        << "Cannot compare the text field “source” with the number 3 at 25" << 25;
    QTest::addRow("duration compared with a text")
        << "share(leads, hours(mql_at, sal_at) < \"soon\")"
        << "Cannot compare the duration hours(mql_at, sal_at) with the text “soon” at 35" << 35;
    QTest::addRow("duration of a non-time field") << "median(hours(amount, won_at), opportunities)"
                                                  << "“amount” at 13 is not a time field" << 13;
    QTest::addRow("anchor that is not a time") << "count(leads by amount)"
                                               << "“amount” at 15 is not a time field" << 15;
    QTest::addRow("sum of a text field") << "sum(source, leads)"
                                         << "“source” at 4 is not a number" << 4;
    QTest::addRow("unknown record set") << "count(lead)"
                                        << "Expected leads, opportunities or records at 6, found “lead”; did you "
                                           "mean “leads”?"
                                        << 6;
    QTest::addRow("text never closed") << "count(leads where source = \"Web)"
                                       << "The text starting at 27 has no closing quote" << 27;
    QTest::addRow("stray character") << "count(leads) # 2"
                                     << "Unexpected character “#” at 13" << 13;
    QTest::addRow("in without a text field") << "count(leads where amount in (\"1\"))"
                                             << "“in” at 25 needs a text field on its left" << 25;
    QTest::addRow("condition missing its comparison") << "count(leads where source)"
                                                      << "Expected a comparison (=, <>, <, <=, >, >= or in) at 24, "
                                                         "found “)”"
                                                      << 24;
}

void TestFormulaParser::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(int, position);
    FormulaError error;
    QVERIFY(!FormulaParser::parse(text, FormulaVocabulary::defaults(), &error));
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.position, position);
}

void TestFormulaParser::rejectReasonMatchesCodeAndName()
{
    // Imports write the reason's name, hand-made data its code; the formula names the code and matches both.
    const std::optional<Formula> formula = FormulaParser::parse(
        QStringLiteral("count(leads where rejected(wrong_owner))"), FormulaVocabulary::defaults(), nullptr);
    QVERIFY(formula);
    QCOMPARE(formula->root.records.where->values,
             QStringList({QStringLiteral("wrong_owner"), QStringLiteral("Wrong owner or territory")}));
}

void TestFormulaParser::workspaceStages()
{
    FormulaVocabulary vocabulary;
    vocabulary.addStage(QStringLiteral("meeting"), QStringLiteral("sal_at"));
    vocabulary.addStage(QStringLiteral("broken"), QStringLiteral("source"));
    const std::optional<Formula> formula =
        FormulaParser::parse(QStringLiteral("count(leads where reached(meeting))"), vocabulary, nullptr);
    QVERIFY(formula);
    QCOMPARE(formula->root.records.where->field, QStringLiteral("sal_at"));

    FormulaError error;
    QVERIFY(!FormulaParser::parse(QStringLiteral("count(leads where reached(mql))"), vocabulary, &error));
    QVERIFY2(error.message.contains(QStringLiteral("known: meeting, broken")), qPrintable(error.message));
    QVERIFY(!FormulaParser::parse(QStringLiteral("count(leads where reached(broken))"), vocabulary, &error));
    QVERIFY2(error.message.contains(QStringLiteral("reads “source”, which is not a time field")),
             qPrintable(error.message));
}

void TestFormulaParser::builtInFormulasParse()
{
    test::TempWorkspace workspace;
    QVERIFY2(workspace.workspace, qPrintable(workspace.error));
    QString problem;
    const std::optional<FormulaVocabulary> vocabulary = FormulaVocabulary::load(workspace->database(), &problem);
    QVERIFY2(vocabulary, qPrintable(problem));
    const QList<Metric> metrics = workspace->repository<Metric>().list({}, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    int computed = 0;
    for (const Metric& metric : metrics) {
        const QByteArray code = metric.code.toUtf8();
        QVERIFY2(metric.formula.isEmpty() == (metric.source == MetricSource::Manual), code);
        if (metric.formula.isEmpty())
            continue;
        FormulaError error;
        QVERIFY2(FormulaParser::parse(metric.formula, *vocabulary, &error),
                 qPrintable(QStringLiteral("%1: %2").arg(metric.code, error.message)));
        ++computed;
    }
    QCOMPARE(computed, 16);
}

QTEST_GUILESS_MAIN(TestFormulaParser)
#include "tst_formula_parser.moc"
