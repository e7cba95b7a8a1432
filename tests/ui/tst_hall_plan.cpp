// Tests ui/plan: the hall plan scene, its colours and legend, and the view driven like a user.
// Set HECTARE_PLAN_SNAPSHOTS to a folder to also save a PNG of the sample hall per colour mode.
#include "plan/hall_plan_view.h"
#include "plan/hall_scene.h"
#include "plan/plan_colours.h"
#include "plan/rack_item.h"
#include "plan/tenant_hall_load.h"

#include "capacity/contract_load.h"
#include "io/sample_site.h"
#include "model/geometry.h"

#include <QGraphicsPolygonItem>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>

using namespace hectare;
using namespace hectare::ui;

Q_DECLARE_METATYPE(hectare::ui::PlanColourMode)

namespace {

const QDate kAsOf(2025, 12, 1);

QRectF footprintBoundsMm(const Row &row, const Rack &rack)
{
    const BoundsM b = boundsOf(rackFootprint(row, rack));
    return QRectF(QPointF(b.minX * 1000, b.minY * 1000), QPointF(b.maxX * 1000, b.maxY * 1000));
}

bool near(const QRectF &a, const QRectF &b)
{
    constexpr double tolMm = 1e-6;
    return std::abs(a.left() - b.left()) < tolMm && std::abs(a.top() - b.top()) < tolMm
           && std::abs(a.right() - b.right()) < tolMm && std::abs(a.bottom() - b.bottom()) < tolMm;
}

std::map<Id, QRgb> fillsOf(const HallScene &scene)
{
    std::map<Id, QRgb> fills;
    for (const auto &[id, item] : scene.rackItems())
        fills[id] = item->brush().color().rgb();
    return fills;
}

} // namespace

class TestHallPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // plan_colours and tenant_hall_load, without a scene
    void stateColoursAreDistinct();
    void heatScaleEndpoints_data();
    void heatScaleEndpoints();
    void tenantColourIsStable();
    void fillColourRules_data();
    void fillColourRules();
    void tenantDrawIsSharedByDesignKw();

    // the scene
    void oneItemPerRackPosition();
    void rackGeometryMatchesFootprint();
    void rotatedRowsFollowTheFootprint_data();
    void rotatedRowsFollowTheFootprint();
    void rackItemsCarryIdAndToolTip();
    void colourModeChangesColours();
    void densityColoursFollowTheContracts();
    void legendPerMode();
    void heldPositionsShowAsReserved();
    void refreshRackMatchesARebuild_data();
    void refreshRackMatchesARebuild();

    // the view, driven like a user
    void clickingARackSelectsIt();
    void clickingTheFloorClearsTheSelection();
    void refreshRackRecoloursOnlyThatItem();
    void selectRackAndRow();
    void fitToHallFitsTheOutline();
    void zoomInAndOut();
    void wheelZoomsAroundTheCursor();
    void dragPans_data();
    void dragPans();
    void rebuildingKeepsTheSelection();
    void snapshots();

private:
    HallPlanView *shownView();

    SiteModel m_model;
    Id m_hallId = kNoId;
    std::unique_ptr<HallPlanView> m_view;
};

void TestHallPlan::initTestCase()
{
    Result<SiteModel> sample = sampleSiteModel();
    QVERIFY2(sample.ok(), qPrintable(sample.ok() ? QString() : sample.error().text()));
    m_model = std::move(sample).value();
    const Hall *hall = m_model.hallByName(QStringLiteral("Colocation"));
    QVERIFY(hall);
    m_hallId = hall->id;
}

HallPlanView *TestHallPlan::shownView()
{
    m_view = std::make_unique<HallPlanView>();
    m_view->resize(1000, 800);
    m_view->setModel(&m_model, m_hallId, kAsOf);
    m_view->show();
    if (!QTest::qWaitForWindowExposed(m_view.get()))
        return nullptr;
    m_view->fitToHall();
    return m_view.get();
}

