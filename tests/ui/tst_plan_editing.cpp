// The plan editor driven as a user would, offscreen, in the main window over the sample site:
// drags, nudges, rotation, copy and paste, the placing and drawing tools, the outline handles,
// the rubber band, Delete, dialogs filled by a test hook, and a read-only file.
// Set HECTARE_PLAN_EDIT_SNAPSHOTS to a folder to also save PNGs of edits in progress.
#include "commands/layout_command.h"
#include "plan/edit/cage_dialog.h"
#include "plan/edit/obstacle_dialog.h"
#include "plan/edit/outline_handle_item.h"
#include "plan/edit/plan_editor.h"
#include "plan/edit/row_dialog.h"
#include "plan/hall_plan_view.h"
#include "plan/hall_scene.h"
#include "plan/rack_item.h"
#include "rack/rack_properties_panel.h"
#include "session/document_session.h"
#include "window/app_settings.h"
#include "window/main_window.h"

#include "io/sample_site.h"
#include "model/geometry.h"
#include "store/document.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace hectare;
using namespace hectare::ui;

namespace {

constexpr double kTol = 1e-9;

bool near(double a, double b) { return std::abs(a - b) < kTol; }

} // namespace

class TestPlanEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void draggingARowMovesItByWholeTilesInOneStep();
    void aDragOntoAnotherRowIsRefusedAndSnapsBack();
    void arrowKeysNudgeByATileAndMergeIntoOneStep();
    void withoutSnappingANudgeIsATenthOfAMetre();
    void rotatingFourTimesGivesTheObstacleBack();
    void copyAndPasteARowMakesTheNextRowWithFreeRacks();
    void theObstacleToolPlacesAColumnOnTheGrid();
    void theRowToolAsksFirstThenPlacesARow();
    void drawingACageWithFourClicksAndEnter();
    void draggingACornerEnlargesTheHallAndEdgesTakeNewCorners();
    void theRubberBandSelectsExactlyTheRacksInside();
    void deleteRemovesFreePositionsAndKeepsOccupiedOnes();
    void doubleClickOpensTheObstacleProperties();
    void addPositionsExtendsTheSelectedRow();
    void aReadOnlyFileCannotBeEdited();
    void withNoHallThereIsNothingToEdit();
    void menuSnapshot();

private:
    DocumentSession *session() const { return m_window->session(); }
    const SiteModel &model() const { return m_window->session()->model(); }
    HallPlanView *view() const { return m_window->planView(); }
    QAction *action(const char *name) const;
    QPoint at(double xM, double yM) const { return view()->mapFromScene(QPointF(xM * 1000, yM * 1000)); }
    QPoint at(const QPointF &sceneMm) const { return view()->mapFromScene(sceneMm); }
    const Row &row(const QString &name) const;
    RackItem *rackItem(const QString &rowName, int index) const;
    void clickAt(const QPoint &pos, Qt::KeyboardModifiers modifiers = {});
    void drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = {});
    // The text of the error box shown since the last call (empty when none), which it closes.
    QString takeError();
    void snapshot(const QString &name);

    std::unique_ptr<MainWindow> m_window;
    PlanEditor *m_editor = nullptr;
    Id m_colocation = kNoId;
    Id m_government = kNoId;
};

void TestPlanEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);   // settings go to a throw-away file
    QCoreApplication::setOrganizationName(QStringLiteral("HectareTest"));
}

void TestPlanEditing::init()
{
    AppSettings::setSnapToGrid(true);
    m_window = std::make_unique<MainWindow>();
    m_window->openSample();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_editor = m_window->findChild<PlanEditor *>();
    QVERIFY(m_editor);
    QVERIFY(m_editor->snapToGrid());
    // Dialogs are accepted as they open, unless a test fills them.
    m_editor->setDialogRunner([](QDialog &) { return true; });
    m_colocation = model().hallByName(QStringLiteral("Colocation"))->id;
    m_government = model().hallByName(QStringLiteral("Government"))->id;
    QCOMPARE(m_window->currentHallId(), m_colocation);
    QVERIFY(m_editor->canEdit());
    view()->setFocus();
}

