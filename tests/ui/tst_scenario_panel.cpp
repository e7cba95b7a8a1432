// The failure scenario panel (ui/reliability/scenario_panel.h) over the sample site with a scenario
// stored in the document: a 72 h grid outage from 2 h in which generator 2 fails to start and
// generator 1 trips at 30 h for 4 h. The chart plots the replay's samples (checked at chosen
// times against figures worked out from the network by hand), the losses table lists the replay's
// losses, selecting a loss asks for its racks, and a document without scenarios says so.
// Set HECTARE_RELIABILITY_SNAPSHOTS to a folder to also save a PNG of the panel.
#include "reliability/scenario_chart.h"
#include "reliability/scenario_losses_model.h"
#include "reliability/scenario_panel.h"
#include "session/document_session.h"

#include "io/sample_site.h"
#include "reliability/stored_scenario.h"
#include "store/document.h"

#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace hectare;
using namespace hectare::ui;
using reliability::StoredScenarioRun;

namespace {

const QString kOutage = QStringLiteral("Test: 72 h grid outage, G1 trips at 30 h");
constexpr double kOutageStart = 2;
constexpr double kOutageHours = 72;
constexpr double kHorizon = 80;
constexpr double kTripAt = 30;
constexpr double kTripHours = 4;

FailureScenarioSpec gridOutage(Id id)
{
    FailureScenarioSpec spec;
    spec.id = id;
    spec.name = kOutage;
    spec.description = QStringLiteral("The utility is lost for three days; one generator fails to start and the other trips.");
    spec.horizonHours = kHorizon;
    const auto generator = [](ScenarioEventKind kind, double at, double hours, int member) {
        ScenarioEventSpec e;
        e.kind = kind;
        e.atHours = at;
        e.durationHours = hours;
        e.componentKind = QStringLiteral("diesel-generator");
        e.componentId = 1;   // the sample's "Generators G1/G2"
        e.member = member;
        return e;
    };
    ScenarioEventSpec outage;
    outage.kind = ScenarioEventKind::GridOutage;
    outage.atHours = kOutageStart;
    outage.durationHours = kOutageHours;
    spec.events = {generator(ScenarioEventKind::GeneratorFailsToStart, 0, 0, 2), outage,
                   generator(ScenarioEventKind::ComponentFails, kTripAt, kTripHours, 1)};
    return spec;
}

// The sample with only our scenario (the sample's own, if it has some, are dropped).
std::unique_ptr<DocumentSession> sampleSession(bool withScenario = true)
{
    Result<SiteModel> sample = sampleSiteModel();
    if (!sample)
        return nullptr;
    SiteModel model = sample.value();
    model.failureScenarios.clear();
    if (withScenario)
        model.failureScenarios.push_back(gridOutage(1));
    Result<std::unique_ptr<Document>> document = Document::createInMemory(model);
    if (!document) {
        qWarning("%s", qPrintable(document.error().text()));
        return nullptr;
    }
    return std::make_unique<DocumentSession>(std::move(document.value()), true);
}

// The sample at `hours` (one a minute).
std::size_t at(double hours) { return std::size_t(std::lround(hours * 60)); }

double totalKw(const StoredScenarioRun &run)
{
    double kw = 0;
    for (const reliability::Load &load : run.site.network.loads)
        kw += load.kw;
    return kw;
}

bool near(double a, double b) { return std::abs(a - b) < 1e-6 * std::max(1.0, std::abs(b)); }

} // namespace

class TestScenarioPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theChartPlotsTheReplayedTimeline()
    {
        auto session = sampleSession();
        QVERIFY(session);
        ScenarioPanel panel;
        panel.setSession(session.get());
        QCOMPARE(panel.scenarioCombo()->count(), 1);
        QCOMPARE(panel.scenarioCombo()->currentText(), kOutage);
        QVERIFY2(panel.lastRun(), qPrintable(panel.messageText()));
        QVERIFY(panel.messageText().isEmpty());
        const StoredScenarioRun &run = *panel.lastRun();
        const reliability::Network &n = run.site.network;
        const ScenarioChart *chart = panel.chart();

        // One sample a minute from 0 to 80 h: 80 × 60 + 1.
        const int samples = int(kHorizon * 60) + 1;
        for (auto curve : {ScenarioChart::Curve::ItKw, ScenarioChart::Curve::FuelHours,
                           ScenarioChart::Curve::BatteryMinutes, ScenarioChart::Curve::RideThroughMinutes,
                           ScenarioChart::Curve::InletRisePercent}) {
            QCOMPARE(chart->plottedKeys(curve).size(), samples);
            QVERIFY(chart->inLegend(curve));
        }
        const QVector<double> keys = chart->plottedKeys(ScenarioChart::Curve::ItKw);
        QCOMPARE(keys.at(int(at(12))), 12.0);

        // IT kW: everything before the outage and on generator 1 (N+1: one set carries the site);
        // nothing once generator 1 trips at 30 h and the 10 min batteries run out.
        const QVector<double> itKw = chart->plottedValues(ScenarioChart::Curve::ItKw);
        const double all = totalKw(run);
        QVERIFY(all > 0);
        QVERIFY(near(itKw.at(int(at(1))), all));
        QVERIFY(near(itKw.at(int(at(12))), all));
        QVERIFY(near(itKw.at(int(at(kTripAt + 1))), 0));
        QVERIFY(near(itKw.at(int(at(kHorizon - 1))), all));   // the grid is back at 74 h

        // Fuel: full tanks until the outage, then burnt from its start; the first delivery is
        // 24 h after it began (the sample's lead time), so at 12 h 10 h are gone.
        const QVector<double> fuel = chart->plottedValues(ScenarioChart::Curve::FuelHours);
        QVERIFY(std::isfinite(n.fuel.tankHours));
        QVERIFY(near(fuel.at(int(at(1))), n.fuel.tankHours));
        QVERIFY(near(fuel.at(int(at(12))), n.fuel.tankHours - (12 - kOutageStart)));

        // Battery: full on every path before; 5 min after the trip the lowest path has its
        // battery minutes less 5 (the generators were carrying until then).
        double lowestBattery = reliability::kNever;
        for (const reliability::Path &p : n.paths)
            if (p.battery.minutes() > 0)
                lowestBattery = std::min(lowestBattery, p.battery.minutes());
        QVERIFY(lowestBattery > 5 && std::isfinite(lowestBattery));
        const QVector<double> battery = chart->plottedValues(ScenarioChart::Curve::BatteryMinutes);
        QVERIFY(near(battery.at(int(at(1))), lowestBattery));
        QVERIFY(near(battery.at(int(at(kTripAt + 5.0 / 60))), lowestBattery - 5));
        QVERIFY(near(battery.at(int(at(kTripAt + 1))), 0));

        // Ride-through: the chillers lose their source at the trip; 2 min later each hall has
        // its ride-through less 2 left, the lowest shown.
        double expectedRide = reliability::kNever;
        for (const reliability::Cooling &c : n.coolings)
            if (std::isfinite(c.rideThroughMinutes) && c.rideThroughMinutes > 0)
                expectedRide = std::min(expectedRide, std::max(0.0, c.rideThroughMinutes - 2));
        const QVector<double> ride = chart->plottedValues(ScenarioChart::Curve::RideThroughMinutes);
        QVERIFY(near(ride.at(int(at(kTripAt + 2.0 / 60))), expectedRide));

        // Inlet rise: the hottest hall has used 2 min of its ride-through, so it is 2 / ride-through
        // of the way to its limit (the model is linear); nothing before the trip.
        double hottest = 0;
        for (const reliability::Cooling &c : n.coolings)
            if (std::isfinite(c.rideThroughMinutes) && c.rideThroughMinutes > 0)
                hottest = std::max(hottest, 100 * std::min(1.0, 2 / c.rideThroughMinutes));
        const QVector<double> rise = chart->plottedValues(ScenarioChart::Curve::InletRisePercent);
        QVERIFY(near(rise.at(int(at(kTripAt + 2.0 / 60))), hottest));
        QVERIFY(near(rise.at(int(at(1))), 0));

        // The curves are the replay's samples, everywhere.
        for (std::size_t i = 0; i < run.timeline.samples.size(); i += 97)
            QCOMPARE(itKw.at(int(i)), run.timeline.samples[i].itKwCarried);

        // Markers: generator 2 at 0 h, grid lost at 2 h, the trip at 30 h and its repair at 34 h,
        // the grid back at 74 h.
        const std::vector<ScenarioChart::Marker> &markers = chart->markers();
        QCOMPARE(int(markers.size()), 5);
        const std::vector<double> expected{0, kOutageStart, kTripAt, kTripAt + kTripHours, kOutageStart + kOutageHours};
        for (std::size_t i = 0; i < markers.size(); ++i)
            QCOMPARE(markers[i].hours, expected[i]);
        QVERIFY2(markers[1].text.contains(QStringLiteral("Grid lost")), qPrintable(markers[1].text));
        QVERIFY2(markers[0].text.contains(QStringLiteral("fails to start")), qPrintable(markers[0].text));
        QVERIFY2(markers[4].text.contains(QStringLiteral("Grid back")), qPrintable(markers[4].text));
        QVERIFY(chart->title().contains(kOutage));
    }

    void theLossesTableListsTheReplaysLosses()
    {
        auto session = sampleSession();
        QVERIFY(session);
        ScenarioPanel panel;
        panel.setSession(session.get());
        QVERIFY(panel.lastRun());
        const StoredScenarioRun &run = *panel.lastRun();
        const ScenarioLossesModel *model = panel.lossesModel();

        int row = 0;
        for (const reliability::LoadTimeline &load : run.timeline.loads)
            for (const reliability::LoadLoss &loss : load.losses) {
                QVERIFY(row < model->rowCount());
                const ScenarioLossesModel::Row &r = model->row(row);
                QCOMPARE(r.load, load.load);
                QCOMPARE(r.startHours, loss.startHours);
                QCOMPARE(r.endHours, loss.endHours);
                QCOMPARE(r.kw, loss.kw);
                QCOMPARE(model->index(row, ScenarioLossesModel::CausesColumn).data().toString(), loss.text);
                QCOMPARE(model->index(row, ScenarioLossesModel::WhatColumn).data().toString(),
                         loss.what == reliability::LoadLoss::What::Power ? QStringLiteral("Power") : QStringLiteral("Cooling"));
                ++row;
            }
        QCOMPARE(model->rowCount(), row);
        // Every load loses power when generator 1 trips: at least one row per load.
        QVERIFY(row >= int(run.timeline.loads.size()));
        QVERIFY(row > 0);

        // The first loss, as the table shows it: the hall by name, times to the second. Power is
        // lost when the batteries run out, lowestBattery after the trip at 30 h at the latest.
        const ScenarioLossesModel::Row &first = model->row(0);
        const Hall *hall = session->model().hall(first.hallId);
        QVERIFY(hall);
        QCOMPARE(model->index(0, ScenarioLossesModel::HallColumn).data().toString(), hall->name);
        const QString from = model->index(0, ScenarioLossesModel::FromColumn).data().toString();
        QVERIFY2(from.startsWith(QStringLiteral("30:")), qPrintable(from));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("scenarioSummary"))->text().contains(QString::number(row)));
    }

    void selectingALossShowsItsRacks()
    {
        auto session = sampleSession();
        QVERIFY(session);
        ScenarioPanel panel;
        panel.resize(1400, 800);
        panel.setSession(session.get());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.lastRun());
        const StoredScenarioRun &run = *panel.lastRun();
        QTableView *table = panel.lossesTable();
        QVERIFY(table->model()->rowCount() > 1);

        QSignalSpy spy(&panel, &ScenarioPanel::showRacks);
        const int row = table->model()->rowCount() - 1;
        table->scrollTo(table->model()->index(row, 0));
        const QRect cell = table->visualRect(table->model()->index(row, ScenarioLossesModel::LoadColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(spy.count(), 1);
        const auto hallId = spy.at(0).at(0).value<Id>();
        const auto racks = spy.at(0).at(1).value<std::vector<Id>>();
        const int load = panel.lossesModel()->row(row).load;
        QCOMPARE(hallId, run.site.loads[std::size_t(load)].hallId);
        QVERIFY(racks == run.site.loads[std::size_t(load)].rackIds);
        QVERIFY(!racks.empty());
        // The racks are in that hall, as the document has them.
        const SiteModel &model = session->model();
        for (Id rackId : racks) {
            const Rack *rack = model.rack(rackId);
            QVERIFY(rack);
            const auto rowIt = std::find_if(model.rows.begin(), model.rows.end(),
                                            [&](const Row &r) { return r.id == rack->rowId; });
            QVERIFY(rowIt != model.rows.end());
            QCOMPARE(rowIt->hallId, hallId);
        }
    }

    void theDesignBasisReplaysAtTheDesignLoad()
    {
        auto session = sampleSession();
        QVERIFY(session);
        ScenarioPanel panel;
        panel.setSession(session.get());
        QVERIFY(panel.lastRun());
        const double contracted = totalKw(*panel.lastRun());
        panel.basisCombo()->setCurrentIndex(panel.basisCombo()->findData(int(reliability::LoadBasis::Design)));
        QVERIFY(panel.lastRun());
        QCOMPARE(panel.lastRun()->site.basis, reliability::LoadBasis::Design);
        const double design = totalKw(*panel.lastRun());
        QVERIFY2(design > contracted, qPrintable(QStringLiteral("%1 vs %2").arg(design).arg(contracted)));
        QVERIFY(near(panel.chart()->plottedValues(ScenarioChart::Curve::ItKw).at(int(at(1))), design));
    }

    void withoutScenariosThePanelSaysSo()
    {
        ScenarioPanel panel;
        QCOMPARE(panel.messageText(), QStringLiteral("No document"));
        auto session = sampleSession(false);
        QVERIFY(session);
        panel.setSession(session.get());
        QVERIFY2(panel.messageText().contains(QStringLiteral("no failure scenarios")), qPrintable(panel.messageText()));
        QVERIFY(!panel.lastRun());
        QCOMPARE(panel.lossesModel()->rowCount(), 0);
        QVERIFY(!panel.replayButton()->isEnabled());
        QVERIFY(!panel.replay());
        panel.setSession(nullptr);
        QCOMPARE(panel.messageText(), QStringLiteral("No document"));
    }

    void snapshot()
    {
        const QString folder = qEnvironmentVariable("HECTARE_RELIABILITY_SNAPSHOTS");
        if (folder.isEmpty())
            QSKIP("set HECTARE_RELIABILITY_SNAPSHOTS to a folder to save a PNG of the panel");
        auto session = sampleSession();
        QVERIFY(session);
        ScenarioPanel panel;
        panel.resize(1400, 800);
        panel.setSession(session.get());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.lossesTable()->selectRow(0);
        QCoreApplication::processEvents();
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(panel.grab().save(QDir(folder).filePath(QStringLiteral("scenario-panel.png"))));
    }
};

QTEST_MAIN(TestScenarioPanel)
#include "tst_scenario_panel.moc"