void TestHallPlan::stateColoursAreDistinct()
{
    const std::vector<RackState> states{RackState::Free, RackState::Reserved, RackState::Occupied, RackState::Blocked};
    std::set<QRgb> colours;
    for (const RackState state : states)
        colours.insert(stateColour(state).rgb());
    QCOMPARE(colours.size(), states.size());
    // Distinct in luminance alone too, for readers who cannot tell the hues apart (or print in
    // grey): every pair has a WCAG contrast ratio (L1 + 0.05) / (L2 + 0.05) of at least 1.4.
    const auto luminance = [](const QColor &c) {
        const auto linear = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    for (const RackState a : states)
        for (const RackState b : states) {
            const double la = luminance(stateColour(a));
            const double lb = luminance(stateColour(b));
            if (a != b)
                QVERIFY2((std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05) >= 1.4,
                         qPrintable(toKey(a) + QLatin1String(" vs ") + toKey(b)));
        }
}

void TestHallPlan::heatScaleEndpoints_data()
{
    QTest::addColumn<double>("ratio");
    QTest::addColumn<QColor>("expected");
    QTest::newRow("0 % is blue") << 0.0 << QColor(0x2c7bb6);
    QTest::newRow("below 0 clamps to blue") << -0.5 << QColor(0x2c7bb6);
    QTest::newRow("50 % is pale yellow") << 0.5 << QColor(0xffffbf);
    QTest::newRow("100 % is red") << 1.0 << QColor(0xd7191c);
    QTest::newRow("250 % stays red") << 2.5 << QColor(0xd7191c);
}

void TestHallPlan::heatScaleEndpoints()
{
    QFETCH(double, ratio);
    QFETCH(QColor, expected);
    QCOMPARE(heatColour(ratio).rgb(), expected.rgb());
}

void TestHallPlan::tenantColourIsStable()
{
    QCOMPARE(tenantColour(7).rgb(), tenantColour(7).rgb());
    QVERIFY(tenantColour(7) != tenantColour(8));
    QVERIFY(tenantColour(1) != tenantColour(2));
    QCOMPARE(tenantColour(kNoId).rgb(), neutralColour().rgb());
    // Tenants whose ids are close (often signed around the same time, so likely neighbours on
    // the floor) stay clearly apart: at least 30 apart in RGB (0..255 per channel) up to 20 ids away.
    const auto distance = [](const QColor &a, const QColor &b) {
        return std::hypot(a.red() - b.red(), a.green() - b.green(), a.blue() - b.blue());
    };
    for (Id id = 1; id <= 2000; ++id)
        for (Id other = id + 1; other <= id + 20; ++other)
            QVERIFY2(distance(tenantColour(id), tenantColour(other)) >= 30,
                     qPrintable(QStringLiteral("tenants %1 and %2").arg(id).arg(other)));
}

void TestHallPlan::fillColourRules_data()
{
    QTest::addColumn<PlanColourMode>("mode");
    QTest::addColumn<RackState>("state");
    QTest::addColumn<Id>("tenantId");
    QTest::addColumn<double>("ratio");   // < 0: no figure
    QTest::addColumn<QColor>("expected");
    QTest::newRow("state: occupied") << PlanColourMode::State << RackState::Occupied << Id(3) << 0.4
                                     << stateColour(RackState::Occupied);
    QTest::newRow("tenant: reserved takes the tenant's colour")
        << PlanColourMode::Tenant << RackState::Reserved << Id(3) << -1.0 << tenantColour(3);
    QTest::newRow("tenant: free is neutral") << PlanColourMode::Tenant << RackState::Free << Id(3) << -1.0
                                             << neutralColour();
    QTest::newRow("tenant: blocked") << PlanColourMode::Tenant << RackState::Blocked << kNoId << -1.0
                                     << blockedNeutralColour();
    QTest::newRow("density: occupied at 50 %") << PlanColourMode::Density << RackState::Occupied << Id(3) << 0.5
                                               << heatColour(0.5);
    QTest::newRow("density: occupied, no figure") << PlanColourMode::Density << RackState::Occupied << Id(3) << -1.0
                                                  << neutralColour();
    QTest::newRow("density: reserved draws nothing") << PlanColourMode::Density << RackState::Reserved << Id(3)
                                                     << 0.5 << neutralColour();
    QTest::newRow("density: free") << PlanColourMode::Density << RackState::Free << kNoId << -1.0 << neutralColour();
}

void TestHallPlan::fillColourRules()
{
    QFETCH(PlanColourMode, mode);
    QFETCH(RackState, state);
    QFETCH(Id, tenantId);
    QFETCH(double, ratio);
    QFETCH(QColor, expected);
    const std::optional<double> drawRatio = ratio < 0 ? std::nullopt : std::optional<double>(ratio);
    QCOMPARE(rackFillColour(mode, state, tenantId, drawRatio).rgb(), expected.rgb());
}

void TestHallPlan::tenantDrawIsSharedByDesignKw()
{
    // One hall, one tenant: occupied racks of 4 and 6 kW, a reserved one of 5 kW; a contract of
    // 20 kW committed at a draw ratio of 0.5, fully ramped: 20 × 0.5 = 10 kW expected draw,
    // shared over 4 + 6 = 10 kW of occupied design, so the ratio is 1.0 and the 4 kW rack draws 4 kW.
    SiteModel model;
    Hall hall;
    hall.id = 1;
    hall.name = QStringLiteral("H");
    hall.outline = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    model.halls.push_back(hall);
    Row row;
    row.id = 1;
    row.hallId = 1;
    row.name = QStringLiteral("A");
    row.origin = {1, 1};
    model.rows.push_back(row);
    Tenant tenant;
    tenant.id = 5;
    tenant.name = QStringLiteral("T");
    model.tenants.push_back(tenant);
    const auto addRack = [&](Id id, double offsetMm, double designKw, RackState state) {
        Rack rack;
        rack.id = id;
        rack.rowId = 1;
        rack.offsetMm = offsetMm;
        rack.designKw = designKw;
        rack.state = state;
        rack.tenantId = 5;
        model.racks.push_back(rack);
    };
    addRack(1, 0, 4, RackState::Occupied);
    addRack(2, 600, 6, RackState::Occupied);
    addRack(3, 1200, 5, RackState::Reserved);
    const auto addContract = [&](Id id, double committedKw, double drawRatio, ContractStatus status) {
        Contract contract;
        contract.id = id;
        contract.tenantId = 5;
        contract.hallId = 1;
        contract.committedKw = committedKw;
        contract.drawRatio = drawRatio;
        contract.start = QDate(2020, 1, 1);
        contract.status = status;
        model.contracts.push_back(contract);
    };
    addContract(1, 20, 0.5, ContractStatus::Active);
    addContract(2, 50, 1, ContractStatus::Quoted);   // a quotation holds nothing and draws nothing

    const auto loads = tenantHallLoads(model, 1, QDate(2025, 1, 1));
    QCOMPARE(loads.size(), std::size_t(1));
    const TenantHallLoad &load = loads.at(5);
    QCOMPARE(load.expectedDrawKw, 10.0);
    QCOMPARE(load.occupiedDesignKw, 10.0);
    QCOMPARE(load.drawRatio().value_or(-1), 1.0);
    QCOMPARE(load.rackDrawKw(model.racks[0]), 4.0);
    QCOMPARE(load.rackDrawKw(model.racks[2]), 0.0);   // reserved: no share

    HallScene scene(model, 1, QDate(2025, 1, 1), PlanColourMode::Density);
    QCOMPARE(scene.rackItem(1)->brush().color().rgb(), heatColour(1.0).rgb());
    QCOMPARE(scene.rackItem(3)->brush().color().rgb(), neutralColour().rgb());
}

void TestHallPlan::oneItemPerRackPosition()
{
    HallScene scene(m_model, m_hallId, kAsOf);
    std::set<Id> expected;
    for (const Rack &rack : m_model.racks)
        if (m_model.hallOfRack(rack) == m_hallId)
            expected.insert(rack.id);
    QCOMPARE(expected.size(), std::size_t(160));   // rows A–H of 20 positions
    int rackItems = 0;
    std::set<Id> found;
    for (QGraphicsItem *item : scene.items())
        if (item->type() == RackItem::Type) {
            ++rackItems;
            found.insert(static_cast<RackItem *>(item)->rackId());
        }
    QCOMPARE(rackItems, int(expected.size()));
    QCOMPARE(found, expected);
    QCOMPARE(scene.rackItems().size(), expected.size());
    QCOMPARE(scene.itemIndexMethod(), QGraphicsScene::BspTreeIndex);
    QCOMPARE(scene.hallRectMm(), QRectF(0, 0, 20000, 20000));   // the 20 × 20 m outline, in mm
}

void TestHallPlan::rackGeometryMatchesFootprint()
{
    HallScene scene(m_model, m_hallId, kAsOf);
    int checked = 0;
    for (const Rack &rack : m_model.racks) {
        const Row *row = m_model.row(rack.rowId);
        if (row->hallId != m_hallId)
            continue;
        const RackItem *item = scene.rackItem(rack.id);
        QVERIFY(item);
        const QRectF expected = footprintBoundsMm(*row, rack);
        QVERIFY2(near(item->sceneBoundingRect(), expected),
                 qPrintable(QStringLiteral("%1: got (%2, %3, %4 × %5), expected (%6, %7, %8 × %9)")
                                .arg(rack.name)
                                .arg(item->sceneBoundingRect().x())
                                .arg(item->sceneBoundingRect().y())
                                .arg(item->sceneBoundingRect().width())
                                .arg(item->sceneBoundingRect().height())
                                .arg(expected.x())
                                .arg(expected.y())
                                .arg(expected.width())
                                .arg(expected.height())));
        ++checked;
    }
    QCOMPARE(checked, 160);

    // Row B runs at 0° from (4, 3.4) m: its first 600 × 1200 mm rack spans 4000..4600 × 3400..4600 mm.
    const auto rowB = std::find_if(m_model.rows.begin(), m_model.rows.end(),
                                   [&](const Row &r) { return r.hallId == m_hallId && r.name == QLatin1String("B"); });
    QVERIFY(rowB != m_model.rows.end());
    QCOMPARE(rowB->orientationDeg, 0.0);
    const std::vector<RackItem *> rowItems = scene.rackItemsOfRow(rowB->id);
    QVERIFY(!rowItems.empty());
    const RackItem *first = *std::min_element(rowItems.begin(), rowItems.end(), [](auto *a, auto *b) {
        return a->rack().offsetMm < b->rack().offsetMm;
    });
    QCOMPARE(first->rack().widthMm, 600.0);
    QCOMPARE(first->rack().depthMm, 1200.0);
    QCOMPARE(first->sceneBoundingRect(), QRectF(4000, 3400, 600, 1200));
}

void TestHallPlan::rotatedRowsFollowTheFootprint_data()
{
    QTest::addColumn<double>("orientationDeg");
    QTest::newRow("0°") << 0.0;
    QTest::newRow("90°") << 90.0;
    QTest::newRow("180°") << 180.0;
    QTest::newRow("270°") << 270.0;
    QTest::newRow("30°") << 30.0;
}

void TestHallPlan::rotatedRowsFollowTheFootprint()
{
    // Each corner of the item maps onto the matching corner of rackFootprint() × 1000.
    QFETCH(double, orientationDeg);
    SiteModel model;
    Hall hall;
    hall.id = 1;
    hall.outline = {{0, 0}, {12, 0}, {12, 12}, {0, 12}};
    model.halls.push_back(hall);
    Row row;
    row.id = 1;
    row.hallId = 1;
    row.origin = {6, 6};
    row.orientationDeg = orientationDeg;
    model.rows.push_back(row);
    Rack rack;
    rack.id = 1;
    rack.rowId = 1;
    rack.offsetMm = 1200;
    rack.widthMm = 800;
    rack.depthMm = 1100;
    model.racks.push_back(rack);

    const HallScene scene(model, 1, kAsOf);
    const RackItem *item = scene.rackItem(1);
    const QuadM footprint = rackFootprint(row, rack);
    const QRectF local = item->boundingRect();
    const std::array<QPointF, 4> corners{local.topLeft(), local.topRight(), local.bottomRight(), local.bottomLeft()};
    for (std::size_t i = 0; i < 4; ++i) {
        const QPointF mapped = item->mapToScene(corners[i]);
        QVERIFY(std::abs(mapped.x() - footprint[i].x * 1000) < 1e-6);
        QVERIFY(std::abs(mapped.y() - footprint[i].y * 1000) < 1e-6);
    }
    QVERIFY(near(item->sceneBoundingRect(), footprintBoundsMm(row, rack)));
}

void TestHallPlan::rackItemsCarryIdAndToolTip()
{
    HallScene scene(m_model, m_hallId, kAsOf);
    const auto occupied = std::find_if(m_model.racks.begin(), m_model.racks.end(), [&](const Rack &r) {
        return r.state == RackState::Occupied && m_model.hallOfRack(r) == m_hallId;
    });
    QVERIFY(occupied != m_model.racks.end());
    const RackItem *item = scene.rackItem(occupied->id);
    QVERIFY(item->flags().testFlag(QGraphicsItem::ItemIsSelectable));
    QCOMPARE(item->data(kRackIdDataKey).value<Id>(), occupied->id);
    const QString tip = item->toolTip();
    QVERIFY2(tip.contains(occupied->name), qPrintable(tip));
    QVERIFY2(tip.contains(m_model.tenant(occupied->tenantId)->name.toHtmlEscaped()), qPrintable(tip));
    QVERIFY2(tip.contains(displayName(RackState::Occupied)), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("%1 kW").arg(occupied->designKw)), qPrintable(tip));
}