void TestPlanEditing::cleanup()
{
    m_window.reset();
    AppSettings::setSnapToGrid(true);
}

QAction *TestPlanEditing::action(const char *name) const
{
    auto *found = m_window->findChild<QAction *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no action %s", name);
    return found;
}

const Row &TestPlanEditing::row(const QString &name) const
{
    const auto &rows = model().rows;
    return *std::find_if(rows.begin(), rows.end(), [&](const Row &r) { return r.name == name; });
}

RackItem *TestPlanEditing::rackItem(const QString &rowName, int index) const
{
    std::vector<RackItem *> racks = view()->hallScene()->rackItemsOfRow(row(rowName).id);
    std::sort(racks.begin(), racks.end(), [](auto *a, auto *b) { return a->rack().offsetMm < b->rack().offsetMm; });
    return racks.at(std::size_t(index));
}

void TestPlanEditing::clickAt(const QPoint &pos, Qt::KeyboardModifiers modifiers)
{
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, modifiers, pos);
}

void TestPlanEditing::drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers)
{
    QTest::mousePress(view()->viewport(), Qt::LeftButton, modifiers, from);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(view()->viewport(), from + (to - from) * step / 4);
    QTest::mouseRelease(view()->viewport(), Qt::LeftButton, modifiers, to);
}

QString TestPlanEditing::takeError()
{
    QString text;
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>(QStringLiteral("errorDialog"))) {
        text += box->text();
        box->setObjectName(QString());   // seen: the next call does not return it again
        box->close();
    }
    return text;
}

