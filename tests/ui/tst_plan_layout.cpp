// Tests the hall plan's layout objects: obstacles and cages drawn to scale with their refs, core's
// dimension lines and clearance problems as items, the Clearances dock listing the problems and
// selecting their culprits, and the clearance rules as one undoable edit of the site.
#include "clearance/clearance_panel.h"
#include "clearance/clearance_table_model.h"
#include "commands/layout_command.h"
#include "dialogs/clearance_rules_dialog.h"
#include "plan/cage_item.h"
#include "plan/clearance_marker_item.h"
#include "plan/dimension_item.h"
#include "plan/hall_plan_view.h"
#include "plan/hall_scene.h"
#include "plan/obstacle_item.h"
#include "plan/plan_item_ref.h"
#include "plan/rack_item.h"
#include "session/document_session.h"
#include "window/main_window.h"

#include "layout/clearance.h"
#include "model/geometry.h"
#include "io/sample_site.h"
#include "store/document.h"
#include "layout_site.h"
#include "test_site.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

using namespace hectare;
using namespace hectare::ui;

namespace {

const QDate kAsOf(2025, 12, 1);
constexpr Id kHall = 1;
constexpr Id kPduId = 2;

// The small test site (10 × 10 m hall; row R1 of four 600 × 1200 mm positions from x 1.0 to 3.4 m,
// y 1.0 to 2.2 m, cold aisle in front, at -y) with one obstacle of each kind and a cage around
// the row. The PDU faces the row's back 0.5 m away: one service clearance problem under the
// default rules (1.2 m). The row stands exactly 1.0 m from two walls, the default wall rule.
SiteModel layoutSite()
{
    SiteModel model = test::smallSite();
    model.obstacles = {
        test::makeObstacle(1, kHall, ObstacleKind::Column, QStringLiteral("C1"), {6.0, 6.0}, 0.6, 0.6),
        test::makeObstacle(kPduId, kHall, ObstacleKind::Pdu, QStringLiteral("PDU-1"), {2.2, 3.0}, 0.6, 0.6),
        test::makeObstacle(3, kHall, ObstacleKind::Crah, QStringLiteral("CRAH-1"), {8.0, 5.0}, 2.0, 0.9, 90),
        test::makeObstacle(4, kHall, ObstacleKind::Wall, QStringLiteral("W1"), {5.0, 9.8}, 2.0, 0.2),
        test::makeObstacle(5, kHall, ObstacleKind::Door, QStringLiteral("D1"), {6.0, 0.1}, 1.0, 0.2, 180),
        test::makeObstacle(6, kHall, ObstacleKind::FireCylinder, QStringLiteral("FC-1"), {9.5, 9.5}, 0.3, 0.3),
    };
    model.cages = {test::cageAroundSmallSiteRow()};
    return model;
}

QRectF sceneRectOf(const ObstacleItem &item)
{
    const Obstacle &o = item.obstacle();
    const double w = o.widthM * 1000;
    const double d = o.depthM * 1000;
    return item.mapToScene(QRectF(-w / 2, -d / 2, w, d)).boundingRect();
}

bool near(const QRectF &a, const QRectF &b, double tolMm = 1e-6)
{
    return std::abs(a.left() - b.left()) < tolMm && std::abs(a.top() - b.top()) < tolMm
           && std::abs(a.right() - b.right()) < tolMm && std::abs(a.bottom() - b.bottom()) < tolMm;
}

// What selecting a violation's culprits selects on the plan: a row stands for its racks.
std::vector<LayoutObjectRef> expectedSelection(const SiteModel &model, const ClearanceViolation &violation)
{
    std::vector<LayoutObjectRef> refs;
    for (const LayoutObjectRef &ref : violation.culprits) {
        if (ref.kind == LayoutObjectRef::Kind::Row) {
            for (const Rack &rack : model.racks)
                if (rack.rowId == ref.id)
                    refs.push_back({LayoutObjectRef::Kind::Rack, rack.id});
        } else if (ref.kind != LayoutObjectRef::Kind::Hall) {
            refs.push_back(ref);
        }
    }
    std::sort(refs.begin(), refs.end(), [](const LayoutObjectRef &a, const LayoutObjectRef &b) {
        return a.kind != b.kind ? int(a.kind) < int(b.kind) : a.id < b.id;
    });
    refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
    return refs;
}

} // namespace

class TestPlanLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // the scene
    void oneObstacleItemPerObstacleToScale();
    void obstacleItemsCarryTheirRefs();
    void cageItemShowsItsArea();
    void dimensionItemsFollowCore();
    void oneMarkerPerViolation();
    void layersCanBeHidden();
    void selectRefsRoundTrip();

    // the dock
    void panelListsTheViolations();
    void panelSaysWhenThereIsNothing();

    // the window
    void clickingAProblemSelectsItsCulprits();
    void clearanceRulesAreOneUndoableEdit();
    void rulesDialogReadsAndWritesMetres();
    void aLayoutEditRecomputesTheClearances();
    void readOnlyDocumentsCannotChangeTheRules();

    // Set HECTARE_PLAN_SNAPSHOTS to a folder to save PNGs of the sample's halls and the test site.
    void snapshots();

private:
    SiteModel m_model;
    std::vector<ClearanceViolation> m_violations;
};

void TestPlanLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HectareTest"));
    m_model = layoutSite();
    m_violations = checkClearances(m_model, kHall);
    // The test site must have a problem to show, or the tests below prove nothing.
    QVERIFY(!m_violations.empty());
    QVERIFY(std::any_of(m_violations.begin(), m_violations.end(), [](const ClearanceViolation &v) {
        return v.rule == ClearanceRule::Service;
    }));
}

void TestPlanLayout::oneObstacleItemPerObstacleToScale()
{
    const HallScene scene(m_model, kHall, kAsOf);
    QCOMPARE(scene.obstacleItems().size(), m_model.obstacles.size());
    for (const Obstacle &o : m_model.obstacles) {
        const ObstacleItem *item = scene.obstacleItem(o.id);
        QVERIFY2(item, qPrintable(o.name));
        QCOMPARE(item->obstacle(), o);
        // Scene units are hall millimetres: the body's rectangle lies where the model says,
        // turned by its rotation (a quarter turn swaps width and depth).
        const bool quarter = std::abs(std::remainder(o.rotationDeg, 180.0)) > 45;
        const double w = (quarter ? o.depthM : o.widthM) * 1000;
        const double d = (quarter ? o.widthM : o.depthM) * 1000;
        const QRectF expected(o.centre.x * 1000 - w / 2, o.centre.y * 1000 - d / 2, w, d);
        QVERIFY2(near(sceneRectOf(*item), expected, 1e-6),
                 qPrintable(QStringLiteral("%1: %2,%3 %4×%5").arg(o.name).arg(sceneRectOf(*item).x()).arg(sceneRectOf(*item).y())
                                .arg(sceneRectOf(*item).width()).arg(sceneRectOf(*item).height())));
        QVERIFY(item->toolTip().contains(o.name));
        QVERIFY(item->toolTip().contains(displayName(o.kind)));
    }
    // The column: 600 × 600 mm centred on (6 m, 6 m), and nothing else is picked there.
    const ObstacleItem *column = scene.obstacleItem(1);
    QCOMPARE(column->sceneBoundingRect(), QRectF(5700, 5700, 600, 600));
    // The door swings 1 m into the hall (it faces +y): its bounds hold the swing.
    const ObstacleItem *door = scene.obstacleItem(5);
    QVERIFY(door->sceneBoundingRect().bottom() >= 0.2 * 1000 + 1000 - 1e-6);
    // The CRAH blows out of its front (+x once turned a quarter): its arrow reaches past the body.
    const ObstacleItem *crah = scene.obstacleItem(3);
    QVERIFY(crah->sceneBoundingRect().right() > 8450 + 100);
}