void TestHallPlan::colourModeChangesColours()
{
    HallScene scene(m_model, m_hallId, kAsOf);
    QCOMPARE(scene.colourMode(), PlanColourMode::State);
    const auto byState = fillsOf(scene);
    for (const auto &[id, item] : scene.rackItems())
        QCOMPARE(item->brush().color().rgb(), stateColour(item->rack().state).rgb());

    scene.setColourMode(PlanColourMode::Tenant);
    const auto byTenant = fillsOf(scene);
    QVERIFY(byTenant != byState);
    for (const auto &[id, item] : scene.rackItems())
        if (item->rack().state == RackState::Occupied)
            QCOMPARE(item->brush().color().rgb(), tenantColour(item->rack().tenantId).rgb());

    scene.setColourMode(PlanColourMode::Density);
    QVERIFY(fillsOf(scene) != byTenant);
    scene.setColourMode(PlanColourMode::State);
    QVERIFY(fillsOf(scene) == byState);
}

void TestHallPlan::densityColoursFollowTheContracts()
{
    // Oracle: for each occupied rack, Σ expectedDrawKw of its tenant's contracts in the hall over
    // Σ design kW of the tenant's occupied racks there, through the heat scale.
    HallScene scene(m_model, m_hallId, kAsOf, PlanColourMode::Density);
    int checked = 0;
    for (const auto &[id, item] : scene.rackItems()) {
        const Rack &rack = item->rack();
        if (rack.state != RackState::Occupied || rack.designKw <= 0)
            continue;
        double drawKw = 0;
        for (const Contract &c : m_model.contracts)
            if (c.tenantId == rack.tenantId && c.hallId == m_hallId)
                drawKw += expectedDrawKw(c, kAsOf);
        double designKw = 0;
        for (const Rack &other : m_model.racks)
            if (other.tenantId == rack.tenantId && other.state == RackState::Occupied
                && m_model.hallOfRack(other) == m_hallId)
                designKw += other.designKw;
        QCOMPARE(item->brush().color().rgb(), heatColour(drawKw / designKw).rgb());
        ++checked;
    }
    QVERIFY(checked > 20);
}