void TestPlanEditing::snapshot(const QString &name)
{
    const QString folder = qEnvironmentVariable("HECTARE_PLAN_EDIT_SNAPSHOTS");
    if (!folder.isEmpty())
        QVERIFY(m_window->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void TestPlanEditing::draggingARowMovesItByWholeTilesInOneStep()
{
    // Row D runs from (4, 8.2) to the right, 1.2 m deep: dragging one of its racks 1.2 m to the
    // right (give or take a few pixels, which the snap absorbs) moves the whole row exactly 1.2 m.
    const SiteModel before = model();
    const Row rowD = row(QStringLiteral("D"));
    RackItem *rack = rackItem(QStringLiteral("D"), 5);
    const QPointF start = rack->sceneBoundingRect().center();
    const QPoint from = at(start);
    const QPoint to = at(start + QPointF(1200 + 40, 30));
    QTest::mousePress(view()->viewport(), Qt::LeftButton, {}, from);
    // Pressing a rack selects its whole row; the clicked rack is the one the Rack dock shows.
    QCOMPARE(view()->hallScene()->selectedItems().size(), 20);
    QCOMPARE(m_window->rackPanel()->rackId(), rack->rackId());
    QTest::mouseMove(view()->viewport(), from + (to - from) / 2);
    QTest::mouseMove(view()->viewport(), to);
    // While the mouse is down the racks move on screen only.
    QVERIFY(std::abs(rack->sceneBoundingRect().center().x() - (start.x() + 1200)) < 1e-6);
    QVERIFY(model() == before);
    snapshot(QStringLiteral("drag_in_progress"));
    QTest::mouseRelease(view()->viewport(), Qt::LeftButton, {}, to);

    QVERIFY2(near(row(QStringLiteral("D")).origin.x, rowD.origin.x + 1.2),
             qPrintable(QString::number(row(QStringLiteral("D")).origin.x, 'g', 17)));
    QVERIFY(near(row(QStringLiteral("D")).origin.y, rowD.origin.y));
    QCOMPARE(session()->undoStack()->count(), 1);
    QCOMPARE(m_window->undoAction()->text().remove(QLatin1Char('&')), QStringLiteral("Undo Move row D"));
    // The plan was rebuilt from the document and the row is still selected.
    RackItem *moved = rackItem(QStringLiteral("D"), 5);
    QVERIFY(std::abs(moved->sceneBoundingRect().center().x() - (start.x() + 1200)) < 1e-6);
    QVERIFY(moved->isSelected());
    QVERIFY(takeError().isEmpty());

    m_window->undoAction()->trigger();
    QVERIFY(model() == before);
}

void TestPlanEditing::aDragOntoAnotherRowIsRefusedAndSnapsBack()
{
    // Row B (y 3.4–4.6) dragged 1.8 m down lands on row C (y 5.8–7.0).
    const SiteModel before = model();
    RackItem *rack = rackItem(QStringLiteral("B"), 3);
    const QPointF start = rack->sceneBoundingRect().center();
    drag(at(start), at(start + QPointF(0, 1800)));
    QVERIFY(model() == before);
    QCOMPARE(session()->undoStack()->count(), 0);
    const QString error = takeError();
    QVERIFY2(error.contains(QStringLiteral("row \"B\"")) && error.contains(QStringLiteral("row \"C\"")),
             qPrintable(error));
    // Back where it was, still selected.
    RackItem *again = rackItem(QStringLiteral("B"), 3);
    QVERIFY(std::abs(again->sceneBoundingRect().center().y() - start.y()) < 1e-6);
    QVERIFY(again->isSelected());
}

void TestPlanEditing::arrowKeysNudgeByATileAndMergeIntoOneStep()
{
    const Row rowD = row(QStringLiteral("D"));
    clickAt(at(rackItem(QStringLiteral("D"), 2)->sceneBoundingRect().center()));
    QCOMPARE(m_editor->selectedObjects().size(), std::size_t(1));
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Right);
    QVERIFY(near(row(QStringLiteral("D")).origin.x, rowD.origin.x + 0.6));
    QTest::keyClick(view(), Qt::Key_Right);
    QVERIFY(near(row(QStringLiteral("D")).origin.x, rowD.origin.x + 1.2));
    QCOMPARE(session()->undoStack()->count(), 1);   // the two nudges are one step
    QTest::keyClick(view(), Qt::Key_Left, Qt::ShiftModifier);   // ten tiles: 6 m, out of the hall
    QVERIFY(near(row(QStringLiteral("D")).origin.x, rowD.origin.x + 1.2));
    QVERIFY(!takeError().isEmpty());
    m_window->undoAction()->trigger();
    QVERIFY(near(row(QStringLiteral("D")).origin.x, rowD.origin.x));
}

void TestPlanEditing::withoutSnappingANudgeIsATenthOfAMetre()
{
    QAction *snap = action("planSnapAction");
    QVERIFY(snap && snap->isChecked());
    snap->trigger();
    QVERIFY(!m_editor->snapToGrid());
    QVERIFY(!AppSettings::snapToGrid());   // remembered for the next run
    const Row rowD = row(QStringLiteral("D"));
    clickAt(at(rackItem(QStringLiteral("D"), 2)->sceneBoundingRect().center()));
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Left);
    QVERIFY2(near(row(QStringLiteral("D")).origin.x, rowD.origin.x - 0.1),
             qPrintable(QString::number(row(QStringLiteral("D")).origin.x, 'g', 17)));
}

void TestPlanEditing::rotatingFourTimesGivesTheObstacleBack()
{
    const auto &obstacles = model().obstacles;
    const Obstacle pdu = *std::find_if(obstacles.begin(), obstacles.end(),
                                       [](const Obstacle &o) { return o.name == QLatin1String("RPP-C-A1"); });
    clickAt(at(pdu.centre.x, pdu.centre.y));
    QCOMPARE(m_editor->selectedObjects(), (LayoutSelection{{LayoutObjectRef::Kind::Obstacle, pdu.id}}));
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_R);
    QCOMPARE(model().obstacle(pdu.id)->rotationDeg, std::fmod(pdu.rotationDeg + 90, 360));
    QVERIFY(near(model().obstacle(pdu.id)->centre.x, pdu.centre.x));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(view(), Qt::Key_R);
    QVERIFY(*model().obstacle(pdu.id) == pdu);
    QCOMPARE(session()->undoStack()->count(), 4);
    QTest::keyClick(view(), Qt::Key_R, Qt::ShiftModifier);   // and back the other way
    QCOMPARE(model().obstacle(pdu.id)->rotationDeg, std::fmod(pdu.rotationDeg + 270, 360));
}

