// The topology view (ui/reliability): the one-line diagram laid out from the sample's compiled
// site (every group in a box, no box over another, side A above side B, cooling beneath, columns
// in the order power flows), each unit painted in its Tier III colour — checked on the pixels —
// on the sample (all green), with one single-corded rack (side A's chain yellow), and broken
// (side B's PDUs removed: side A's chain is red; the UPS cut to two modules: short with every
// unit in); clicks, highlight, zoom and tooltips, and the analysis following an edit. With HECTARE_RELIABILITY_SNAPSHOTS set, PNGs of the view.
#include "reliability_session.h"

#include "reliability/check_status_colours.h"
#include "reliability/reliability_analysis.h"
#include "reliability/topology_layout.h"
#include "reliability/topology_text.h"
#include "reliability/topology_view.h"

#include "reliability/topology_compile.h"
#include "store/sqlite_connection.h"

#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <tuple>

using namespace hectare;
using namespace hectare::ui;
using namespace hectare::testing;
namespace kinds = hectare::reliability::kinds;

namespace {

// The view over an analysis of `session`, at a realistic size.
struct Fixture
{
    std::unique_ptr<DocumentSession> session;
    std::unique_ptr<ReliabilityAnalysis> analysis;
    std::unique_ptr<TopologyView> view;

    explicit Fixture(std::unique_ptr<DocumentSession> s, QSize size = {1400, 800})
        : session(std::move(s)), analysis(std::make_unique<ReliabilityAnalysis>()), view(std::make_unique<TopologyView>())
    {
        analysis->setSession(session.get());
        view->setAnalysis(analysis.get());
        view->resize(size);
    }

    const TopologyLayout &layout() const { return view->topologyLayout(); }
    int unit(const char *kind, Id id, int member) const { return analysis->site().findUnit(QLatin1String(kind), id, member); }
    // The colour painted at the centre of a unit's square.
    QColor paintedColour(const QImage &image, int unit) const
    {
        const QPointF at = view->toWidget(layout().slotRect(unit).center());
        return image.pixelColor(at.toPoint());
    }
};

int boxTitled(const TopologyLayout &layout, const QString &title)
{
    for (std::size_t b = 0; b < layout.boxes.size(); ++b)
        if (layout.boxes[b].title == title)
            return int(b);
    return -1;
}

bool orthogonal(const QPolygonF &points)
{
    for (qsizetype i = 0; i + 1 < points.size(); ++i)
        if (points[i].x() != points[i + 1].x() && points[i].y() != points[i + 1].y())
            return false;
    return true;
}

// No box over another, squares and load rows inside their box, every box in its lane's band.
void checkNoOverlap(const TopologyLayout &layout)
{
    for (std::size_t a = 0; a < layout.boxes.size(); ++a) {
        QVERIFY(layout.bounds.contains(layout.boxes[a].rect));
        for (std::size_t b = a + 1; b < layout.boxes.size(); ++b)
            QVERIFY2(!layout.boxes[a].rect.intersects(layout.boxes[b].rect),
                     qPrintable(layout.boxes[a].title + QStringLiteral(" / ") + layout.boxes[b].title));
        for (const TopologySlot &slot : layout.boxes[a].slots)
            QVERIFY(layout.boxes[a].rect.contains(slot.rect));
        for (const TopologyLoadRow &row : layout.boxes[a].loadRows)
            QVERIFY(layout.boxes[a].rect.contains(row.rect));
        const auto lane = std::ranges::find(layout.lanes, layout.boxes[a].lane, &TopologyLaneBand::lane);
        QVERIFY(lane != layout.lanes.end());
        QVERIFY(lane->rect.contains(layout.boxes[a].rect));
    }
}

void saveSnapshot(const TopologyView &view, const QString &name)
{
    const QString folder = snapshotFolder();
    QVERIFY(!folder.isEmpty());
    QVERIFY(const_cast<TopologyView &>(view).grab().save(folder + QLatin1Char('/') + name));
}

} // namespace