// A free position a live quote holds is drawn and counted as reserved until the hold lapses.
void TestHallPlan::heldPositionsShowAsReserved()
{
    SiteModel model = m_model;
    std::vector<Id> held;
    for (const Rack &rack : model.racks)
        if (model.hallOfRack(rack) == m_hallId && rack.state == RackState::Free && held.size() < 3)
            held.push_back(rack.id);
    QCOMPARE(held.size(), std::size_t(3));
    Quote quote;
    quote.id = 1;
    quote.number = QStringLiteral("Q-2025-0001");
    quote.customer = QStringLiteral("Client");
    quote.hallId = m_hallId;
    quote.rackIds = held;
    quote.issued = kAsOf;
    quote.validUntil = kAsOf.addDays(29);
    quote.status = QuoteStatus::Reserved;
    model.quotes = {quote};

    const auto countOf = [](const PlanLegend &legend, const QString &prefix) {
        for (const PlanLegendEntry &entry : legend.entries)
            if (entry.label.startsWith(prefix))
                return entry.label.section(QLatin1Char('('), 1).chopped(1).toInt();
        return -1;
    };
    const PlanLegend before = HallScene(m_model, m_hallId, kAsOf).legend();
    HallScene scene(model, m_hallId, kAsOf);
    const PlanLegend during = scene.legend();
    QCOMPARE(countOf(during, QStringLiteral("Reserved")), countOf(before, QStringLiteral("Reserved")) + 3);
    QCOMPARE(countOf(during, QStringLiteral("Free")), countOf(before, QStringLiteral("Free")) - 3);
    QCOMPARE(scene.rackItem(held.front())->brush().color(), stateColour(RackState::Reserved));
    // The day after its validity the hold is gone.
    HallScene later(model, m_hallId, kAsOf.addDays(30));
    QCOMPARE(countOf(later.legend(), QStringLiteral("Free")), countOf(before, QStringLiteral("Free")));
    QCOMPARE(later.rackItem(held.front())->brush().color(), stateColour(RackState::Free));
}