void TestPlanEditing::copyAndPasteARowMakesTheNextRowWithFreeRacks()
{
    // The hall is extended 4 m southwards first, to make room below row H.
    Hall grown = *model().hall(m_colocation);
    grown.outline = {{0, 0}, {20, 0}, {20, 24}, {0, 24}};
    LayoutChange change;
    change.halls.push_back(grown);
    QVERIFY(session()->execute(new LayoutCommand(session(), m_colocation, change, QStringLiteral("Grow"))).ok());

    const Row rowH = row(QStringLiteral("H"));
    clickAt(at(rackItem(QStringLiteral("H"), 15)->sceneBoundingRect().center()));
    view()->setFocus();
    QTest::keySequence(view(), QKeySequence::Copy);
    QVERIFY(action("planPaste")->isEnabled());
    QTest::keySequence(view(), QKeySequence::Paste);
    QVERIFY2(takeError().isEmpty(), "the paste was refused");

    const auto &rows = model().rows;
    const auto rowI = std::find_if(rows.begin(), rows.end(), [](const Row &r) { return r.name == QLatin1String("I"); });
    QVERIFY(rowI != rows.end());
    QCOMPARE(rowI->hallId, m_colocation);
    // One row pitch below: its depth (1.2 m) and a cold aisle (1.2 m).
    QVERIFY(near(rowI->origin.x, rowH.origin.x));
    QVERIFY(near(rowI->origin.y, rowH.origin.y + 2.4));
    QCOMPARE(rowI->orientationDeg, rowH.orientationDeg);
    int racks = 0;
    for (const Rack &rack : model().racks)
        if (rack.rowId == rowI->id) {
            ++racks;
            QCOMPARE(rack.state, RackState::Free);
            QCOMPARE(rack.tenantId, kNoId);
            QVERIFY(rack.name.startsWith(QLatin1Char('I')));
        }
    QCOMPARE(racks, 20);
    // The copy is selected, the original is not.
    QCOMPARE(m_editor->selectedObjects(), (LayoutSelection{{LayoutObjectRef::Kind::Row, rowI->id}}));
    snapshot(QStringLiteral("pasted_row"));

    QCOMPARE(session()->undoStack()->count(), 2);
    m_window->undoAction()->trigger();
    QVERIFY(std::none_of(model().rows.begin(), model().rows.end(), [](const Row &r) { return r.name == QLatin1String("I"); }));
}

void TestPlanEditing::theObstacleToolPlacesAColumnOnTheGrid()
{
    const std::size_t before = model().obstacles.size();
    QAction *column = action("planAddObstacle_column");
    QVERIFY(column && column->isEnabled());
    column->trigger();
    QCOMPARE(m_editor->tool(), PlanTool::AddObstacle);
    QCOMPARE(m_editor->obstacleKind(), ObstacleKind::Column);
    bool shown = false;
    m_editor->setDialogRunner([&shown](QDialog &dialog) {
        auto *obstacle = qobject_cast<ObstacleDialog *>(&dialog);
        shown = obstacle && obstacle->obstacle().kind == ObstacleKind::Column && obstacle->obstacle().widthM == 0.6;
        return true;
    });
    clickAt(at(2.0, 10.0));
    QVERIFY(shown);
    QCOMPARE(model().obstacles.size(), before + 1);
    const Obstacle &added = model().obstacles.back();
    QCOMPARE(added.kind, ObstacleKind::Column);
    QCOMPARE(added.hallId, m_colocation);
    QCOMPARE(added.widthM, 0.6);
    QCOMPARE(added.depthM, 0.6);
    // Its corner on the tile grid: (1.7, 9.7) → (1.8, 9.6), so the centre is at (2.1, 9.9).
    QVERIFY2(near(added.centre.x, 2.1) && near(added.centre.y, 9.9),
             qPrintable(QStringLiteral("%1, %2").arg(added.centre.x).arg(added.centre.y)));
    QCOMPARE(m_editor->selectedObjects(), (LayoutSelection{{LayoutObjectRef::Kind::Obstacle, added.id}}));
    QCOMPARE(m_editor->tool(), PlanTool::AddObstacle);   // ready for the next one
    action("planSelectTool")->trigger();
    QCOMPARE(m_editor->tool(), PlanTool::Select);
}