void TestPlanLayout::obstacleItemsCarryTheirRefs()
{
    const HallScene scene(m_model, kHall, kAsOf);
    for (const auto &[id, item] : scene.obstacleItems()) {
        QVERIFY(item->flags().testFlag(QGraphicsItem::ItemIsSelectable));
        const std::optional<LayoutObjectRef> ref = layoutRefOf(item);
        QVERIFY(ref);
        QCOMPARE(*ref, (LayoutObjectRef{LayoutObjectRef::Kind::Obstacle, id}));
        QCOMPARE(scene.itemFor(*ref), item);
    }
    for (const auto &[id, item] : scene.cageItems()) {
        QVERIFY(item->flags().testFlag(QGraphicsItem::ItemIsSelectable));
        QCOMPARE(layoutRefOf(item), std::optional(LayoutObjectRef{LayoutObjectRef::Kind::Cage, id}));
    }
    // Clicking the column on the plan picks the column, not the floor around it.
    const QList<QGraphicsItem *> at = scene.items(QPointF(6000, 6000));
    QVERIFY(!at.isEmpty());
    QCOMPARE(layoutRefOf(at.first()), std::optional(LayoutObjectRef{LayoutObjectRef::Kind::Obstacle, 1}));
}

void TestPlanLayout::cageItemShowsItsArea()
{
    const HallScene scene(m_model, kHall, kAsOf);
    QCOMPARE(scene.cageItems().size(), std::size_t(1));
    const CageItem *cage = scene.cageItem(1);
    QVERIFY(cage);
    QCOMPARE(polygonAreaM2(m_model.cages.front().outline), 2.8 * 1.6);
    const QString area = QLocale().toString(4.48, 'f', 1) + QStringLiteral(" m²");
    QCOMPARE(cage->label(), QStringLiteral("Cage A · Société Test · ") + area);
    QCOMPARE(cage->labelItem()->text(), cage->label());
    QCOMPARE(cage->labelItem()->scene(), &scene);
    QCOMPARE(cage->sceneBoundingRect(), QRectF(800, 800, 2800, 1600));
    // Under the racks it encloses, its label over them.
    QVERIFY(cage->zValue() < scene.rackItems().begin()->second->zValue());
    QVERIFY(cage->labelItem()->zValue() > scene.rackItems().begin()->second->zValue());
}

void TestPlanLayout::dimensionItemsFollowCore()
{
    const HallScene scene(m_model, kHall, kAsOf);
    const std::vector<LayoutDimension> dimensions = layoutDimensions(m_model, kHall);
    QVERIFY(!dimensions.empty());
    QCOMPARE(scene.dimensionItems().size(), dimensions.size());
    for (std::size_t i = 0; i < dimensions.size(); ++i) {
        const DimensionItem *item = scene.dimensionItems()[i];
        QCOMPARE(item->text(), QLocale().toString(dimensions[i].lengthM, 'f', 2) + QStringLiteral(" m"));
        // The line lies inside the item's bounds, in millimetres.
        QVERIFY(item->boundingRect().contains(QPointF(dimensions[i].from.x * 1000, dimensions[i].from.y * 1000)));
        QVERIFY(item->boundingRect().contains(QPointF(dimensions[i].to.x * 1000, dimensions[i].to.y * 1000)));
    }
}

void TestPlanLayout::oneMarkerPerViolation()
{
    const HallScene scene(m_model, kHall, kAsOf);
    QCOMPARE(scene.violations().size(), m_violations.size());
    QCOMPARE(scene.clearanceItems().size(), m_violations.size());
    for (std::size_t i = 0; i < m_violations.size(); ++i) {
        const ClearanceMarkerItem *marker = scene.clearanceItems()[i];
        QCOMPARE(marker->violation().message, m_violations[i].message);
        QVERIFY(marker->isVisible());
        QCOMPARE(marker->toolTip(), m_violations[i].message.toHtmlEscaped());
        // A red outline around each culprit that stands on the floor.
        QVERIFY(!marker->zonesMm().empty());
    }
    // The service problem outlines the PDU exactly: its 600 mm square around (2.2 m, 3.0 m).
    const auto service = std::find_if(scene.clearanceItems().begin(), scene.clearanceItems().end(),
                                      [](const ClearanceMarkerItem *m) { return m->violation().rule == ClearanceRule::Service; });
    QVERIFY(service != scene.clearanceItems().end());
    const bool outlinesThePdu = std::any_of((*service)->zonesMm().begin(), (*service)->zonesMm().end(), [](const QPolygonF &zone) {
        return near(zone.boundingRect(), QRectF(1900, 2700, 600, 600), 1e-6);
    });
    QVERIFY(outlinesThePdu);
    // The legend says what the red means.
    const PlanLegend legend = scene.legend();
    QVERIFY(std::any_of(legend.entries.begin(), legend.entries.end(), [&](const PlanLegendEntry &entry) {
        return entry.label.contains(QString::number(m_violations.size())) && entry.label.contains(QLatin1String("Clearance"));
    }));
}