void TestHallPlan::legendPerMode()
{
    HallScene scene(m_model, m_hallId, kAsOf);
    PlanLegend legend = scene.legend();
    QCOMPARE(legend.entries.size(), std::size_t(4));
    QVERIFY(!legend.heatScale);
    QVERIFY(legend.entries.back().crossed);   // blocked

    scene.setColourMode(PlanColourMode::Tenant);
    legend = scene.legend();
    QVERIFY(legend.entries.size() >= 3);
    // The first entry is the tenant with the most racks (occupied or reserved) in the hall.
    std::map<Id, int> racksOfTenant;
    for (const Rack &rack : m_model.racks)
        if (m_model.hallOfRack(rack) == m_hallId
            && (rack.state == RackState::Occupied || rack.state == RackState::Reserved))
            ++racksOfTenant[rack.tenantId];
    const auto top = std::max_element(racksOfTenant.begin(), racksOfTenant.end(),
                                      [](const auto &a, const auto &b) { return a.second < b.second; });
    QCOMPARE(legend.entries.front().colour.rgb(), tenantColour(top->first).rgb());
    QVERIFY(legend.entries.front().label.startsWith(m_model.tenant(top->first)->name));
    QVERIFY(!legend.note.isEmpty());   // more tenants than the legend lists

    scene.setColourMode(PlanColourMode::Density);
    legend = scene.legend();
    QVERIFY(legend.heatScale);
}

