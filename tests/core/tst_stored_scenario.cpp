// Tests core/reliability/stored_scenario (failure scenarios stored in the document, replayed over the
// compiled site) on the three scenarios of the bundled sample site, plus the document's side of them:
// validation, JSON and the store. Every expected figure is worked out by hand below from
// data/sample-site.json, at the contracted load as of 2026-06-01:
//
//   IT load: the committed contracts spread over their tenants' positions: 529 kW, 409 in Colocation
//     (RPP pairs C1 136, C2 149, C3 60, C4 64 kW) and 120 in Government (RPP-G 120 kW).
//   Facility load: 529 / 0.955 (UPS) + 529 / 3 (chillers' COP) + 40 (auxiliaries) = 770.26 kW, so
//     one 800 kW set carries it (k = 1 of 2, N+1) at 770.26 / 800 = 96.28 %.
//   Fuel: 2 × 15,000 L; at 96.28 % a set burns 158.3 + (0.9628 − 0.75) / 0.25 × (215.5 − 158.3)
//     = 207.00 L/h, so the tanks last 30,000 / 207.00 = 144.93 h, longer than the 24 h refuel lead.
//   Batteries: 10 min at 1,000 kW (4 × 250 kW a side), each side carrying all 529 kW:
//     10 × 1000 / 529 = 18.90 min, against a 30 s generator start.
//   Thermal ride-through (air: floor × ceiling × 1.2 kg/m³ × 1.005 kJ/kg·K, plus the hall's mass; 10 K):
//     Colocation (400 m² × 3.6 m → 1,736.64 + 15,000 kJ/K) × 10 / 409 kW / 60 = 6.820 min;
//     Government (100 m² × 3.6 m → 434.16 + 4,000 kJ/K) × 10 / 120 kW / 60 = 6.159 min.
//   Cooling after a grid outage: the source is back after 30 s, the chillers 5 min later: out 5.5 min.
//   UPS: each 2N half is 4 × 250 kW for 529 kW: k = ceil(529 / 250) = 3 of 4.
//   Chillers at 38 °C: 500 × (1 − 1.2 % × 3) = 482 kW a unit; k = ceil(529 / 482) = 2 of 3.
#include "io/model_json.h"
#include "io/sample_site.h"
#include "model/model_validation.h"
#include "reliability/stored_scenario.h"
#include "store/migrations.h"
#include "store/model_reader.h"
#include "store/model_writer.h"
#include "store/sqlite_connection.h"

#include <QFile>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace hectare;
using namespace hectare::reliability;

namespace {

constexpr double kMinute = 1.0 / 60;

bool near(double a, double b, double tolerance = 1e-3 * kMinute) { return std::abs(a - b) < tolerance; }

// The bundled sample (data/sample-site.json); empty when it does not load, which fails the tests.
SiteModel sampleSite()
{
    Result<SiteModel> model = sampleSiteModel();
    return model ? model.value() : SiteModel{};
}

CompileOptions asOfJune2026(LoadBasis basis = LoadBasis::Contracted)
{
    CompileOptions options;
    options.load = basis;
    options.asOf = QDate(2026, 6, 1);
    return options;
}

StoredScenarioRun replayNamed(const SiteModel &model, const QString &name, LoadBasis basis = LoadBasis::Contracted)
{
    const FailureScenarioSpec *spec = model.failureScenarioByName(name);
    if (!spec) {
        qWarning("no failure scenario \"%s\"", qPrintable(name));
        return {};
    }
    Result<StoredScenarioRun> run = replayStored(model, *spec, asOfJune2026(basis));
    if (!run) {
        qWarning("%s", qPrintable(run.error().text()));
        return {};
    }
    return std::move(run.value());
}

int lossCount(const ScenarioTimeline &t)
{
    int n = 0;
    for (const LoadTimeline &l : t.loads)
        n += int(l.losses.size());
    return n;
}

double itKw(const Network &n)
{
    double kw = 0;
    for (const Load &load : n.loads)
        kw += load.kw;
    return kw;
}

const ScenarioSample &sampleAt(const ScenarioTimeline &t, double hours)
{
    return t.samples.at(std::size_t(std::lround(hours * 60)));   // one sample a minute
}

int groupOfKind(const CompiledSite &site, const char *kind)
{
    for (std::size_t g = 0; g < site.groups.size(); ++g)
        if (site.groups[g].kind == QLatin1String(kind))
            return int(g);
    return -1;
}

int coolingOfHall(const CompiledSite &site, const QString &hallName, const SiteModel &model)
{
    for (std::size_t c = 0; c < site.coolingHall.size(); ++c)
        if (model.hall(site.coolingHall[c])->name == hallName)
            return int(c);
    return -1;
}

bool chainHas(const LoadLoss &loss, CauseKind kind)
{
    for (const CauseChain &c : loss.causes)
        for (const CauseStep &s : c.steps)
            if (s.kind == kind)
                return true;
    return false;
}

} // namespace

class TestStoredScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleHasItsThreeScenariosAndValidates();
    void gridOutageRidesOnGeneratorsAndFuel();
    void gridOutageAtDesignLoadLosesCoolingToTheChillerRestart();
    void chillerFailsAt38DegreesWithinN1();
    void chillerFailsAt43DegreesAtDesignLoad();
    void upsModuleFailsDuringMaintenance();
    void unknownComponentIsAnErrorNamingScenarioAndEvent();
    void validatorNamesScenarioAndEvent();
    void scenariosRoundTripThroughJsonAndTheStore();
};

void TestStoredScenario::sampleHasItsThreeScenariosAndValidates()
{
    const SiteModel model = sampleSite();
    QCOMPARE(model.failureScenarios.size(), std::size_t(3));
    const std::vector<Error> errors = validateModel(model);
    QVERIFY2(errors.empty(), qPrintable(errors.empty() ? QString() : errors.front().text()));
    const FailureScenarioSpec *chiller = model.failureScenarioByName(QStringLiteral("Chiller fails at 38 °C"));
    QVERIFY(chiller);
    QCOMPARE(chiller->ambientC, std::optional<double>(38));
    QCOMPARE(chiller->events.front().componentKind, QStringLiteral("chiller"));
}

// Grid out 0–72 h: the generators carry the site after 30 s (the batteries' 18.90 min bridge it),
// the chillers are back at 5.5 min (within both halls' 6.16–6.82 min ride-through), and the tanks'
// 144.93 h outlast every 24 h delivery: nothing is lost.
void TestStoredScenario::gridOutageRidesOnGeneratorsAndFuel()
{
    const SiteModel model = sampleSite();
    const StoredScenarioRun run = replayNamed(model, QStringLiteral("Grid outage 72 h"));
    const Network &n = run.site.network;
    const ScenarioTimeline &t = run.timeline;
    QCOMPARE(t.samples.size(), std::size_t(80 * 60 + 1));
    QVERIFY(near(itKw(n), 529, 1e-9));
    QVERIFY(near(n.fuel.tankHours, 30000 / (158.3 + (770.260034904014 / 800 - 0.75) / 0.25 * 57.2), 1e-9));
    QVERIFY(near(n.fuel.tankHours, 144.93, 0.005));
    QVERIFY(near(n.paths.front().battery.minutes(), 10 * 1000 / 529.0, 1e-9));   // 18.90 min
    const int colocation = coolingOfHall(run.site, QStringLiteral("Colocation"), model);
    const int government = coolingOfHall(run.site, QStringLiteral("Government"), model);
    QVERIFY(near(n.coolings[std::size_t(colocation)].rideThroughMinutes, 6.820, 0.001));
    QVERIFY(near(n.coolings[std::size_t(government)].rideThroughMinutes, 6.159, 0.001));

    QCOMPARE(lossCount(t), 0);
    QVERIFY(near(t.droppedKwHours(), 0, 1e-9));
    QCOMPARE(t.sourceDown.size(), std::size_t(1));
    QVERIFY(near(t.sourceDown.front().start, 0) && near(t.sourceDown.front().end, 0.5 * kMinute));
    for (const Intervals &cooling : t.coolingDown)
        QVERIFY(cooling.empty());
    for (const Intervals &path : t.pathDown)
        QVERIFY(path.empty());

    // The buffers' count-down: 5 min into the chillers' 5.5 min outage, Government has
    // 6.159 − 5 = 1.159 min of ride-through left; fuel burns from the outage's start.
    QVERIFY(near(sampleAt(t, 5 * kMinute).rideThroughMinutesLeft[std::size_t(government)], 6.159 - 5, 0.001));
    QVERIFY(near(sampleAt(t, 5 * kMinute).rideThroughMinutesLeft[std::size_t(colocation)], 6.820 - 5, 0.001));
    QVERIFY(near(sampleAt(t, 23).fuelHoursLeft, n.fuel.tankHours - 23, 1e-9));   // 121.93 h
    QVERIFY(near(sampleAt(t, 30).fuelHoursLeft, n.fuel.tankHours - 6, 1e-9));    // refilled at 24 h
    QCOMPARE(sampleAt(t, 0).generatorsRunning, 0);                                // starting
    QCOMPARE(sampleAt(t, 1).generatorsRunning, 2);
    QCOMPARE(sampleAt(t, 75).generatorsRunning, 0);                               // grid back at 72 h
    for (double h : {0.0, 5 * kMinute, 1.0, 71.0, 79.0})
        QVERIFY(near(sampleAt(t, h).itKwCarried, 529, 1e-9));
}