void TestPlanLayout::layersCanBeHidden()
{
    HallScene scene(m_model, kHall, kAsOf);
    QVERIFY(scene.dimensionsVisible());
    QVERIFY(scene.clearancesVisible());
    scene.setDimensionsVisible(false);
    for (const DimensionItem *item : scene.dimensionItems())
        QVERIFY(!item->isVisible());
    for (const ClearanceMarkerItem *item : scene.clearanceItems())
        QVERIFY(item->isVisible());
    scene.setClearancesVisible(false);
    for (const ClearanceMarkerItem *item : scene.clearanceItems())
        QVERIFY(!item->isVisible());
    scene.setDimensionsVisible(true);
    // With the red marks hidden, every dimension shows again, those that break a rule in red.
    for (const DimensionItem *item : scene.dimensionItems())
        QVERIFY(item->isVisible());
}

void TestPlanLayout::selectRefsRoundTrip()
{
    HallScene scene(m_model, kHall, kAsOf);
    const std::vector<LayoutObjectRef> refs{{LayoutObjectRef::Kind::Row, 1},
                                            {LayoutObjectRef::Kind::Obstacle, kPduId},
                                            {LayoutObjectRef::Kind::Cage, 1}};
    QSignalSpy changes(&scene, &QGraphicsScene::selectionChanged);
    scene.selectRefs(refs);
    QCOMPARE(changes.count(), 1);
    const std::vector<LayoutObjectRef> selected = scene.selectedRefs();
    // The row's four racks, the PDU and the cage, sorted by kind then id.
    QCOMPARE(selected.size(), std::size_t(6));
    QCOMPARE(selected[0], (LayoutObjectRef{LayoutObjectRef::Kind::Rack, 1}));
    QCOMPARE(selected[4], (LayoutObjectRef{LayoutObjectRef::Kind::Obstacle, kPduId}));
    QCOMPARE(selected[5], (LayoutObjectRef{LayoutObjectRef::Kind::Cage, 1}));
    QCOMPARE(scene.sceneBoundsOf({{LayoutObjectRef::Kind::Obstacle, kPduId}}), QRectF(1900, 2700, 600, 600));
    scene.selectRefs({});
    QVERIFY(scene.selectedRefs().empty());
}

void TestPlanLayout::panelListsTheViolations()
{
    ClearancePanel panel;
    QSignalSpy counts(&panel, &ClearancePanel::countChanged);
    panel.setModel(&m_model, kHall);
    QCOMPARE(panel.count(), int(m_violations.size()));
    QCOMPARE(counts.last().first().toInt(), int(m_violations.size()));
    const ClearanceTableModel *table = panel.tableModel();
    for (int row = 0; row < table->rowCount(); ++row) {
        const ClearanceViolation &v = m_violations[std::size_t(row)];
        QCOMPARE(table->index(row, ClearanceTableModel::RuleColumn).data().toString(), displayName(v.rule));
        QCOMPARE(table->index(row, ClearanceTableModel::ProblemColumn).data().toString(), v.message);
        QCOMPARE(table->index(row, ClearanceTableModel::MeasuredColumn).data(ClearanceTableModel::kMetresRole).toDouble(),
                 v.measuredM);
        QCOMPARE(table->index(row, ClearanceTableModel::RequiredColumn).data().toString(),
                 QLocale().toString(v.requiredM, 'f', 2) + QStringLiteral(" m"));
    }
    // The hall column only shows when the list covers every hall.
    QVERIFY(panel.table()->isColumnHidden(ClearanceTableModel::HallColumn));
    panel.setAllHalls(true);
    QVERIFY(!panel.table()->isColumnHidden(ClearanceTableModel::HallColumn));
    QCOMPARE(panel.count(), int(checkClearances(m_model).size()));
    QCOMPARE(table->index(0, ClearanceTableModel::HallColumn).data().toString(), QStringLiteral("Hall A"));
}