void TestPlanEditing::theRowToolAsksFirstThenPlacesARow()
{
    // A short row running down the free strip on the hall's west side, between the CRAHs.
    m_editor->setDialogRunner([](QDialog &dialog) {
        auto *rowDialog = qobject_cast<RowDialog *>(&dialog);
        if (!rowDialog)
            return false;
        NewRowSpec spec = rowDialog->spec();
        spec.positions = 4;
        spec.orientationDeg = 90;
        spec.designKw = 8;
        rowDialog->setSpec(spec);
        return true;
    });
    action("planAddRowTool")->trigger();
    QCOMPARE(m_editor->tool(), PlanTool::AddRow);
    clickAt(at(3.05, 8.35));
    QVERIFY2(takeError().isEmpty(), "the row was refused");
    const Row &added = row(QStringLiteral("I"));
    QVERIFY(near(added.origin.x, 3.0) && near(added.origin.y, 8.4));
    QCOMPARE(added.orientationDeg, 90.0);
    const auto racks = std::count_if(model().racks.begin(), model().racks.end(), [&](const Rack &r) {
        return r.rowId == added.id && r.designKw == 8 && r.state == RackState::Free;
    });
    QCOMPARE(racks, 4);

    // Cancelling the dialog leaves the tool.
    m_editor->setDialogRunner([](QDialog &) { return false; });
    action("planAddRowTool")->trigger();
    QCOMPARE(m_editor->tool(), PlanTool::Select);
    QVERIFY(action("planSelectTool")->isChecked());
}

void TestPlanEditing::drawingACageWithFourClicksAndEnter()
{
    const Id tenantId = model().tenants.front().id;
    m_editor->setDialogRunner([tenantId](QDialog &dialog) {
        auto *cage = qobject_cast<CageDialog *>(&dialog);
        if (!cage)
            return false;
        cage->setName(QStringLiteral("Test cage"));
        return cage->setTenant(tenantId);
    });
    action("planDrawCageTool")->trigger();
    QCOMPARE(m_editor->tool(), PlanTool::DrawCage);
    // 2.4 m × 3.0 m in the hall's south-west corner; a fifth click taken back with Backspace.
    const QPointF corners[] = {{1.2, 16.2}, {3.6, 16.2}, {3.6, 19.2}, {1.2, 19.2}};
    for (const QPointF &c : corners)
        clickAt(at(c.x(), c.y()));
    clickAt(at(2.4, 17.4));
    QCOMPARE(m_editor->cageDrawing().points().size(), std::size_t(5));
    QTest::keyClick(view(), Qt::Key_Backspace);
    QCOMPARE(m_editor->cageDrawing().points().size(), std::size_t(4));
    QTest::mouseMove(view()->viewport(), at(1.2, 19.2));
    // The polygon shows its area while it is drawn.
    QVERIFY(std::abs(m_editor->cageDrawing().areaM2() - 7.2) < 1e-9);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("7.2")),
             qPrintable(m_window->statusBar()->currentMessage()));
    snapshot(QStringLiteral("cage_drawing"));
    QCOMPARE(model().cages.size(), std::size_t(2));   // nothing written yet
    QTest::keyClick(view(), Qt::Key_Return);

    QVERIFY2(takeError().isEmpty(), "the cage was refused");
    QCOMPARE(model().cages.size(), std::size_t(3));
    const Cage &cage = model().cages.back();
    QCOMPARE(cage.name, QStringLiteral("Test cage"));
    QCOMPARE(cage.tenantId, tenantId);
    QCOMPARE(cage.hallId, m_colocation);
    QVERIFY(std::abs(polygonAreaM2(cage.outline) - 7.2) < 1e-9);
    QVERIFY(m_editor->cageDrawing().isEmpty());
    QCOMPARE(session()->undoStack()->count(), 1);
    QCOMPARE(m_editor->selectedObjects(), (LayoutSelection{{LayoutObjectRef::Kind::Cage, cage.id}}));
}