// At the design load (760 + 152 kW) the halls heat faster: ride-through (16,736.64 × 10 / 760 / 60 =)
// 3.670 min in Colocation and (4,434.16 × 10 / 152 / 60 =) 4.862 min in Government, both shorter than
// the chillers' 5.5 min. Each hall's loads lose cooling from their ride-through to 5.5 min:
// 760 × (5.5 − 3.670) / 60 + 152 × (5.5 − 4.862) / 60 = 23.18 + 1.62 = 24.80 kW·h.
void TestStoredScenario::gridOutageAtDesignLoadLosesCoolingToTheChillerRestart()
{
    const SiteModel model = sampleSite();
    const StoredScenarioRun run = replayNamed(model, QStringLiteral("Grid outage 72 h"), LoadBasis::Design);
    const ScenarioTimeline &t = run.timeline;
    QVERIFY(near(itKw(run.site.network), 912, 1e-9));
    const double colocationRide = 16736.64 * 10 / 760 / 60, governmentRide = 4434.16 * 10 / 152 / 60;
    int lossesSeen = 0;
    for (const LoadTimeline &l : t.loads) {
        const LoadRef &ref = run.site.loads[std::size_t(l.load)];
        const bool inColocation = model.hall(ref.hallId)->name == QStringLiteral("Colocation");
        QCOMPARE(l.losses.size(), std::size_t(1));
        const LoadLoss &loss = l.losses.front();
        QCOMPARE(loss.what, LoadLoss::What::Cooling);
        QVERIFY(near(loss.startHours, (inColocation ? colocationRide : governmentRide) * kMinute));
        QVERIFY(near(loss.endHours, 5.5 * kMinute));
        QVERIFY(chainHas(loss, CauseKind::CoolingRestarting));
        QVERIFY(chainHas(loss, CauseKind::RideThroughExhausted));
        // Named by the compiled site: "Cooling of Colocation", not "cooling 1".
        QVERIFY2(loss.text.contains(QStringLiteral("Cooling of ")), qPrintable(loss.text));
        ++lossesSeen;
    }
    QCOMPARE(lossesSeen, 5);
    QVERIFY(near(t.droppedKwHours(), 760 * (5.5 - colocationRide) / 60 + 152 * (5.5 - governmentRide) / 60, 1e-6));
    QVERIFY(near(t.droppedKwHours(), 24.80, 0.01));
}