void TestPlanLayout::panelSaysWhenThereIsNothing()
{
    SiteModel clean = m_model;
    clean.obstacles.erase(std::remove_if(clean.obstacles.begin(), clean.obstacles.end(),
                                         [](const Obstacle &o) { return o.id == kPduId; }),
                          clean.obstacles.end());
    QVERIFY(checkClearances(clean, kHall).empty());
    ClearancePanel panel;
    panel.setModel(&clean, kHall);
    QCOMPARE(panel.count(), 0);
    QCOMPARE(panel.emptyText(), QStringLiteral("No clearance problems in this hall"));
    auto *stack = panel.findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("clearanceEmpty"));
}

void TestPlanLayout::clickingAProblemSelectsItsCulprits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("layout.hectare"));
    QVERIFY(Document::create(path, m_model).ok());
    MainWindow window;
    QVERIFY(window.openDocument(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.clearanceDock()->raise();
    QCOMPARE(window.currentHallId(), kHall);
    QCOMPARE(window.clearancePanel()->count(), int(m_violations.size()));
    QCOMPARE(window.clearanceDock()->windowTitle(), QStringLiteral("Clearances (%1)").arg(m_violations.size()));

    QTableView *table = window.clearancePanel()->table();
    QVERIFY(table->isVisible());
    const QModelIndex first = table->model()->index(0, ClearanceTableModel::ProblemColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    HallScene *scene = window.planView()->hallScene();
    QVERIFY(scene);
    const std::vector<LayoutObjectRef> expected = expectedSelection(m_model, m_violations.front());
    QVERIFY(!expected.empty());
    QCOMPARE(scene->selectedRefs(), expected);
    // Centred on them: the culprits are in view.
    const QRectF visible = window.planView()->mapToScene(window.planView()->viewport()->rect()).boundingRect();
    QVERIFY(visible.intersects(scene->sceneBoundsOf(m_violations.front().culprits)));
}

void TestPlanLayout::clearanceRulesAreOneUndoableEdit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.hectare"));
    QVERIFY(Document::create(path, m_model).ok());
    MainWindow window;
    QVERIFY(window.openDocument(path));
    QVERIFY(window.clearanceRulesAction()->isEnabled());
    const int before = window.clearancePanel()->count();
    const ClearanceRules original = window.session()->model().site.clearance;

    // The row stands 1.0 m from two walls: asking for 1.5 m makes them problems.
    ClearanceRules stricter = original;
    stricter.wallMinM = 1.5;
    QVERIFY(window.applyClearanceRules(stricter));
    QCOMPARE(window.session()->model().site.clearance, stricter);
    QCOMPARE(window.session()->undoStack()->count(), 1);
    const int after = window.clearancePanel()->count();
    QVERIFY2(after > before, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
    QCOMPARE(int(window.planView()->hallScene()->clearanceItems().size()), after);
    QCOMPARE(window.clearanceDock()->windowTitle(), QStringLiteral("Clearances (%1)").arg(after));

    window.undoAction()->trigger();
    QCOMPARE(window.session()->model().site.clearance, original);
    QCOMPARE(window.clearancePanel()->count(), before);
    QCOMPARE(int(window.planView()->hallScene()->clearanceItems().size()), before);
    window.redoAction()->trigger();
    QCOMPARE(window.clearancePanel()->count(), after);

    // In the file, not only in memory.
    window.undoAction()->trigger();
    QVERIFY(window.applyClearanceRules(stricter));
    Result<std::unique_ptr<Document>> reopened = Document::open(path);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->model().site.clearance.wallMinM, 1.5);
}

void TestPlanLayout::rulesDialogReadsAndWritesMetres()
{
    ClearanceRules rules;
    rules.coldAisleMinM = 1.5;
    ClearanceRulesDialog dialog(rules);
    QCOMPARE(dialog.coldAisleSpin()->value(), 1.5);
    QCOMPARE(dialog.hotAisleSpin()->value(), rules.hotAisleMinM);
    QCOMPARE(dialog.coldAisleSpin()->minimum(), 0.1);
    QCOMPARE(dialog.coldAisleSpin()->maximum(), 5.0);
    dialog.wallSpin()->setValue(0.75);
    dialog.serviceSpin()->setValue(9);   // clamped to 5 m
    const ClearanceRules chosen = dialog.rules();
    QCOMPARE(chosen.coldAisleMinM, 1.5);
    QCOMPARE(chosen.wallMinM, 0.75);
    QCOMPARE(chosen.serviceMinM, 5.0);
    QVERIFY(dialog.wallSpin()->text().endsWith(QLatin1String(" m")));
}

void TestPlanLayout::aLayoutEditRecomputesTheClearances()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edit.hectare"));
    QVERIFY(Document::create(path, m_model).ok());
    MainWindow window;
    QVERIFY(window.openDocument(path));
    const int before = window.clearancePanel()->count();
    HallPlanView *view = window.planView();
    view->zoomIn();   // the user zoomed in: the rebuild must keep it
    const double zoom = view->pixelsPerMm();

    // Move the PDU 1 m away from the row: its service room is free, the problem goes.
    LayoutChange change;
    Obstacle pdu = *window.session()->model().obstacle(kPduId);
    pdu.centre.y += 1.0;
    change.obstacles = {pdu};
    QVERIFY(window.session()->execute(new LayoutCommand(window.session(), kHall, change, QStringLiteral("Move"))).ok());
    QCOMPARE(window.clearancePanel()->count(), before - 1);
    QCOMPARE(int(view->hallScene()->clearanceItems().size()), before - 1);
    QCOMPARE(view->hallScene()->obstacleItem(kPduId)->obstacle().centre.y, 4.0);
    QCOMPARE(view->pixelsPerMm(), zoom);
    window.undoAction()->trigger();
    QCOMPARE(window.clearancePanel()->count(), before);
    QCOMPARE(view->hallScene()->obstacleItem(kPduId)->obstacle().centre.y, 3.0);
}