void TestPlanEditing::draggingACornerEnlargesTheHallAndEdgesTakeNewCorners()
{
    m_window->selectHall(m_government);
    QCOMPARE(view()->hallScene()->hallId(), m_government);
    action("planEditOutlineTool")->trigger();
    QCOMPARE(m_editor->outlineHandles().size(), std::size_t(4));
    const std::vector<PointM> before = model().hall(m_government)->outline;
    QCOMPARE(before[2], (PointM{34, 10}));
    const double areaBefore = polygonAreaM2(before);

    // The hall's tile grid starts at its first corner, (24, 0): its east wall at 34 m is off the
    // grid (10 m is not whole tiles), the corner lands on it at 24 + 19 × 0.6 = 35.4 m.
    drag(at(34, 10), at(35.35, 11.45));
    const std::vector<PointM> &after = model().hall(m_government)->outline;
    QVERIFY2(near(after[2].x, 35.4) && near(after[2].y, 11.4),
             qPrintable(QStringLiteral("%1, %2").arg(after[2].x).arg(after[2].y)));
    QVERIFY(polygonAreaM2(after) > areaBefore);
    QCOMPARE(m_editor->outlineHandles().size(), std::size_t(4));   // shown again on the rebuilt plan
    QCOMPARE(m_editor->currentOutlineVertex(), 2);
    snapshot(QStringLiteral("outline_edited"));

    // A double-click on the top edge adds a corner there (on the nearest tile line); Delete
    // takes it away again.
    const std::vector<PointM> dragged = after;
    clickAt(at(28.9, 0));
    QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, at(28.9, 0));
    QCOMPARE(model().hall(m_government)->outline.size(), std::size_t(5));
    QVERIFY(near(model().hall(m_government)->outline[1].x, 28.8));   // on the tile line
    QCOMPARE(model().hall(m_government)->outline[1].y, 0.0);
    QCOMPARE(m_editor->currentOutlineVertex(), 1);
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Delete);
    QVERIFY(model().hall(m_government)->outline == dragged);
    QCOMPARE(session()->undoStack()->count(), 3);
    QVERIFY(takeError().isEmpty());

    // Undo all: the hall is as it was.
    while (session()->undoStack()->canUndo())
        session()->undoStack()->undo();
    QVERIFY(model().hall(m_government)->outline == before);
}