// 38 °C: 3 × 482 kW for 529 kW, k = 2; CH3 fails at 1 h and is back after its 26 h MTTR (past the
// 24 h horizon). Two chillers carry the load: nothing is lost, the plant is N+1 at 38 °C.
void TestStoredScenario::chillerFailsAt38DegreesWithinN1()
{
    const SiteModel model = sampleSite();
    const StoredScenarioRun run = replayNamed(model, QStringLiteral("Chiller fails at 38 °C"));
    const Network &n = run.site.network;
    QCOMPARE(run.site.ambientC, 38.0);
    const int chillers = groupOfKind(run.site, kinds::kChiller);
    QVERIFY(chillers >= 0);
    const Group &group = n.groups[std::size_t(chillers)];
    QCOMPARE(group.units.size(), std::size_t(3));
    QVERIFY(near(n.units[std::size_t(group.units.front())].capacityKw, 482, 1e-9));
    QCOMPARE(requiredUnits(n, group), 2);
    QCOMPARE(run.scenario.events.size(), std::size_t(1));
    const auto *fails = std::get_if<UnitFails>(&run.scenario.events.front().what);
    QVERIFY(fails);
    QCOMPARE(fails->unit, group.units.back());   // member 3: CH3
    QCOMPARE(fails->repairHours, -1.0);           // its MTTR
    QCOMPARE(n.units[std::size_t(fails->unit)].mttrHours, 26.0);
    QVERIFY(run.scenario.options.capacityScale.empty());   // derated by the compile, not scaled
    QCOMPARE(lossCount(run.timeline), 0);
    for (const ScenarioSample &s : run.timeline.samples)
        QVERIFY(near(s.itKwCarried, 529, 1e-9));
}

// The same failure at 43 °C and the design load: 500 × (1 − 1.2 % × 8) = 452 kW a unit, and
// 2 × 452 = 904 < 912 kW, so k = 3 of 3: from 1 h the chillers are short and each hall loses
// cooling after its ride-through (3.670 / 4.862 min) until the horizon.
void TestStoredScenario::chillerFailsAt43DegreesAtDesignLoad()
{
    SiteModel model = sampleSite();
    FailureScenarioSpec spec = *model.failureScenarioByName(QStringLiteral("Chiller fails at 38 °C"));
    spec.ambientC = 43;
    Result<StoredScenarioRun> run = replayStored(model, spec, asOfJune2026(LoadBasis::Design));
    QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().text()));
    const Network &n = run->site.network;
    const Group &chillers = n.groups[std::size_t(groupOfKind(run->site, kinds::kChiller))];
    QVERIFY(near(n.units[std::size_t(chillers.units.front())].capacityKw, 452, 1e-9));
    QCOMPARE(requiredUnits(n, chillers), 3);
    const double colocationRide = 16736.64 * 10 / 760 / 60, governmentRide = 4434.16 * 10 / 152 / 60;
    for (const LoadTimeline &l : run->timeline.loads) {
        QCOMPARE(l.losses.size(), std::size_t(1));
        const LoadLoss &loss = l.losses.front();
        const bool inColocation = model.hall(run->site.loads[std::size_t(l.load)].hallId)->name
                                  == QStringLiteral("Colocation");
        QCOMPARE(loss.what, LoadLoss::What::Cooling);
        QVERIFY(near(loss.startHours, 1 + (inColocation ? colocationRide : governmentRide) * kMinute));
        QVERIFY(near(loss.endHours, 24));
        QVERIFY(chainHas(loss, CauseKind::UnitFailed));
        QVERIFY(chainHas(loss, CauseKind::GroupShort));
        QVERIFY2(loss.text.contains(QStringLiteral("Air-cooled chillers CH1–CH3 unit 3 failed at 1 h")),
                 qPrintable(loss.text));
    }
}

