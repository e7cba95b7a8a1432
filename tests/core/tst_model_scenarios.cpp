// Tests core/model/scenario and the scenario rules of validateModel()
// (core/model/model_validator_scenarios.cpp): a valid scenario over the small test site, then
// one defect per row; duplicating a scenario.
#include "model/model_validation.h"
#include "model/scenario.h"

#include "test_site.h"

#include <QTest>

#include <functional>

using namespace hectare;

using Edit = std::function<void(SiteModel &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

const QString kMinus = QString(QChar(0x2212));

// The small site with a scenario "Base": growth for its tenant, a prospect in any hall and one in
// Hall A, a generator "when needed" and a power block in Hall A online in month 12.
SiteModel siteWithScenario()
{
    SiteModel m = test::smallSite();
    Scenario s;
    s.id = 1;
    s.name = QStringLiteral("Base");
    s.start = QDate(2026, 1, 1);
    s.growthPctPerYear = 4;
    s.tenantGrowth = {TenantGrowth{1, 1, 12}};
    s.nonRenewalProbability = 0.15;
    s.earlyExitPerYear = 0.02;
    Prospect bank;
    bank.id = 1;
    bank.name = QStringLiteral("Bank");
    bank.racks = 2;
    bank.committedKw = 10;
    bank.probability = 0.4;
    bank.signMonth = 6;
    bank.signSpreadMonths = 2;
    Prospect sme = bank;
    sme.id = 2;
    sme.name = QStringLiteral("SME");
    sme.hallId = 1;
    sme.racks = 0;   // kW only
    s.prospects = {bank, sme};
    Expansion generator;
    generator.id = 1;
    generator.name = QStringLiteral("G2");
    generator.kind = ExpansionKind::Generator;
    generator.generatorKva = 500;
    Expansion block;
    block.id = 2;
    block.name = QStringLiteral("Block B");
    block.hallId = 1;
    block.powerKw = 100;
    block.onlineMonth = 12;
    s.expansions = {generator, block};
    m.scenarios = {s};
    return m;
}

Prospect &bank(SiteModel &m) { return m.scenarios[0].prospects[0]; }
Expansion &block(SiteModel &m) { return m.scenarios[0].expansions[1]; }

QString listed(const std::vector<Error> &errors)
{
    QStringList lines;
    for (const Error &e : errors)
        lines << e.text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestModelScenarios : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validScenarioHasNoErrors()
    {
        const std::vector<Error> errors = validateModel(siteWithScenario());
        QVERIFY2(errors.empty(), qPrintable(listed(errors)));
    }

    void defect_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        const QString base = QStringLiteral("Scenario \"Base\"");
        const QString bankPath = base + QStringLiteral(", prospect \"Bank\"");
        const QString blockPath = base + QStringLiteral(", expansion \"Block B\"");

        QTest::newRow("no name") << Edit([](SiteModel &m) { m.scenarios[0].name.clear(); })
                                 << QStringLiteral("Scenario #1: name") << QStringLiteral("must not be empty");
        QTest::newRow("two scenarios called Base") << Edit([](SiteModel &m) {
            Scenario copy = duplicateScenario(m, m.scenarios[0], QStringLiteral("Base"));
            m.scenarios.push_back(copy);
        }) << base + QStringLiteral(": name") << QStringLiteral("another scenario has the same name");
        QTest::newRow("no start") << Edit([](SiteModel &m) { m.scenarios[0].start = QDate(); })
                                  << base + QStringLiteral(": start") << QStringLiteral("must be set");
        QTest::newRow("start mid-month") << Edit([](SiteModel &m) { m.scenarios[0].start = QDate(2026, 1, 15); })
                                         << base + QStringLiteral(": start")
                                         << QStringLiteral("must be the first day of a month (got 2026-01-15)");
        QTest::newRow("horizon 0") << Edit([](SiteModel &m) { m.scenarios[0].horizonMonths = 0; })
                                   << base + QStringLiteral(": horizon")
                                   << QStringLiteral("must be between 1 and 600 months (got 0)");
        QTest::newRow("growth −150 %/yr") << Edit([](SiteModel &m) { m.scenarios[0].growthPctPerYear = -150; })
                                          << base + QStringLiteral(": growth")
                                          << QString(QStringLiteral("must be between ") + kMinus + QStringLiteral("100 and "));
        QTest::newRow("non-renewal 1.2") << Edit([](SiteModel &m) { m.scenarios[0].nonRenewalProbability = 1.2; })
                                         << base + QStringLiteral(": non-renewal probability")
                                         << QStringLiteral("must be between 0 and 1 (got 1.2)");
        QTest::newRow("early exit NaN") << Edit([](SiteModel &m) { m.scenarios[0].earlyExitPerYear = qQNaN(); })
                                        << base + QStringLiteral(": early exit per year") << QStringLiteral("(got nan)");
        QTest::newRow("decision risk 0") << Edit([](SiteModel &m) { m.scenarios[0].decisionRisk = 0; })
                                         << base + QStringLiteral(": decision risk")
                                         << QStringLiteral("must be greater than 0 and at most 1 (got 0)");
        QTest::newRow("lead time −1") << Edit([](SiteModel &m) { m.scenarios[0].defaultLeadTimeMonths = -1; })
                                      << base + QStringLiteral(": default lead time")
                                      << QString(QStringLiteral("must be 0 or more (got ") + kMinus + QStringLiteral("1)"));
        QTest::newRow("growth of a missing tenant") << Edit([](SiteModel &m) { m.scenarios[0].tenantGrowth[0].tenantId = 9; })
                                                    << base + QStringLiteral(", growth of tenant #9: tenant")
                                                    << QStringLiteral("refers to tenant #9, which does not exist");
        QTest::newRow("tenant grown twice") << Edit([](SiteModel &m) {
            m.scenarios[0].tenantGrowth.push_back(TenantGrowth{2, 1, 3});
        }) << base + QStringLiteral(", growth of tenant \"Société Test\": tenant")
           << QStringLiteral("the tenant's growth is already set in this scenario");

        QTest::newRow("probability 1.4") << Edit([](SiteModel &m) { bank(m).probability = 1.4; })
                                         << bankPath + QStringLiteral(": probability")
                                         << QStringLiteral("must be between 0 and 1 (got 1.4)");
        QTest::newRow("prospect in a missing hall") << Edit([](SiteModel &m) { bank(m).hallId = 7; })
                                                    << bankPath + QStringLiteral(": hall")
                                                    << QStringLiteral("refers to hall #7, which does not exist");
        QTest::newRow("no racks and no kW") << Edit([](SiteModel &m) {
            bank(m).racks = 0;
            bank(m).committedKw = 0;
        }) << bankPath + QStringLiteral(": committed kW") << QStringLiteral("a prospect needs racks or kW");
        QTest::newRow("negative racks") << Edit([](SiteModel &m) { bank(m).racks = -2; })
                                        << bankPath + QStringLiteral(": racks")
                                        << QString(QStringLiteral("must be 0 or more (got ") + kMinus + QStringLiteral("2)"));
        QTest::newRow("sign month −3") << Edit([](SiteModel &m) { bank(m).signMonth = -3; })
                                       << bankPath + QStringLiteral(": sign month")
                                       << QString(QStringLiteral("must be 0 or more (got ") + kMinus + QStringLiteral("3)"));
        QTest::newRow("draw ratio 2") << Edit([](SiteModel &m) { bank(m).drawRatio = 2; })
                                      << bankPath + QStringLiteral(": draw ratio")
                                      << QStringLiteral("must be between 0 and 1.5 (got 2)");
        QTest::newRow("two prospects called Bank") << Edit([](SiteModel &m) {
            m.scenarios[0].prospects[1].name = QStringLiteral("Bank");
        }) << bankPath + QStringLiteral(": name") << QStringLiteral("another prospect of this scenario has the same name");

        QTest::newRow("expansion adds nothing") << Edit([](SiteModel &m) { block(m).powerKw = 0; })
                                                << blockPath + QStringLiteral(": capacity")
                                                << QStringLiteral("must add positions, kW or kVA");
        QTest::newRow("chiller in a hall") << Edit([](SiteModel &m) { block(m).kind = ExpansionKind::Chiller; })
                                           << blockPath + QStringLiteral(": hall")
                                           << QStringLiteral("chillers and generators serve the whole site: leave the hall empty");
        QTest::newRow("negative capex") << Edit([](SiteModel &m) { block(m).capexXof = -450000000; })
                                        << blockPath + QStringLiteral(": capex") << QStringLiteral("(got ") + kMinus;
        QTest::newRow("online in month −1") << Edit([](SiteModel &m) { block(m).onlineMonth = -1; })
                                            << blockPath + QStringLiteral(": online month")
                                            << QString(QStringLiteral("must be 0 or more (got ") + kMinus + QStringLiteral("1)"));
    }

    void defect()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, where);
        QFETCH(QString, message);
        SiteModel m = siteWithScenario();
        edit(m);
        const std::vector<Error> errors = validateModel(m);
        QVERIFY2(errors.size() == 1, qPrintable(listed(errors)));
        QCOMPARE(errors.front().where, where);
        QVERIFY2(errors.front().message.contains(message), qPrintable(errors.front().message));
    }

    void validVariant_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::newRow("no scenarios") << Edit([](SiteModel &m) { m.scenarios.clear(); });
        QTest::newRow("certain prospect") << Edit([](SiteModel &m) { bank(m).probability = 1; });
        QTest::newRow("racks only") << Edit([](SiteModel &m) { bank(m).committedKw = 0; });
        QTest::newRow("expansion online at the start") << Edit([](SiteModel &m) { block(m).onlineMonth = 0; });
        QTest::newRow("shrinking tenant") << Edit([](SiteModel &m) { m.scenarios[0].tenantGrowth[0].growthPctPerYear = -20; });
        QTest::newRow("every contract leaves within a year") << Edit([](SiteModel &m) {
            m.scenarios[0].earlyExitPerYear = 1;
            m.scenarios[0].nonRenewalProbability = 1;
        });
    }

    void validVariant()
    {
        QFETCH(Edit, edit);
        SiteModel m = siteWithScenario();
        edit(m);
        const std::vector<Error> errors = validateModel(m);
        QVERIFY2(errors.empty(), qPrintable(listed(errors)));
    }

    // A duplicate gets fresh ids for itself and its children, and the same assumptions.
    void duplicateHasFreshIds()
    {
        SiteModel m = siteWithScenario();
        const QString name = scenarioCopyName(m, QStringLiteral("Base"));
        QCOMPARE(name, QStringLiteral("Base (copy)"));
        const Scenario copy = duplicateScenario(m, m.scenarios[0], name);
        QCOMPARE(copy.id, Id(2));
        QCOMPARE(copy.tenantGrowth.at(0).id, Id(2));
        QCOMPARE(copy.prospects.at(0).id, Id(3));
        QCOMPARE(copy.prospects.at(1).id, Id(4));
        QCOMPARE(copy.expansions.at(0).id, Id(3));
        Scenario same = copy;
        same.id = m.scenarios[0].id;
        same.name = m.scenarios[0].name;
        same.tenantGrowth = m.scenarios[0].tenantGrowth;
        same.prospects = m.scenarios[0].prospects;
        same.expansions = m.scenarios[0].expansions;
        QVERIFY(same == m.scenarios[0]);
        QCOMPARE(copy.prospects.at(1).name, QStringLiteral("SME"));
        m.scenarios.push_back(copy);
        QVERIFY(validateModel(m).empty());
        QCOMPARE(scenarioCopyName(m, QStringLiteral("Base")), QStringLiteral("Base (copy 2)"));
    }

    void expansionKindKeys()
    {
        for (ExpansionKind kind : {ExpansionKind::Hall, ExpansionKind::PowerBlock, ExpansionKind::Chiller,
                                   ExpansionKind::Generator})
            QCOMPARE(expansionKindFromKey(toKey(kind)), std::optional<ExpansionKind>(kind));
        QCOMPARE(toKey(ExpansionKind::PowerBlock), QStringLiteral("power-block"));
        QVERIFY(!expansionKindFromKey(QStringLiteral("Generator")));
    }
};

QTEST_GUILESS_MAIN(TestModelScenarios)
#include "tst_model_scenarios.moc"