void TestPlanEditing::theRubberBandSelectsExactlyTheRacksInside()
{
    for (int i = 0; i < 3; ++i)
        view()->zoomIn();
    view()->centerOn(QPointF(5000, 4000));
    // From the floor left of row B to the hot aisle behind it: around B01–B03 (x 4–5.8 m).
    drag(at(3.7, 3.3), at(5.9, 4.7));
    std::vector<Id> expected;
    for (int i = 0; i < 3; ++i)
        expected.push_back(rackItem(QStringLiteral("B"), i)->rackId());
    std::vector<Id> selected;
    for (const LayoutObjectRef &ref : view()->selectedRefs()) {
        QCOMPARE(ref.kind, LayoutObjectRef::Kind::Rack);
        selected.push_back(ref.id);
    }
    std::sort(selected.begin(), selected.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(selected, expected);
    snapshot(QStringLiteral("rubber_band"));

    // Shift+click adds a rack's whole row (here the rest of B), Ctrl+click another row's, and
    // Ctrl+click again takes it away.
    clickAt(at(rackItem(QStringLiteral("B"), 5)->sceneBoundingRect().center()), Qt::ShiftModifier);
    QCOMPARE(view()->selectedRefs().size(), std::size_t(20));
    const QPoint rowA = at(rackItem(QStringLiteral("A"), 18)->sceneBoundingRect().center());
    clickAt(rowA, Qt::ControlModifier);
    QCOMPARE(view()->selectedRefs().size(), std::size_t(40));
    QCOMPARE(m_editor->selectedObjects().size(), std::size_t(2));
    clickAt(rowA, Qt::ControlModifier);
    QCOMPARE(m_editor->selectedObjects(), (LayoutSelection{{LayoutObjectRef::Kind::Row, row(QStringLiteral("B")).id}}));
    QCOMPARE(session()->undoStack()->count(), 0);   // selecting edits nothing
}

void TestPlanEditing::deleteRemovesFreePositionsAndKeepsOccupiedOnes()
{
    // Alt+click picks one rack of a row; Delete removes that position only.
    const Row rowE = row(QStringLiteral("E"));
    const auto rackOfE = [&](RackState state) {
        for (int i = 0; i < 20; ++i)
            if (RackItem *item = rackItem(QStringLiteral("E"), i); item->rack().state == state)
                return item->rack();
        return Rack{};
    };
    const Rack free = rackOfE(RackState::Free);
    const Rack occupied = rackOfE(RackState::Occupied);
    QVERIFY(free.id != kNoId && occupied.id != kNoId);

    clickAt(at(view()->hallScene()->rackItem(free.id)->sceneBoundingRect().center()), Qt::AltModifier);
    QCOMPARE(view()->selectedRefs(), (std::vector<LayoutObjectRef>{{LayoutObjectRef::Kind::Rack, free.id}}));
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Delete);
    QVERIFY(!model().rack(free.id));
    QVERIFY(model().row(rowE.id));
    QCOMPARE(session()->undoStack()->count(), 1);

    const SiteModel before = model();
    clickAt(at(view()->hallScene()->rackItem(occupied.id)->sceneBoundingRect().center()), Qt::AltModifier);
    QTest::keyClick(view(), Qt::Key_Delete);
    QVERIFY(model() == before);
    const QString error = takeError();
    QVERIFY2(error.contains(occupied.name), qPrintable(error));

    m_window->undoAction()->trigger();
    QVERIFY(model().rack(free.id));
}

void TestPlanEditing::doubleClickOpensTheObstacleProperties()
{
    const auto &obstacles = model().obstacles;
    const Obstacle column = *std::find_if(obstacles.begin(), obstacles.end(),
                                          [](const Obstacle &o) { return o.kind == ObstacleKind::Column; });
    m_editor->setDialogRunner([](QDialog &dialog) {
        auto *properties = qobject_cast<ObstacleDialog *>(&dialog);
        if (!properties)
            return false;
        Obstacle edited = properties->obstacle();
        edited.name = QStringLiteral("Column renamed");
        edited.widthM = 0.5;
        properties->setObstacle(edited);
        return true;
    });
    const QPoint where = at(column.centre.x, column.centre.y);
    clickAt(where);
    QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, where);
    const Obstacle *after = model().obstacle(column.id);
    QCOMPARE(after->name, QStringLiteral("Column renamed"));
    QCOMPARE(after->widthM, 0.5);
    QVERIFY(after->centre == column.centre);
    QCOMPARE(m_window->undoAction()->text().remove(QLatin1Char('&')),
             QStringLiteral("Undo Change obstacle %1").arg(column.name));

    // A rack's row: its cold aisle side.
    m_editor->setDialogRunner([](QDialog &dialog) {
        auto *properties = qobject_cast<RowPropertiesDialog *>(&dialog);
        if (!properties)
            return false;
        Row edited = properties->row();
        edited.coldAisle = AisleSide::Back;
        properties->setRow(edited);
        return true;
    });
    const Row rowG = row(QStringLiteral("G"));
    const QPoint rack = at(rackItem(QStringLiteral("G"), 7)->sceneBoundingRect().center());
    clickAt(rack);
    QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, rack);
    QCOMPARE(row(QStringLiteral("G")).coldAisle, AisleSide::Back);
    QVERIFY(row(QStringLiteral("G")).origin == rowG.origin);
    QCOMPARE(view()->hallScene()->selectedItems().size(), 20);   // the double-click kept the row
}