// UPS A/B is 2N: modules 1–4 are the A half, k = 3 of 4 for 529 kW. Module 1 is out 0–8 h, module 2
// fails at 2 h and is back after its 6 h MTTR: the A half has 2 of 4 over [2, 8) h and every A path
// is down then (the battery does not bridge the modules after it). Every load is dual-corded and
// the B half carries all 529 kW alone: nothing is lost.
void TestStoredScenario::upsModuleFailsDuringMaintenance()
{
    const SiteModel model = sampleSite();
    const StoredScenarioRun run = replayNamed(model, QStringLiteral("UPS module fails during maintenance"));
    const Network &n = run.site.network;
    const ScenarioTimeline &t = run.timeline;
    QCOMPARE(run.scenario.events.size(), std::size_t(2));
    const auto *maintenance = std::get_if<UnitInMaintenance>(&run.scenario.events[0].what);
    const auto *fails = std::get_if<UnitFails>(&run.scenario.events[1].what);
    QVERIFY(maintenance && fails);
    QCOMPARE(run.site.units[std::size_t(maintenance->unit)].member, 1);
    QCOMPARE(run.site.units[std::size_t(fails->unit)].member, 2);
    QCOMPARE(maintenance->fromHours, 0.0);
    QCOMPARE(maintenance->untilHours, 8.0);
    int aPaths = 0;
    for (std::size_t p = 0; p < n.paths.size(); ++p) {
        const Group &ups = n.groups[std::size_t(n.paths[p].downstream.front())];
        QCOMPARE(requiredUnits(n, ups), 3);
        if (n.paths[p].side == Side::A) {
            ++aPaths;
            QVERIFY(std::ranges::count(ups.units, fails->unit) == 1);
            QCOMPARE(t.pathDown[p].size(), std::size_t(1));
            QVERIFY(near(t.pathDown[p].front().start, 2) && near(t.pathDown[p].front().end, 8));
        } else {
            QVERIFY(t.pathDown[p].empty());
        }
    }
    QCOMPARE(aPaths, 5);
    for (const Load &load : n.loads)
        QCOMPARE(load.cording, Cording::Dual);
    QCOMPARE(lossCount(t), 0);
    QVERIFY(near(sampleAt(t, 5).itKwCarried, 529, 1e-9));
}

void TestStoredScenario::unknownComponentIsAnErrorNamingScenarioAndEvent()
{
    const SiteModel model = sampleSite();
    FailureScenarioSpec spec = *model.failureScenarioByName(QStringLiteral("Chiller fails at 38 °C"));
    spec.events.insert(spec.events.begin(), ScenarioEventSpec{ScenarioEventKind::GridOutage, 0, 2, {}, kNoId, 1});
    spec.events[1].componentId = 7;
    Result<StoredScenarioRun> run = replayStored(model, spec, asOfJune2026());
    QVERIFY(!run.ok());
    QCOMPARE(run.error().where, QStringLiteral("Failure scenario \"Chiller fails at 38 °C\", event 2"));
    QVERIFY2(run.error().message.contains(QStringLiteral("chiller 7")), qPrintable(run.error().text()));

    spec.events[1] = ScenarioEventSpec{ScenarioEventKind::ComponentFails, 1, 0, QStringLiteral("ups-module"), 1, 9};
    run = replayStored(model, spec, asOfJune2026());
    QVERIFY(!run.ok());
    QVERIFY2(run.error().message.contains(QStringLiteral("ups-module 1, unit 9")), qPrintable(run.error().text()));

    spec.events[1] = ScenarioEventSpec{ScenarioEventKind::GeneratorFailsToStart, 0, 0, QStringLiteral("chiller"), 1, 1};
    run = replayStored(model, spec, asOfJune2026());
    QVERIFY(!run.ok());
    QVERIFY2(run.error().message.contains(QStringLiteral("diesel-generator")), qPrintable(run.error().text()));

    // A generator failing to start maps to its unit.
    spec.events[1] = ScenarioEventSpec{ScenarioEventKind::GeneratorFailsToStart, 0, 0, QStringLiteral("diesel-generator"), 1, 2};
    run = replayStored(model, spec, asOfJune2026());
    QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().text()));
    const auto *fts = std::get_if<GeneratorFailsToStart>(&run->scenario.events[1].what);
    QVERIFY(fts);
    QCOMPARE(run->site.units[std::size_t(fts->unit)].kind, QString::fromLatin1(kinds::kGenerator));
    QCOMPARE(run->site.units[std::size_t(fts->unit)].member, 2);
}