void TestPlanLayout::readOnlyDocumentsCannotChangeTheRules()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("held.hectare"));
    Result<std::unique_ptr<Document>> holder = Document::create(path, m_model);
    QVERIFY(holder.ok());
    MainWindow window;
    QVERIFY(window.openDocument(path));
    QVERIFY(window.session()->isReadOnly());
    QVERIFY(!window.clearanceRulesAction()->isEnabled());
}

void TestPlanLayout::snapshots()
{
    const QString folder = qEnvironmentVariable("HECTARE_PLAN_SNAPSHOTS");
    if (folder.isEmpty())
        QSKIP("HECTARE_PLAN_SNAPSHOTS is not set");
    QDir().mkpath(folder);
    Result<SiteModel> sample = sampleSiteModel();
    QVERIFY(sample.ok());
    const SiteModel &model = sample.value();
    HallPlanView view;
    view.resize(1200, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto save = [&](const QString &name) { QVERIFY(view.grab().save(QDir(folder).filePath(name))); };
    for (const QString &hall : {QStringLiteral("Colocation"), QStringLiteral("Government")}) {
        view.setModel(&model, model.hallByName(hall)->id, kAsOf);
        view.fitToHall();
        save(hall.toLower() + QStringLiteral("-fit.png"));
        for (int i = 0; i < 5; ++i)
            view.zoomIn();
        view.centerOn(view.hallScene()->hallRectMm().center() - QPointF(view.hallScene()->hallRectMm().width() / 4, 0));
        save(hall.toLower() + QStringLiteral("-zoom.png"));
    }
    view.setModel(&m_model, kHall, kAsOf);
    view.fitToHall();
    save(QStringLiteral("layout-site.png"));

    // The window with the Clearances dock up and its first problem picked.
    MainWindow window;
    window.openSample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.clearancePanel()->setAllHalls(true);
    window.clearanceDock()->raise();
    QTableView *table = window.clearancePanel()->table();
    QVERIFY(table->model()->rowCount() > 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 2)).center());
    QVERIFY(window.grab().save(QDir(folder).filePath(QStringLiteral("window-clearances.png"))));

    ClearanceRulesDialog dialog(model.site.clearance);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(QDir(folder).filePath(QStringLiteral("clearance-rules.png"))));
}

QTEST_MAIN(TestPlanLayout)
#include "tst_plan_layout.moc"