void TestHallPlan::refreshRackMatchesARebuild_data()
{
    QTest::addColumn<PlanColourMode>("mode");
    QTest::newRow("state") << PlanColourMode::State;
    QTest::newRow("tenant") << PlanColourMode::Tenant;
    QTest::newRow("density") << PlanColourMode::Density;
}

void TestHallPlan::refreshRackMatchesARebuild()
{
    // Freeing an occupied rack changes its tenant's density share: after refreshRack the scene
    // must look exactly like one built from the edited model.
    QFETCH(PlanColourMode, mode);
    HallScene scene(m_model, m_hallId, kAsOf, mode);
    SiteModel edited = m_model;
    const auto rack = std::find_if(edited.racks.begin(), edited.racks.end(), [&](const Rack &r) {
        return r.state == RackState::Occupied && r.tenantId == 7 && edited.hallOfRack(r) == m_hallId;
    });
    QVERIFY(rack != edited.racks.end());
    rack->state = RackState::Free;
    rack->tenantId = kNoId;
    QVERIFY(scene.refreshRack(*rack));

    const HallScene rebuilt(edited, m_hallId, kAsOf, mode);
    QVERIFY(fillsOf(scene) == fillsOf(rebuilt));
    Rack elsewhere;
    elsewhere.id = 99999;
    elsewhere.rowId = 99999;
    QVERIFY(!scene.refreshRack(elsewhere));   // not in this hall
}

void TestHallPlan::clickingARackSelectsIt()
{
    HallPlanView *view = shownView();
    QVERIFY(view);
    QSignalSpy spy(view, &HallPlanView::rackSelected);
    const Id rackId = m_model.racks[5].id;   // A06, in the hall
    const RackItem *item = view->hallScene()->rackItem(rackId);
    QVERIFY(item);
    const QPoint centre = view->mapFromScene(item->sceneBoundingRect().center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).value<Id>(), rackId);
    QVERIFY(item->isSelected());

    // A second rack: the selection moves.
    const RackItem *other = view->hallScene()->rackItem(m_model.racks[30].id);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(other->sceneBoundingRect().center()));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).value<Id>(), other->rackId());
    QVERIFY(!item->isSelected());
}

void TestHallPlan::clickingTheFloorClearsTheSelection()
{
    HallPlanView *view = shownView();
    QVERIFY(view);
    view->selectRack(m_model.racks[5].id);
    QSignalSpy spy(view, &HallPlanView::rackSelected);
    // (1, 1) m is open floor in the corner of the hall.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(QPointF(1000, 1000)));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).value<Id>(), kNoId);
}

void TestHallPlan::refreshRackRecoloursOnlyThatItem()
{
    HallPlanView *view = shownView();
    QVERIFY(view);
    const auto free = std::find_if(m_model.racks.begin(), m_model.racks.end(), [&](const Rack &r) {
        return r.state == RackState::Free && m_model.hallOfRack(r) == m_hallId;
    });
    QVERIFY(free != m_model.racks.end());
    const auto before = fillsOf(*view->hallScene());
    QCOMPARE(before.at(free->id), stateColour(RackState::Free).rgb());
    RackItem *item = view->hallScene()->rackItem(free->id);

    Rack edited = *free;
    edited.state = RackState::Reserved;
    edited.tenantId = 3;
    view->refreshRack(edited);
    QCOMPARE(view->hallScene()->rackItem(free->id), item);   // the same item: no rebuild
    auto after = fillsOf(*view->hallScene());
    QCOMPARE(after.at(free->id), stateColour(RackState::Reserved).rgb());
    after[free->id] = before.at(free->id);
    QVERIFY(after == before);   // every other rack keeps its colour
    QVERIFY(item->toolTip().contains(m_model.tenant(3)->name.toHtmlEscaped()));
}

