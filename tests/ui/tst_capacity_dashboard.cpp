// The capacity dashboard shows the CapacityReport and nothing else: every bar, tag and sentence
// is checked here against the report computed from the bundled sample site.
#include "dashboard/budget_chart.h"
#include "dashboard/budget_section.h"
#include "dashboard/capacity_dashboard.h"

#include "capacity/capacity_budget.h"
#include "io/sample_site.h"

#include <QtTest>

using namespace hectare;
using namespace hectare::ui;
using Series = BudgetChart::Series;

Q_DECLARE_METATYPE(hectare::Resource)

namespace {

const QDate kAsOf(2026, 11, 25);

// What a bar should show, worked out from the budget independently of the widget.
double pctOfUsable(double value, const Budget &b)
{
    return 100.0 * value / b.usable;
}

} // namespace

class TestCapacityDashboard : public QObject
{
    Q_OBJECT

private:
    const HallCapacity &hallNamed(const QString &name) const
    {
        for (const HallCapacity &hall : m_report.halls)
            if (hall.hallName == name)
                return hall;
        qFatal("no hall named %s in the sample", qPrintable(name));
    }

    CapacityReport m_report;
    Id m_colocation = kNoId;
    Id m_government = kNoId;

private Q_SLOTS:
    void initTestCase()
    {
        Result<SiteModel> model = sampleSiteModel();
        QVERIFY2(model.ok(), qPrintable(model.ok() ? QString() : model.error().text()));
        m_report = computeCapacity(model.value(), kAsOf);
        m_colocation = hallNamed(QStringLiteral("Colocation")).hallId;
        m_government = hallNamed(QStringLiteral("Government")).hallId;
        QVERIFY(m_colocation != kNoId && m_government != kNoId && m_colocation != m_government);
    }

    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void hallBarsAreTheReportsFigures_data()
    {
        QTest::addColumn<Resource>("resource");
        QTest::newRow("space") << Resource::Space;
        QTest::newRow("power") << Resource::Power;
        QTest::newRow("cooling") << Resource::Cooling;
        QTest::newRow("weight") << Resource::Weight;
    }
    void hallBarsAreTheReportsFigures()
    {
        QFETCH(Resource, resource);
        CapacityDashboard dashboard;
        dashboard.setReport(m_report);
        dashboard.setHall(m_colocation);
        QVERIFY(dashboard.isShowingHall());
        const BudgetChart *chart = dashboard.hallSection()->chart();
        QCOMPARE(chart->rowCount(), 4);
        QVERIFY(!chart->hasRow(Resource::Generator));   // the plant is site-wide

        const Budget &b = *hallBudget(hallNamed(QStringLiteral("Colocation")), resource);
        QVERIFY(b.usable > 0 && b.free >= 0);   // the sample sells within every hall budget
        QCOMPARE(chart->plottedPct(resource, Series::Committed), pctOfUsable(b.committed, b));
        QCOMPARE(chart->plottedPct(resource, Series::Reserved), pctOfUsable(b.reserved, b));
        QCOMPARE(chart->plottedPct(resource, Series::Free), pctOfUsable(b.free, b));
        QCOMPARE(chart->plottedPct(resource, Series::Installed), pctOfUsable(b.installed, b));
        QCOMPARE(chart->plottedPct(resource, Series::ExpectedDraw), pctOfUsable(b.expectedDraw, b));
        QCOMPARE(chart->plottedPct(resource, Series::OverCommitted), 0.0);
    }

    void hallPowerFigures()
    {
        // Colocation: 389 kW committed of 886.8 kW usable, shown whole above 100.
        CapacityDashboard dashboard;
        dashboard.setReport(m_report);
        dashboard.setHall(m_colocation);
        const Budget &power = hallNamed(QStringLiteral("Colocation")).power;
        QCOMPARE(power.committed, 389.0);
        QCOMPARE(dashboard.hallSection()->chart()->figuresText(Resource::Power), QStringLiteral("389 / 887 kW"));
        QCOMPARE(dashboard.hallSection()->titleText(), QStringLiteral("Hall Colocation"));
    }

    void siteBarsAreTheReportsFigures_data()
    {
        QTest::addColumn<Resource>("resource");
        for (Resource r : kAllResources)
            QTest::newRow(qPrintable(resourceKey(r))) << r;
    }
    void siteBarsAreTheReportsFigures()
    {
        QFETCH(Resource, resource);
        CapacityDashboard dashboard;
        dashboard.setReport(m_report);
        const BudgetChart *chart = dashboard.siteSection()->chart();
        QCOMPARE(chart->rowCount(), 5);
        const Budget &b = m_report.budget(resource);
        QCOMPARE(chart->plottedPct(resource, Series::Committed), pctOfUsable(b.committed, b));
        QCOMPARE(chart->plottedPct(resource, Series::Reserved), pctOfUsable(b.reserved, b));
        QCOMPARE(chart->plottedPct(resource, Series::Free), pctOfUsable(b.free, b));
        QCOMPARE(chart->plottedPct(resource, Series::ExpectedDraw), pctOfUsable(b.expectedDraw, b));
    }