void TestStoredScenario::validatorNamesScenarioAndEvent()
{
    SiteModel model = sampleSite();
    FailureScenarioSpec &chiller = model.failureScenarios[1];
    chiller.events.front().componentId = 7;
    std::vector<Error> errors = validateModel(model);
    QCOMPARE(errors.size(), std::size_t(1));
    QCOMPARE(errors.front().text(),
             QStringLiteral("Failure scenario \"Chiller fails at 38 °C\", event 1: chiller group 7 does not exist"));

    chiller.events.front().componentId = 1;
    chiller.events.front().member = 4;
    errors = validateModel(model);
    QCOMPARE(errors.size(), std::size_t(1));
    QCOMPARE(errors.front().where, QStringLiteral("Failure scenario \"Chiller fails at 38 °C\", event 1: member"));
    QVERIFY2(errors.front().message.contains(QStringLiteral("has 3 unit")), qPrintable(errors.front().message));

    chiller.events.front().member = 3;
    chiller.events.front().componentKind = QStringLiteral("boiler");
    chiller.events.front().atHours = 24;   // at the horizon
    model.failureScenarios[2].name = model.failureScenarios[0].name;
    model.failureScenarios[0].events.front().durationHours = 0;
    model.failureScenarios[2].events[0].componentKind = QStringLiteral("lv-switchgear");
    model.failureScenarios[2].events[0].componentId = 1;   // switchgear 1 is an ATS
    model.failureScenarios[2].events[1] =
        ScenarioEventSpec{ScenarioEventKind::GeneratorFailsToStart, 0, 0, QStringLiteral("ups-module"), 1, 1};
    errors = validateModel(model);
    QStringList texts;
    for (const Error &e : errors)
        texts << e.text();
    QCOMPARE(texts.size(), 6);
    QVERIFY2(texts[0].startsWith(QStringLiteral("Failure scenario \"Grid outage 72 h\", event 1: duration")), qPrintable(texts[0]));
    QVERIFY2(texts[1].startsWith(QStringLiteral("Failure scenario \"Chiller fails at 38 °C\", event 1: time: must be before "
                                                "the horizon of 24 h")),
             qPrintable(texts[1]));
    QVERIFY2(texts[2].contains(QStringLiteral("component kind: \"boiler\" is not a kind")), qPrintable(texts[2]));
    QVERIFY2(texts[3].endsWith(QStringLiteral("name: another failure scenario has the same name")), qPrintable(texts[3]));
    QVERIFY2(texts[4].endsWith(QStringLiteral("event 1: switchgear 1 does not exist")), qPrintable(texts[4]));
    QVERIFY2(texts[5].contains(QStringLiteral("event 2: component kind: a failure to start must name a diesel-generator")),
             qPrintable(texts[5]));
}

// The sample's scenarios (an ambient and none, events with and without a component) come back
// equal from JSON and from a document.
void TestStoredScenario::scenariosRoundTripThroughJsonAndTheStore()
{
    const SiteModel model = sampleSite();
    const Result<SiteModel> imported = importModelJson(exportModelJson(model));
    QVERIFY(imported.ok());
    QVERIFY(imported->failureScenarios == model.failureScenarios);

    Result<SqliteConnection> db = SqliteConnection::open(QStringLiteral(":memory:"), SqliteConnection::Mode::ReadWriteCreate);
    QVERIFY(db.ok());
    QVERIFY(migrate(db.value(), bundledMigrations()).ok());
    const Status written = insertModel(db.value(), model);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().text()));
    const Result<SiteModel> read = readModel(db.value());
    QVERIFY(read.ok());
    QVERIFY(read->failureScenarios == model.failureScenarios);
    QVERIFY(!read->failureScenarios[0].ambientC);
    QCOMPARE(read->failureScenarios[0].events.front().componentId, kNoId);
    QCOMPARE(read->failureScenarios[2].events[1].member, 2);

    // Deleting a scenario takes its events with it (as the document opens its files: foreign keys on).
    QVERIFY(db->exec(QStringLiteral("PRAGMA foreign_keys = ON")).ok());
    QVERIFY(db->exec(QStringLiteral("DELETE FROM failure_scenario WHERE id = 3")).ok());
    QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM failure_scenario_event")).value(), qint64(2));
}

QTEST_GUILESS_MAIN(TestStoredScenario)
#include "tst_stored_scenario.moc"