void TestHallPlan::selectRackAndRow()
{
    HallPlanView *view = shownView();
    QVERIFY(view);
    QSignalSpy spy(view, &HallPlanView::rackSelected);
    const Rack &rack = m_model.racks[12];
    view->selectRack(rack.id);
    QCOMPARE(spy.count(), 1);   // one signal, no passing 0
    QCOMPARE(spy.takeFirst().at(0).value<Id>(), rack.id);
    QCOMPARE(view->hallScene()->selectedItems().size(), 1);

    view->selectRow(rack.rowId);
    const auto selected = view->hallScene()->selectedItems();
    QCOMPARE(selected.size(), 20);
    for (QGraphicsItem *item : selected)
        QCOMPARE(static_cast<RackItem *>(item)->rack().rowId, rack.rowId);
    QCOMPARE(spy.count(), 1);   // several racks: no single rack selected
    QCOMPARE(spy.takeFirst().at(0).value<Id>(), kNoId);

    // Zoomed in elsewhere, selecting a rack brings it into view.
    view->setTransform(QTransform::fromScale(0.5, 0.5));
    view->centerOn(QPointF(18000, 18000));
    view->selectRack(rack.id);
    const QRect visible = view->viewport()->rect();
    QVERIFY(visible.contains(view->mapFromScene(view->hallScene()->rackItem(rack.id)->sceneBoundingRect().center())));
}

void TestHallPlan::fitToHallFitsTheOutline()
{
    HallPlanView *view = shownView();
    QVERIFY(view);
    view->setTransform(QTransform::fromScale(0.4, 0.4));
    view->fitToHall();
    const QRect outline = view->mapFromScene(view->hallScene()->hallOutlineItem()->sceneBoundingRect()).boundingRect();
    const QRect port = view->viewport()->rect();
    QVERIFY2(port.contains(outline), qPrintable(QStringLiteral("outline %1,%2 %3×%4 in %5×%6")
                                                    .arg(outline.x())
                                                    .arg(outline.y())
                                                    .arg(outline.width())
                                                    .arg(outline.height())
                                                    .arg(port.width())
                                                    .arg(port.height())));
    // And it fills the window: the 20 m hall plus 1.5 m margins on each side of the limiting
    // dimension take all of it, so the outline spans at least 20 / 23 of it (less a few pixels).
    QVERIFY(outline.height() >= port.height() * 20 / 23 - 4);
    QVERIFY(!view->horizontalScrollBar()->isVisible());
    QVERIFY(!view->verticalScrollBar()->isVisible());
}