    void bindingResourceIsMarked()
    {
        CapacityDashboard dashboard;
        dashboard.setReport(m_report);
        dashboard.setHall(m_colocation);
        const BudgetChart *site = dashboard.siteSection()->chart();
        QCOMPARE(m_report.binding, Resource::Generator);   // the sample's generators run out first
        for (Resource r : kAllResources) {
            QCOMPARE(site->isMarkedBinding(r), r == m_report.binding);
            QCOMPARE(site->nameText(r).contains(QStringLiteral("binding")), r == m_report.binding);
        }
        // In a hall the generator plant binds too, but it has no bar there: the sentence says so.
        const HallCapacity &hall = hallNamed(QStringLiteral("Colocation"));
        QCOMPARE(hall.binding, Resource::Generator);
        for (Resource r : {Resource::Space, Resource::Power, Resource::Cooling, Resource::Weight})
            QVERIFY(!dashboard.hallSection()->chart()->isMarkedBinding(r));
        const QString sentence = dashboard.hallSection()->bindingText();
        QVERIFY2(sentence.contains(QStringLiteral("Generators (site-wide)")), qPrintable(sentence));
        QVERIFY2(sentence.contains(QLocale().toString(hall.freeRacks[resourceIndex(Resource::Generator)], 'f', 1)),
                 qPrintable(sentence));

        // A hall whose own resource binds gets that bar marked.
        CapacityReport powerBound = m_report;
        for (HallCapacity &h : powerBound.halls)
            if (h.hallId == m_colocation)
                h.binding = Resource::Power;
        dashboard.setReport(powerBound);
        QVERIFY(dashboard.hallSection()->chart()->isMarkedBinding(Resource::Power));
        QVERIFY(!dashboard.hallSection()->chart()->isMarkedBinding(Resource::Space));
    }

    void strandedCapacityInWords()
    {
        CapacityDashboard dashboard;
        dashboard.setReport(m_report);
        dashboard.setHall(m_colocation);
        const StrandedCapacity &hall = hallNamed(QStringLiteral("Colocation")).stranded;
        QCOMPARE(hall.positions, 65);
        const QString hallText = dashboard.hallSection()->strandedText();
        QVERIFY2(hallText.contains(QStringLiteral("65 position")), qPrintable(hallText));
        QVERIFY2(hallText.contains(QStringLiteral("449.5 kW of power")), qPrintable(hallText));
        QVERIFY2(hallText.contains(QLocale().toString(hall.coolingKw, 'f', 1) + QStringLiteral(" kW of cooling")),
                 qPrintable(hallText));

        const StrandedCapacity &site = m_report.stranded;
        const QString siteText = dashboard.siteSection()->strandedText();
        QVERIFY2(siteText.contains(QString::number(site.positions) + QStringLiteral(" position")), qPrintable(siteText));
        QVERIFY2(siteText.contains(QLocale().toString(site.powerKw, 'f', 0) + QStringLiteral(" kW of power")),
                 qPrintable(siteText));   // 471.0 is written "471"
    }

    void plantFiguresOnTheSite()
    {
        CapacityDashboard dashboard;
        dashboard.setReport(m_report);
        const QString plant = dashboard.siteSection()->plantText();
        QVERIFY2(plant.contains(QLocale().toString(m_report.pueAtCommitted, 'f', 2)), qPrintable(plant));   // 1.48
        QVERIFY2(plant.contains(QLocale().toString(m_report.itKwSupportedByGenerators, 'f', 0) + QStringLiteral(" kW")),
                 qPrintable(plant));   // 551 kW
        dashboard.setHall(m_colocation);
        QVERIFY(dashboard.hallSection()->plantText().isEmpty());
    }

    void switchingHallChangesTheBars()
    {
        CapacityDashboard dashboard;
        dashboard.setReport(m_report);
        dashboard.setHall(m_colocation);
        const BudgetChart *chart = dashboard.hallSection()->chart();
        const double colocationPct = chart->plottedPct(Resource::Power, Series::Committed);
        dashboard.setHall(m_government);
        const Budget &power = hallNamed(QStringLiteral("Government")).power;
        QCOMPARE(chart->plottedPct(Resource::Power, Series::Committed), pctOfUsable(power.committed, power));
        QVERIFY(chart->plottedPct(Resource::Power, Series::Committed) != colocationPct);
        QCOMPARE(dashboard.hallSection()->titleText(), QStringLiteral("Hall Government"));
    }

