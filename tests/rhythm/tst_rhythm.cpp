#include "rhythm/Nps.h"
#include "rhythm/PulseSummary.h"

#include <QTest>

using namespace accord;

namespace {

QList<NpsAnswer> answers(const QList<int>& scores)
{
    QList<NpsAnswer> list;
    for (int score : scores) {
        NpsAnswer a;
        a.score = score;
        list.append(a);
    }
    return list;
}

PulseEntry pulseEntry(Id team, const char* period, PulseRating rating)
{
    PulseEntry e;
    e.teamId = team;
    e.period = QString::fromLatin1(period);
    e.rating = rating;
    return e;
}

} // namespace

class TestRhythm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nps_data();
    void nps();
    void pulseByTeamAndPeriod();
};

void TestRhythm::nps_data()
{
    QTest::addColumn<QList<int>>("scores");
    QTest::addColumn<bool>("hasScore");
    QTest::addColumn<double>("score");
    QTest::addColumn<int>("detractors");
    QTest::addRow("no answers: no score") << QList<int>{} << false << 0.0 << 0;
    QTest::addRow("all passives: zero") << QList<int>{7, 8, 7, 8} << true << 0.0 << 0;
    QTest::addRow("all promoters") << QList<int>{9, 10} << true << 100.0 << 0;
    QTest::addRow("all detractors") << QList<int>{0, 6, 3} << true << -100.0 << 3;
    QTest::addRow("mixed: 3 promoters, 1 passive, 1 detractor of 5") << QList<int>{10, 9, 9, 8, 2} << true << 40.0 << 1;
    QTest::addRow("boundaries 6, 7, 8, 9") << QList<int>{6, 7, 8, 9} << true << 0.0 << 1;
    QTest::addRow("out-of-range answers are ignored") << QList<int>{11, -1, 10} << true << 100.0 << 0;
}

void TestRhythm::nps()
{
    QFETCH(QList<int>, scores);
    QFETCH(bool, hasScore);
    QFETCH(double, score);
    QFETCH(int, detractors);
    const NpsResult result = NpsResult::of(answers(scores));
    QCOMPARE(result.score.has_value(), hasScore);
    if (hasScore)
        QCOMPARE(*result.score, score);
    QCOMPARE(result.detractors, detractors);
    QCOMPARE(result.promoters + result.passives + result.detractors, result.answers);
}

void TestRhythm::pulseByTeamAndPeriod()
{
    const QList<PulseSummary> summaries = PulseSummary::byTeamAndPeriod({
        pulseEntry(2, "2026-05", PulseRating::Better),
        pulseEntry(1, "2026-05", PulseRating::Worse),
        pulseEntry(1, "2026-05", PulseRating::Better),
        pulseEntry(1, "2026-05", PulseRating::Better),
        pulseEntry(1, "2026-04", PulseRating::Same),
    });
    QCOMPARE(summaries.size(), 3);
    QCOMPARE(summaries[0].period, QStringLiteral("2026-04"));
    QCOMPARE(summaries[0].score, std::optional(0.0));
    QCOMPARE(summaries[1].teamId, Id(1));
    QCOMPARE(summaries[1].worse, 1);
    QCOMPARE(summaries[1].better, 2);
    QCOMPARE(*summaries[1].score, 100.0 / 3);
    QCOMPARE(summaries[2].teamId, Id(2));
    QCOMPARE(summaries[2].score, std::optional(100.0));
}

QTEST_GUILESS_MAIN(TestRhythm)
#include "tst_rhythm.moc"