void TestPlanEditing::addPositionsExtendsTheSelectedRow()
{
    // Row G runs from x = 16 m to the left, ending at 4 m: two more positions reach 2.8 m.
    m_editor->setDialogRunner([](QDialog &dialog) {
        auto *input = qobject_cast<QInputDialog *>(&dialog);
        if (!input)
            return false;
        input->setIntValue(2);
        return true;
    });
    clickAt(at(rackItem(QStringLiteral("G"), 7)->sceneBoundingRect().center()));
    action("planAddPositions")->trigger();
    QVERIFY2(takeError().isEmpty(), "the positions were refused");
    const Id rowG = row(QStringLiteral("G")).id;
    QStringList names;
    for (const Rack &rack : model().racks)
        if (rack.rowId == rowG)
            names << rack.name;
    QCOMPARE(names.size(), 22);
    QVERIFY2(names.contains(QStringLiteral("G21")) && names.contains(QStringLiteral("G22")),
             qPrintable(names.join(QLatin1Char(' '))));
    QCOMPARE(view()->hallScene()->selectedItems().size(), 22);   // the row, new positions and all
}

void TestPlanEditing::aReadOnlyFileCannotBeEdited()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("held.hectare"));
    Result<SiteModel> sample = sampleSiteModel();
    QVERIFY(sample.ok());
    Result<std::unique_ptr<Document>> holder = Document::create(path, sample.value());
    QVERIFY(holder.ok());
    QVERIFY(m_window->openDocument(path));
    QVERIFY(session()->isReadOnly());
    QVERIFY(!m_editor->canEdit());
    for (const char *name : {"planSelectTool", "planAddRowTool", "planDrawCageTool", "planEditOutlineTool",
                             "planRotateRight", "planDelete", "planPaste", "planSnapAction", "planRenumberRows"})
        QVERIFY2(!action(name)->isEnabled(), name);
    // A click still selects (one rack, for the Rack dock), and a drag moves nothing.
    RackItem *rack = rackItem(QStringLiteral("D"), 4);
    clickAt(at(rack->sceneBoundingRect().center()));
    QCOMPARE(view()->hallScene()->selectedItems().size(), 1);
    const SiteModel before = model();
    drag(at(rack->sceneBoundingRect().center()), at(rack->sceneBoundingRect().center() + QPointF(1200, 0)));
    QVERIFY(model() == before);
}

void TestPlanEditing::withNoHallThereIsNothingToEdit()
{
    m_window->newEmptySite();
    QVERIFY(!view()->hallScene());
    QVERIFY(!m_editor->canEdit());
    for (const char *name : {"planSelectTool", "planAddRowTool", "planAddObstacle_crah", "planRenumberRows"})
        QVERIFY2(!action(name)->isEnabled(), name);
    m_window->openSample();
    QVERIFY(action("planAddRowTool")->isEnabled());
}

void TestPlanEditing::menuSnapshot()
{
    if (qEnvironmentVariableIsEmpty("HECTARE_PLAN_EDIT_SNAPSHOTS"))
        QSKIP("set HECTARE_PLAN_EDIT_SNAPSHOTS to a folder to save the Plan menu's PNG");
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("planMenu"));
    QVERIFY(menu);
    clickAt(at(rackItem(QStringLiteral("D"), 2)->sceneBoundingRect().center()));
    menu->popup(m_window->mapToGlobal(QPoint(100, 30)));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    QVERIFY(menu->grab().save(qEnvironmentVariable("HECTARE_PLAN_EDIT_SNAPSHOTS") + QStringLiteral("/plan_menu.png")));
    menu->hide();
}

QTEST_MAIN(TestPlanEditing)
#include "tst_plan_editing.moc"