    void noHallShowsTheSiteOnly()
    {
        CapacityDashboard dashboard;
        dashboard.setReport(m_report);
        dashboard.setHall(m_colocation);
        QVERIFY(dashboard.isShowingHall());
        dashboard.setHall(kNoId);
        QVERIFY(!dashboard.isShowingHall());
        QVERIFY(!dashboard.siteSection()->isHidden());
        QCOMPARE(dashboard.hallId(), kNoId);
        const BudgetChart *site = dashboard.siteSection()->chart();
        QCOMPARE(site->plottedPct(Resource::Power, Series::Committed), pctOfUsable(m_report.power.committed, m_report.power));

        dashboard.setHall(Id(987654));   // not in the report (deleted meanwhile): the site alone
        QVERIFY(!dashboard.isShowingHall());
    }

    void beforeAnyReportNothingIsDrawn()
    {
        CapacityDashboard dashboard;
        dashboard.setHall(m_colocation);
        QVERIFY(!dashboard.isShowingHall());
        QVERIFY(dashboard.siteSection()->isHidden());
    }

    void overCommitmentShowsPast100()
    {
        // Sell 1100 + 20 kW of the site's 1000 usable: free = −120, i.e. 12 % past the end.
        CapacityReport over = m_report;
        over.power.committed = 1100;
        over.power.reserved = 20;
        over.power.free = over.power.usable - over.power.committed - over.power.reserved;
        QCOMPARE(over.power.usable, 1000.0);
        CapacityDashboard dashboard;
        dashboard.setReport(over);
        const BudgetChart *chart = dashboard.siteSection()->chart();
        QCOMPARE(chart->plottedPct(Resource::Power, Series::OverCommitted), 12.0);
        QCOMPARE(chart->plottedPct(Resource::Power, Series::Committed) + chart->plottedPct(Resource::Power, Series::Reserved),
                 100.0);   // the red starts at the usable limit
        QCOMPARE(chart->plottedPct(Resource::Power, Series::Free), 0.0);
        QVERIFY(chart->axisUpperPct() > 112);   // and is not cut off
        const QString figures = chart->figuresText(Resource::Power);
        QVERIFY2(figures.contains(QStringLiteral("120 over")), qPrintable(figures));
        // Resources that are not over-sold show no red.
        QCOMPARE(chart->plottedPct(Resource::Space, Series::OverCommitted), 0.0);
    }

    void hallCappedBySiteShowsTheShortfall()
    {
        // A hall's free power is capped by the site's: −10 kW free in the hall although the
        // hall itself has room. The last 10 kW of what it sold is drawn red.
        CapacityReport capped = m_report;
        HallCapacity *hall = nullptr;
        for (HallCapacity &h : capped.halls)
            if (h.hallId == m_colocation)
                hall = &h;
        QVERIFY(hall);
        hall->power.free = -10;
        CapacityDashboard dashboard;
        dashboard.setReport(capped);
        dashboard.setHall(m_colocation);
        const BudgetChart *chart = dashboard.hallSection()->chart();
        const Budget &p = hall->power;
        QCOMPARE(chart->plottedPct(Resource::Power, Series::OverCommitted), pctOfUsable(10, p));
        QCOMPARE(chart->plottedPct(Resource::Power, Series::Committed), pctOfUsable(p.committed, p));
        QCOMPARE(chart->plottedPct(Resource::Power, Series::Reserved), pctOfUsable(p.reserved - 10, p));
    }

    void frenchNumbers()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Togo));
        CapacityDashboard dashboard;
        dashboard.setReport(m_report);
        dashboard.setHall(m_colocation);
        const QString weight = dashboard.hallSection()->chart()->figuresText(Resource::Weight);
        const QString group = QLocale().groupSeparator();
        QCOMPARE(weight, QStringLiteral("57") + group + QStringLiteral("888 / 131") + group + QStringLiteral("328 kg"));
        QVERIFY2(dashboard.hallSection()->strandedText().contains(QStringLiteral("449,5")),
                 qPrintable(dashboard.hallSection()->strandedText()));
    }

    void screenshots_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<bool>("overCommitted");
        QTest::addColumn<QString>("path");
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QLocale fr(QLocale::French, QLocale::Togo);
        QTest::newRow("en") << en << false << QStringLiteral("/tmp/dashboard_en.png");
        QTest::newRow("fr numbers") << fr << false << QStringLiteral("/tmp/dashboard_fr_numbers.png");
        QTest::newRow("over-committed") << en << true << QStringLiteral("/tmp/dashboard_over_committed.png");
    }
    void screenshots()
    {
        // For a person to look at: the Colocation hall at a dock's size.
        QFETCH(QLocale, locale);
        QFETCH(bool, overCommitted);
        QFETCH(QString, path);
        QLocale::setDefault(locale);
        CapacityReport report = m_report;
        if (overCommitted) {   // site power sold 12 % past usable, as in overCommitmentShowsPast100
            report.power.committed = 1100;
            report.power.free = report.power.usable - report.power.committed - report.power.reserved;
        }
        CapacityDashboard dashboard;
        dashboard.resize(400, 700);
        dashboard.setReport(report);
        dashboard.setHall(m_colocation);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QVERIFY(dashboard.grab().save(path));
    }
};

QTEST_MAIN(TestCapacityDashboard)
#include "tst_capacity_dashboard.moc"