void TestHallPlan::zoomInAndOut()
{
    HallPlanView *view = shownView();
    QVERIFY(view);
    const double fitted = view->pixelsPerMm();
    view->zoomIn();
    QVERIFY(view->pixelsPerMm() > fitted);
    view->zoomOut();
    QVERIFY(qFuzzyCompare(view->pixelsPerMm(), fitted));
    for (int i = 0; i < 50; ++i)
        view->zoomIn();
    QCOMPARE(view->pixelsPerMm(), 1.0);   // the closest zoom: 1 px per mm
    for (int i = 0; i < 100; ++i)
        view->zoomOut();
    QVERIFY(view->pixelsPerMm() > 0);
    QVERIFY(view->pixelsPerMm() >= fitted * 0.5 - 1e-9);

    // The mouse wheel zooms too.
    view->fitToHall();
    const QPoint centre = view->viewport()->rect().center();
    QWheelEvent wheel(centre, view->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(view->pixelsPerMm() > fitted);
}

void TestHallPlan::wheelZoomsAroundTheCursor()
{
    // The floor under the cursor stays under it while the wheel zooms in.
    HallPlanView *view = shownView();
    QVERIFY(view);
    view->zoomIn();
    const QPoint cursor = view->mapFromScene(QPointF(6000, 6000));
    QTest::mouseMove(view->viewport(), cursor);
    const QPointF before = view->mapToScene(cursor);
    const double zoom = view->pixelsPerMm();
    QWheelEvent wheel(cursor, view->viewport()->mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(view->pixelsPerMm() > zoom * 1.5);   // two notches of 1.25
    const QPointF after = view->mapToScene(cursor);
    const double pixelMm = 1 / view->pixelsPerMm();
    QVERIFY2(QLineF(before, after).length() <= 2 * pixelMm,
             qPrintable(QStringLiteral("moved by %1 mm").arg(QLineF(before, after).length())));
}

void TestHallPlan::dragPans_data()
{
    QTest::addColumn<Qt::MouseButton>("button");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::newRow("middle button") << Qt::MiddleButton << Qt::KeyboardModifiers();
    QTest::newRow("Ctrl + left button") << Qt::LeftButton << Qt::KeyboardModifiers(Qt::ControlModifier);
}

void TestHallPlan::dragPans()
{
    // Dragging from a rack moves the plan by the drag and selects nothing.
    QFETCH(Qt::MouseButton, button);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    HallPlanView *view = shownView();
    QVERIFY(view);
    for (int i = 0; i < 4; ++i)
        view->zoomIn();
    view->centerOn(view->hallScene()->hallRectMm().center());
    const RackItem *rack = view->hallScene()->rackItem(m_model.racks[70].id);
    view->centerOn(rack);
    const QPoint start = view->mapFromScene(rack->sceneBoundingRect().center());
    const int h = view->horizontalScrollBar()->value();
    const int v = view->verticalScrollBar()->value();
    QSignalSpy spy(view, &HallPlanView::rackSelected);

    QTest::mousePress(view->viewport(), button, modifiers, start);
    QTest::mouseMove(view->viewport(), start + QPoint(-60, -30));
    QTest::mouseMove(view->viewport(), start + QPoint(-100, -50));
    QTest::mouseRelease(view->viewport(), button, modifiers, start + QPoint(-100, -50));
    QCOMPARE(view->horizontalScrollBar()->value(), h + 100);
    QCOMPARE(view->verticalScrollBar()->value(), v + 50);
    QCOMPARE(spy.count(), 0);
    QVERIFY(view->hallScene()->selectedItems().isEmpty());
}

void TestHallPlan::rebuildingKeepsTheSelection()
{
    HallPlanView *view = shownView();
    QVERIFY(view);
    const Id rackId = m_model.racks[8].id;
    view->selectRack(rackId);
    view->zoomIn();
    const double zoom = view->pixelsPerMm();
    QSignalSpy spy(view, &HallPlanView::rackSelected);
    view->setModel(&m_model, m_hallId, kAsOf);
    QVERIFY(view->hallScene()->rackItem(rackId)->isSelected());
    QCOMPARE(view->pixelsPerMm(), zoom);
    QCOMPARE(spy.count(), 0);

    // Another hall is fitted and starts with nothing selected.
    const Hall *government = m_model.hallByName(QStringLiteral("Government"));
    view->setModel(&m_model, government->id, kAsOf);
    QCOMPARE(view->hallScene()->rackItems().size(), std::size_t(40));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).value<Id>(), kNoId);
}

void TestHallPlan::snapshots()
{
    const QString folder = qEnvironmentVariable("HECTARE_PLAN_SNAPSHOTS");
    if (folder.isEmpty())
        QSKIP("set HECTARE_PLAN_SNAPSHOTS to a folder to save the plan's PNGs");
    HallPlanView *view = shownView();
    QVERIFY(view);
    view->resize(1200, 800);
    view->selectRack(m_model.racks[22].id);
    const std::vector<std::pair<PlanColourMode, QString>> modes{
        {PlanColourMode::State, QStringLiteral("state")},
        {PlanColourMode::Tenant, QStringLiteral("tenant")},
        {PlanColourMode::Density, QStringLiteral("density")}};
    for (const auto &[mode, name] : modes) {
        view->setColourMode(mode);
        QVERIFY(view->grab().save(folder + QStringLiteral("/plan_%1.png").arg(name)));
    }
    view->setColourMode(PlanColourMode::State);
    view->zoomIn();
    view->zoomIn();
    view->zoomIn();
    view->zoomIn();
    view->centerOn(QPointF(8000, 4000));
    QVERIFY(view->grab().save(folder + QStringLiteral("/plan_zoomed.png")));
}

QTEST_MAIN(TestHallPlan)
#include "tst_hall_plan.moc"
