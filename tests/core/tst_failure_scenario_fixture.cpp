// The version-7 fixture (tests/data/site-v7.hectare, the sample site as schema 7 writes it) opens
// with its three named failure scenarios as stored; the upgrade from version 6 is in tst_migrations.
#include "store/document.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace hectare;

namespace {

QString copyFixture(const QTemporaryDir &dir, const QString &name)
{
    const QString target = dir.filePath(name);
    QFile::copy(QStringLiteral(HECTARE_TEST_DATA "/") + name, target);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

} // namespace

class TestFailureScenarioFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The version-7 fixture (the sample site) reads its three failure scenarios back.
    void version7FixtureHasItsFailureScenarios()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Document>> doc = Document::open(copyFixture(dir, QStringLiteral("site-v7.hectare")));
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().text()));
        const SiteModel &m = doc.value()->model();
        QCOMPARE(m.failureScenarios.size(), std::size_t(3));
        const FailureScenarioSpec &grid = m.failureScenarios[0];
        QCOMPARE(grid.name, QStringLiteral("Grid outage 72 h"));
        QCOMPARE(grid.horizonHours, 80.0);
        QVERIFY(!grid.ambientC);
        QVERIFY(grid.refuel);
        QCOMPARE(grid.events.size(), std::size_t(1));
        QCOMPARE(grid.events[0].kind, ScenarioEventKind::GridOutage);
        QCOMPARE(grid.events[0].durationHours, 72.0);
        QCOMPARE(grid.events[0].componentId, kNoId);
        QCOMPARE(m.failureScenarios[1].ambientC, std::optional<double>(38));
        const FailureScenarioSpec &ups = m.failureScenarios[2];
        QCOMPARE(ups.events.size(), std::size_t(2));
        QCOMPARE(ups.events[0].kind, ScenarioEventKind::ComponentInMaintenance);
        QCOMPARE(ups.events[1].kind, ScenarioEventKind::ComponentFails);
        QCOMPARE(ups.events[1].componentKind, QStringLiteral("ups-module"));
        QCOMPARE(ups.events[1].member, 2);
    }
};

QTEST_GUILESS_MAIN(TestFailureScenarioFixture)
#include "tst_failure_scenario_fixture.moc"