class TestTopologyView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyGroupAndUnitOfTheSampleIsDrawnOnce()
    {
        Fixture f(reliabilitySession());
        QVERIFY2(f.analysis->isValid(), qPrintable(f.analysis->errorText()));
        const reliability::Network &n = f.analysis->site().network;
        const TopologyLayout &layout = f.layout();
        for (std::size_t g = 0; g < n.groups.size(); ++g)
            QVERIFY2(layout.boxOfGroup(int(g)) >= 0, qPrintable(n.groups[g].name));
        int slots = 0;
        for (const TopologyBox &box : layout.boxes)
            slots += int(box.slots.size());
        QCOMPARE(slots, int(n.units.size()));
        for (std::size_t u = 0; u < n.units.size(); ++u)
            QVERIFY(!layout.slotRect(int(u)).isEmpty());

        // A box per group with its unit count: the 2N UPS of 8 × 250 kW is two halves of 4.
        const int upsA = boxTitled(layout, QStringLiteral("UPS A/B (A)"));
        const int upsB = boxTitled(layout, QStringLiteral("UPS A/B (B)"));
        QVERIFY(upsA >= 0 && upsB >= 0);
        QVERIFY(layout.boxes[std::size_t(upsA)].detail.startsWith(QStringLiteral("4 × 250 kW")));
        QCOMPARE(layout.boxes[std::size_t(upsA)].slots.size(), std::size_t(4));
        // A hall's PDUs on one side share a box, one square each: Colocation has four per side.
        const int colocationA = boxTitled(layout, QStringLiteral("Colocation PDUs (A)"));
        QVERIFY(colocationA >= 0);
        QCOMPARE(layout.boxes[std::size_t(colocationA)].slots.size(), std::size_t(4));
        // Each hall twice: its loads (with racks and kW) and the end of its cooling chain.
        for (Id hallId : {Id(1), Id(2)}) {
            const int load = layout.boxOfHall(TopologyBox::Role::HallLoad, hallId);
            const int cooling = layout.boxOfHall(TopologyBox::Role::HallCooling, hallId);
            QVERIFY(load >= 0 && cooling >= 0);
            QVERIFY(layout.boxes[std::size_t(load)].detail.contains(QStringLiteral("kW")));
            QCOMPARE(layout.boxes[std::size_t(load)].loadRows.size(), f.analysis->site().loadsOfHall(hallId).size());
        }
    }

    void boxesDoNotOverlapAndLanesRunAOverBOverCooling()
    {
        Fixture f(reliabilitySession());
        const TopologyLayout &layout = f.layout();
        QVERIFY(layout.boxes.size() > 10);
        checkNoOverlap(layout);
        if (QTest::currentTestFailed())
            return;
        const auto edgeOf = [&](TopologyLane lane, bool top) {
            double y = top ? 1e9 : -1e9;
            for (const TopologyBox &box : layout.boxes)
                if (box.lane == lane)
                    y = top ? std::min(y, box.rect.top()) : std::max(y, box.rect.bottom());
            return y;
        };
        QVERIFY(edgeOf(TopologyLane::SideA, false) < edgeOf(TopologyLane::Shared, true));
        QVERIFY(edgeOf(TopologyLane::Shared, false) < edgeOf(TopologyLane::SideB, true));
        QVERIFY(edgeOf(TopologyLane::SideB, false) < edgeOf(TopologyLane::Cooling, true));

        // Columns in the order power flows: utility → transformer → ATS → switchboard → UPS → PDUs → hall.
        QStringList chain{QStringLiteral("Utility"), QStringLiteral("Transformers TR1/TR2 (A)"), QStringLiteral("ATS-A"),
                          QStringLiteral("Main switchboard MSB-A"), QStringLiteral("UPS A/B (A)"),
                          QStringLiteral("Colocation PDUs (A)"), QStringLiteral("Colocation")};
        for (qsizetype i = 0; i + 1 < chain.size(); ++i) {
            const int a = boxTitled(layout, chain[i]);
            const int b = boxTitled(layout, chain[i + 1]);
            QVERIFY2(a >= 0 && b >= 0, qPrintable(chain[i] + QStringLiteral(" → ") + chain[i + 1]));
            QVERIFY(layout.boxes[std::size_t(a)].rect.right() < layout.boxes[std::size_t(b)].rect.left());
        }
        // Cooling: chillers → pumps → CRAH → the hall.
        const int chillers = boxTitled(layout, QStringLiteral("Air-cooled chillers CH1–CH3"));
        const int pumps = boxTitled(layout, QStringLiteral("Chilled-water pumps P1–P3"));
        const int crah = boxTitled(layout, QStringLiteral("CRAH Colocation"));
        QVERIFY(chillers >= 0 && pumps >= 0 && crah >= 0);
        QCOMPARE(layout.boxes[std::size_t(chillers)].lane, TopologyLane::Cooling);
        QVERIFY(layout.boxes[std::size_t(chillers)].rect.right() < layout.boxes[std::size_t(pumps)].rect.left());
        QVERIFY(layout.boxes[std::size_t(pumps)].rect.right() < layout.boxes[std::size_t(crah)].rect.left());

        // Edges are orthogonal, from the right of a box to the left of the next.
        QVERIFY(!layout.edges.empty());
        for (const TopologyEdge &edge : layout.edges) {
            QVERIFY(orthogonal(edge.points));
            QCOMPARE(edge.points.first().x(), layout.boxes[std::size_t(edge.from)].rect.right());
            QCOMPARE(edge.points.last().x(), layout.boxes[std::size_t(edge.to)].rect.left());
        }
        QVERIFY(std::ranges::any_of(layout.edges, [&](const TopologyEdge &e) { return e.from == pumps && e.to == crah && e.cooling; }));

        // The same site, the same layout.
        const TopologyLayout again = layoutTopology(f.analysis->site(), f.session->model());
        QCOMPARE(again.boxes.size(), layout.boxes.size());
        for (std::size_t b = 0; b < layout.boxes.size(); ++b)
            QCOMPARE(again.boxes[b].rect, layout.boxes[b].rect);
    }

    void theSampleIsPaintedGreen()
    {
        Fixture f(reliabilitySession());
        const QImage image = f.view->snapshot(f.view->size());
        const reliability::Network &n = f.analysis->site().network;
        QVERIFY(n.units.size() > 20);
        for (std::size_t u = 0; u < n.units.size(); ++u) {
            QVERIFY2(f.analysis->unitStatus(int(u)) == CheckStatus::Ok, qPrintable(n.units[u].name));
            QCOMPARE(f.paintedColour(image, int(u)), checkStatusColours::fill(CheckStatus::Ok));
        }
        QCOMPARE(f.analysis->statusOf(QLatin1String(kinds::kUpsModule), 1, 0), CheckStatus::Ok);
        QVERIFY(f.view->headerText().startsWith(QStringLiteral("Passes Tier III at contracted load")));
    }

    void aSingleCordedRackPaintsSideAsChainYellow()
    {
        Fixture f(reliabilitySession(makeOneRackSingleCorded));
        const QImage image = f.view->snapshot(f.view->size());
        // Side A's one-of-a-kind units drop it, but a transfer switch to the intact side B would
        // carry it (docs/tier3-checks.md): yellow, not red; side B's equivalents stay green.
        for (const auto &[kind, id] : {std::pair{kinds::kAts, Id(1)}, std::pair{kinds::kSwitchgear, Id(3)}, std::pair{kinds::kPdu, Id(9)}}) {
            const int unit = f.unit(kind, id, 1);
            QCOMPARE(f.analysis->unitStatus(unit), CheckStatus::SingleCordedOnly);
            QCOMPARE(f.paintedColour(image, unit), checkStatusColours::fill(CheckStatus::SingleCordedOnly));
        }
        for (const auto &[kind, id] : {std::pair{kinds::kAts, Id(2)}, std::pair{kinds::kPdu, Id(10)}, std::pair{kinds::kPdu, Id(1)}}) {
            const int unit = f.unit(kind, id, 1);
            QCOMPARE(f.analysis->unitStatus(unit), CheckStatus::Ok);
            QCOMPARE(f.paintedColour(image, unit), checkStatusColours::fill(CheckStatus::Ok));
        }
        QCOMPARE(f.analysis->statusOf(QLatin1String(componentKinds::kSide), kNoId, 1), CheckStatus::SingleCordedOnly);
        QCOMPARE(f.analysis->statusOf(QLatin1String(componentKinds::kPath), 9, 0), CheckStatus::SingleCordedOnly);
        QVERIFY(f.view->headerText().startsWith(QStringLiteral("Passes Tier III at contracted load")));
    }

    void withoutSideBSideAsChainIsPaintedRed()
    {
        Fixture f(reliabilitySession(removeSideBPdus));
        QVERIFY2(f.analysis->isValid(), qPrintable(f.analysis->errorText()));
        const QImage image = f.view->snapshot(f.view->size());
        const QColor red = checkStatusColours::fill(CheckStatus::Violation);
        const QColor green = checkStatusColours::fill(CheckStatus::Ok);
        // Every rack is on side A only, with no side B to transfer to: A's one-of-a-kind units drop it.
        for (const auto &[kind, id] : {std::pair{kinds::kAts, Id(1)}, std::pair{kinds::kSwitchgear, Id(3)},
                                       std::pair{kinds::kPdu, Id(1)}, std::pair{kinds::kPdu, Id(9)}}) {
            const int unit = f.unit(kind, id, 1);
            QVERIFY2(unit >= 0, kind);
            QCOMPARE(f.analysis->unitStatus(unit), CheckStatus::Violation);
            QCOMPARE(f.paintedColour(image, unit), red);
        }
        // The UPS half is N+1 at its load and the cooling plant is untouched: green.
        for (const auto &[kind, id, member] : {std::tuple{kinds::kUpsModule, Id(1), 1}, std::tuple{kinds::kChiller, Id(1), 2},
                                               std::tuple{kinds::kCrah, Id(1), 3}}) {
            const int unit = f.unit(kind, id, member);
            QVERIFY2(unit >= 0, kind);
            QCOMPARE(f.paintedColour(image, unit), green);
        }
        QVERIFY(f.layout().boxOfHall(TopologyBox::Role::HallLoad, 1) >= 0);
        QCOMPARE(boxTitled(f.layout(), QStringLiteral("Colocation PDUs (B)")), -1);
        // Side B's chain feeds nothing now, but it is still drawn, on side B, beside side A's.
        const reliability::Network &n = f.analysis->site().network;
        for (std::size_t g = 0; g < n.groups.size(); ++g)
            QVERIFY2(f.layout().boxOfGroup(int(g)) >= 0, qPrintable(n.groups[g].name));
        for (const char *name : {"ATS-B", "UPS A/B (B)", "Transformers TR1/TR2 (B)"}) {
            const int b = boxTitled(f.layout(), QString::fromUtf8(name));
            QVERIFY2(b >= 0, name);
            QCOMPARE(f.layout().boxes[std::size_t(b)].lane, TopologyLane::SideB);
        }
        QCOMPARE(f.layout().boxes[std::size_t(boxTitled(f.layout(), QStringLiteral("ATS-B")))].column,
                 f.layout().boxes[std::size_t(boxTitled(f.layout(), QStringLiteral("ATS-A")))].column);
        checkNoOverlap(f.layout());
        QVERIFY(f.view->headerText().startsWith(QStringLiteral("Fails Tier III at contracted load")));
    }

    void aUpsCutToTwoModulesIsShortWithEveryUnitIn()
    {
        Fixture f(reliabilitySession(cutUpsToTwoModules));
        QVERIFY2(f.analysis->isValid(), qPrintable(f.analysis->errorText()));
        // Each 2N half is now one 250 kW module for all the IT load of its side.
        const std::vector<int> halves = f.analysis->groupsOf(QLatin1String(kinds::kUpsModule), 1);
        QCOMPARE(halves.size(), std::size_t(2));
        const reliability::Network &n = f.analysis->site().network;
        for (int g : halves) {
            QVERIFY2(n.groups[std::size_t(g)].loadKw > 250, "the sample's contracted load no longer exceeds one module");
            QCOMPARE(f.analysis->groupStatus(g), CheckStatus::Overloaded);
        }
        // The box's frame is drawn in the group's colour.
        const QImage image = f.view->snapshot(f.view->size());
        const QRectF box = f.layout().boxes[std::size_t(f.layout().boxOfGroup(halves.front()))].rect;
        const QPointF stripe = f.view->toWidget(QPointF(box.left() + 2, box.center().y()));
        QCOMPARE(image.pixelColor(stripe.toPoint()), checkStatusColours::fill(CheckStatus::Overloaded));
    }

    void clickingAUnitSelectsAndOutlinesIt()
    {
        Fixture f(reliabilitySession());
        f.view->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.view.get()));
        QSignalSpy selected(f.view.get(), &TopologyView::componentSelected);
        const int unit = f.unit(kinds::kUpsModule, 1, 6);   // the B half's second module
        QVERIFY(unit >= 0);
        QTest::mouseClick(f.view.get(), Qt::LeftButton, {}, f.view->toWidget(f.layout().slotRect(unit).center()).toPoint());
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toString(), QLatin1String(kinds::kUpsModule));
        QCOMPARE(selected.at(0).at(1).value<Id>(), Id(1));
        QCOMPARE(selected.at(0).at(2).toInt(), 6);
        QCOMPARE(f.view->selection().units, std::vector<int>{unit});
        QCOMPARE(f.view->selection().boxes.size(), std::size_t(1));

        // A group's box (outside its squares) selects the whole component.
        const int chillers = boxTitled(f.layout(), QStringLiteral("Air-cooled chillers CH1–CH3"));
        const QRectF box = f.layout().boxes[std::size_t(chillers)].rect;
        QTest::mouseClick(f.view.get(), Qt::LeftButton, {}, f.view->toWidget(QPointF(box.center().x(), box.top() + 10)).toPoint());
        QCOMPARE(selected.count(), 2);
        QCOMPARE(selected.at(1).at(0).toString(), QLatin1String(kinds::kChiller));
        QCOMPARE(selected.at(1).at(2).toInt(), 0);
        QVERIFY(f.view->selection().units.empty());
        QCOMPARE(f.view->selection().boxes, std::vector<int>{chillers});

        // Empty space clears the highlight and selects nothing.
        QTest::mouseClick(f.view.get(), Qt::LeftButton, {}, f.view->toWidget(f.layout().bounds.topLeft() + QPointF(2, 2)).toPoint());
        QCOMPARE(selected.count(), 2);
        QVERIFY(f.view->selection().isEmpty());
    }

    void highlightOutlinesAComponentAndTheLoadsItDrops()
    {
        Fixture f(reliabilitySession(removeSideBPdus));
        // RPP-C-A1 (PDU 1) now carries single-corded loads alone: its maintenance drops them.
        f.view->highlight(QLatin1String(kinds::kPdu), 1, 1);
        const int unit = f.unit(kinds::kPdu, 1, 1);
        QCOMPARE(f.view->selection().units, std::vector<int>{unit});
        std::vector<int> expected;
        const reliability::CompiledSite &site = f.analysis->site();
        for (std::size_t l = 0; l < site.loads.size(); ++l)
            if (site.loads[l].pduA == 1)
                expected.push_back(int(l));
        QVERIFY(!expected.empty());
        QCOMPARE(f.view->selection().loads, expected);

        // A path by its PDU; side A as member 1; a hall; something unknown clears it.
        f.view->highlight(QLatin1String(componentKinds::kPath), 1, 0);
        QCOMPARE(f.view->selection().units, std::vector<int>{unit});
        QCOMPARE(f.view->selection().loads, expected);
        f.view->highlight(QLatin1String(componentKinds::kSide), kNoId, 1);
        QCOMPARE(f.view->selection().lanes, std::vector<TopologyLane>{TopologyLane::SideA});
        QCOMPARE(f.view->selection().loads.size(), site.loads.size());
        f.view->highlight(QLatin1String(componentKinds::kHall), 2, 0);
        QCOMPARE(f.view->selection().boxes.size(), std::size_t(2));
        f.view->highlight(QStringLiteral("no-such-kind"), 1, 1);
        QVERIFY(f.view->selection().isEmpty());
    }

    void theWheelZoomsAboutTheCursorAndZeroFits()
    {
        Fixture f(reliabilitySession());
        f.view->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.view.get()));
        const QPointF cursor(500, 300);
        const QPointF under = f.view->toLayout(cursor);
        QWheelEvent wheel(cursor, f.view->mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(f.view.get(), &wheel);
        QVERIFY(f.view->zoom() > 1.3);
        const QPointF after = f.view->toWidget(under);
        QVERIFY(std::abs(after.x() - cursor.x()) < 0.5 && std::abs(after.y() - cursor.y()) < 0.5);
        QTest::keyClick(f.view.get(), Qt::Key_0);
        QCOMPARE(f.view->zoom(), 1.0);
        // Fitted, the whole diagram is inside the widget.
        const QRectF shown(f.view->toWidget(f.layout().bounds.topLeft()), f.view->toWidget(f.layout().bounds.bottomRight()));
        QVERIFY(QRectF(f.view->rect()).contains(shown));
    }

    void tooltipsNameTheUnitWithItsFigures()
    {
        Fixture f(reliabilitySession());
        const int unit = f.unit(kinds::kUpsModule, 1, 2);
        const QString tip = topologyUnitToolTip(f.analysis->site().network, unit, f.analysis->unitStatus(unit));
        QVERIFY(tip.contains(QStringLiteral("UPS A/B unit 2")));
        QVERIFY(tip.contains(QStringLiteral("250 kW")));
        QVERIFY(tip.contains(QStringLiteral("MTBF")) && tip.contains(QStringLiteral("MTTR")));
        QVERIFY(tip.contains(QStringLiteral("Passes")));
    }

    void theViewFollowsAnEditOfThePlant()
    {
        Fixture f(reliabilitySession());
        QSignalSpy changed(f.analysis.get(), &ReliabilityAnalysis::changed);
        const int before = f.unit(kinds::kUpsModule, 1, 8);
        QVERIFY(before >= 0);
        const Status edit = f.session->apply([](SqliteConnection &db) { return db.exec(QStringLiteral("UPDATE ups_group SET module_count = 2")); },
                                             DocumentSession::Touched::Site);
        QVERIFY2(edit, edit ? "" : qPrintable(edit.error().text()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(f.unit(kinds::kUpsModule, 1, 8), -1);
        const int ups = boxTitled(f.layout(), QStringLiteral("UPS A/B (A)"));
        QCOMPARE(f.layout().boxes[std::size_t(ups)].slots.size(), std::size_t(1));
        QCOMPARE(f.analysis->statusOf(QLatin1String(kinds::kUpsModule), 1, 0), CheckStatus::Overloaded);
    }

    void aSiteThatDoesNotCompileShowsWhy()
    {
        Fixture f(reliabilitySession([](SiteModel &model) {
            GeneratorGroup second = model.generators.front();
            second.id = 2;
            second.name = QStringLiteral("Generators G3/G4");
            model.generators.push_back(second);
        }));
        QVERIFY(!f.analysis->isValid());
        QVERIFY(f.analysis->errorText().contains(QStringLiteral("generator")));
        QVERIFY(f.layout().boxes.empty());
        QVERIFY(f.view->headerText().contains(f.analysis->errorText()));
        QCOMPARE(f.analysis->statusOf(QLatin1String(kinds::kAts), 1, 1), CheckStatus::NoCheck);
    }

    void snapshots()
    {
        if (snapshotFolder().isEmpty())
            QSKIP("set HECTARE_RELIABILITY_SNAPSHOTS to a folder to save the topology view's PNGs");
        {
            Fixture f(reliabilitySession());
            f.view->show();
            QVERIFY(QTest::qWaitForWindowExposed(f.view.get()));
            f.view->highlight(QLatin1String(kinds::kUpsModule), 1, 2);
            saveSnapshot(*f.view, QStringLiteral("topology_sample.png"));
            f.view->resize(700, 420);
            saveSnapshot(*f.view, QStringLiteral("topology_sample_small.png"));
        }
        {
            Fixture f(reliabilitySession(removeSideBPdus));
            f.view->show();
            QVERIFY(QTest::qWaitForWindowExposed(f.view.get()));
            f.view->highlight(QLatin1String(kinds::kPdu), 1, 1);
            saveSnapshot(*f.view, QStringLiteral("topology_without_side_b.png"));
        }
        {
            Fixture f(reliabilitySession(cutUpsToTwoModules));
            f.view->show();
            QVERIFY(QTest::qWaitForWindowExposed(f.view.get()));
            saveSnapshot(*f.view, QStringLiteral("topology_ups_two_modules.png"));
            QVERIFY(f.view->snapshot(QSize(2800, 1600)).save(snapshotFolder() + QStringLiteral("/topology_ups_two_modules_2x.png")));
        }
    }
};

QTEST_MAIN(TestTopologyView)
#include "tst_topology_view.moc"
