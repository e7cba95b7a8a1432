#include "capacity/redundancy.h"

#include <QTest>

using namespace hectare;

// unitsUsable: how many units of a group may carry load while its redundancy is kept.
class TestRedundancy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unitsUsable_data();
    void unitsUsable();
};

void TestRedundancy::unitsUsable_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<Redundancy>("redundancy");
    QTest::addColumn<int>("expected");

    QTest::newRow("N, 3 units → 3") << 3 << Redundancy::N << 3;
    QTest::newRow("N, 1 unit → 1") << 1 << Redundancy::N << 1;
    QTest::newRow("N, 0 units → 0") << 0 << Redundancy::N << 0;
    QTest::newRow("N+1, 3 units → 3 − 1 = 2") << 3 << Redundancy::NPlus1 << 2;
    QTest::newRow("N+1, 2 units → 2 − 1 = 1") << 2 << Redundancy::NPlus1 << 1;
    QTest::newRow("N+1, 1 unit → max(0, 1 − 1) = 0") << 1 << Redundancy::NPlus1 << 0;
    QTest::newRow("N+1, 0 units → max(0, 0 − 1) = 0") << 0 << Redundancy::NPlus1 << 0;
    QTest::newRow("N+2, 5 units → 5 − 2 = 3") << 5 << Redundancy::NPlus2 << 3;
    QTest::newRow("N+2, 2 units → 2 − 2 = 0") << 2 << Redundancy::NPlus2 << 0;
    QTest::newRow("N+2, 1 unit → max(0, 1 − 2) = 0") << 1 << Redundancy::NPlus2 << 0;
    QTest::newRow("2N, 4 units → 4 / 2 = 2") << 4 << Redundancy::TwoN << 2;
    QTest::newRow("2N, 5 units → 5 / 2 = 2 (odd unit on neither side)") << 5 << Redundancy::TwoN << 2;
    QTest::newRow("2N, 2 units → 1") << 2 << Redundancy::TwoN << 1;
    QTest::newRow("2N, 1 unit → 1 / 2 = 0") << 1 << Redundancy::TwoN << 0;
    QTest::newRow("2N, 0 units → 0") << 0 << Redundancy::TwoN << 0;
    QTest::newRow("N, −2 units (bad data) → 0") << -2 << Redundancy::N << 0;
}

void TestRedundancy::unitsUsable()
{
    QFETCH(int, count);
    QFETCH(Redundancy, redundancy);
    QFETCH(int, expected);
    QCOMPARE(hectare::unitsUsable(count, redundancy), expected);
}

QTEST_GUILESS_MAIN(TestRedundancy)
#include "tst_redundancy.moc"
