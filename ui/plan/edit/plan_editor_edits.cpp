// PlanEditor: the edits behind the Plan menu, each one LayoutChange in one undo step.
#include "plan_editor.h"

#include "cage_dialog.h"
#include "edit_selection.h"
#include "nudge_command.h"
#include "obstacle_dialog.h"
#include "row_dialog.h"

#include "plan/hall_plan_view.h"
#include "plan/hall_scene.h"
#include "session/document_session.h"

#include "model/layout_change.h"

#include <QInputDialog>
#include <QSet>

#include <cmath>

namespace hectare::ui {
namespace {

using Kind = LayoutObjectRef::Kind;

// "Column 3": the kind's name and the first number not taken in the hall.
QString newObstacleName(const SiteModel &model, Id hallId, ObstacleKind kind)
{
    QSet<QString> taken;
    for (const Obstacle &o : model.obstacles)
        if (o.hallId == hallId)
            taken.insert(o.name);
    for (int n = 1;; ++n) {
        const QString name = QStringLiteral("%1 %2").arg(displayName(kind)).arg(n);
        if (!taken.contains(name))
            return name;
    }
}

QString newCageName(const SiteModel &model, Id hallId)
{
    QSet<QString> taken;
    for (const Cage &c : model.cages)
        if (c.hallId == hallId)
            taken.insert(c.name);
    for (int n = 1;; ++n) {
        const QString name = PlanEditor::tr("Cage %1").arg(n);
        if (!taken.contains(name))
            return name;
    }
}

double ceilToTile(double valueM, double tileM) { return tileM > 0 ? std::ceil(valueM / tileM - 1e-9) * tileM : valueM; }

} // namespace

void PlanEditor::rotateBy(double degrees)
{
    const LayoutSelection objects = selectedObjects();
    if (!canEdit() || objects.empty())
        return;
    const SiteModel &model = session()->model();
    runChange(rotateObjects(model, objects, degrees), tr("Rotate %1").arg(describeObjects(model, objects)));
}

void PlanEditor::align(AlignEdge edge)
{
    const LayoutSelection objects = selectedObjects();
    if (!canEdit())
        return;
    if (objects.size() < 2) {
        Q_EMIT editRejected(tr("Select at least two rows, obstacles or cages to align."));
        return;
    }
    const SiteModel &model = session()->model();
    runChange(alignObjects(model, objects, edge), tr("Align %1").arg(describeObjects(model, objects)));
}

void PlanEditor::distribute(DistributeAxis axis)
{
    const LayoutSelection objects = selectedObjects();
    if (!canEdit())
        return;
    if (objects.size() < 3) {
        Q_EMIT editRejected(tr("Select at least three rows, obstacles or cages to distribute."));
        return;
    }
    const SiteModel &model = session()->model();
    runChange(distributeObjects(model, objects, axis), tr("Distribute %1").arg(describeObjects(model, objects)));
}

void PlanEditor::nudge(int dx, int dy, bool far)
{
    const LayoutSelection objects = selectedObjects();
    if (!canEdit() || objects.empty() || m_dragging)
        return;
    const double step = nudgeStepM() * (far ? 10 : 1);
    // Rounded to micrometres, like a drag, so that ten nudges of 0.6 m make 6 m in the file.
    const double dxM = std::round(dx * step * 1e6) / 1e6;
    const double dyM = std::round(dy * step * 1e6) / 1e6;
    const SiteModel &model = session()->model();
    LayoutChange change = moveObjects(model, objects, dxM, dyM);
    if (change.isEmpty())
        return;
    run(new NudgeCommand(session(), hallId(), objects, std::move(change),
                         tr("Move %1").arg(describeObjects(model, objects))));
}

void PlanEditor::copy()
{
    const LayoutSelection objects = selectedObjects();
    if (objects.empty())
        return;
    m_clipboard.set(hallId(), objects);
    Q_EMIT stateChanged();
}

void PlanEditor::paste()
{
    if (!canEdit() || m_clipboard.isEmpty())
        return;
    const LayoutSelection objects = m_clipboard.existingObjects(session()->model());
    if (objects.empty()) {
        m_clipboard.clear();
        Q_EMIT stateChanged();
        Q_EMIT editRejected(tr("The copied objects are no longer in the document."));
        return;
    }
    pasteObjects(objects, m_clipboard.hallId(), m_clipboard.nextPasteStep(), tr("Paste a copy of %1"));
}

void PlanEditor::duplicate()
{
    const LayoutSelection objects = selectedObjects();
    if (!canEdit() || objects.empty())
        return;
    pasteObjects(objects, hallId(), 1, tr("Duplicate %1"));
}

void PlanEditor::pasteObjects(const LayoutSelection &objects, Id sourceHallId, int step, const QString &verb)
{
    const SiteModel &model = session()->model();
    const std::optional<BoundsM> bounds = objectsBounds(model, objects);
    if (!bounds)
        return;
    // One "row pitch" away, across the way the copies are longest: their depth and a cold aisle
    // (whole tiles with the grid on, so that the copies stay on it).
    const double tile = m_snap ? scene()->hall().tileM : 0;
    const double gap = ceilToTile(model.site.clearance.coldAisleMinM, tile);
    const double width = bounds->maxX - bounds->minX;
    const double height = bounds->maxY - bounds->minY;
    PointM pitch = width >= height ? PointM{0, ceilToTile(height + gap, tile)} : PointM{ceilToTile(width + gap, tile), 0};
    PointM offset{pitch.x * step, pitch.y * step};
    if (sourceHallId != hallId()) {
        // From another hall: into this one's top-left corner, a cold aisle in from its walls.
        const BoundsM hall = boundsOf(scene()->hall().outline);
        offset = {snappedDelta(hall.minX + gap - bounds->minX) + pitch.x * (step - 1),
                  snappedDelta(hall.minY + gap - bounds->minY) + pitch.y * (step - 1)};
    }
    offset = {std::round(offset.x * 1e6) / 1e6, std::round(offset.y * 1e6) / 1e6};
    LayoutChange change = pasteInto(model, objects, hallId(), offset.x, offset.y);
    const LayoutSelection created = createdObjects(change, model);
    runChange(std::move(change), verb.arg(describeObjects(model, objects)), created);
}

void PlanEditor::deleteSelection()
{
    if (!canEdit())
        return;
    const SiteModel &model = session()->model();
    if (m_tool == PlanTool::EditOutline) {
        std::vector<PointM> outline = model.hall(hallId())->outline;
        if (m_currentVertex < 0 || m_currentVertex >= int(outline.size())) {
            Q_EMIT hintChanged(tr("Click a corner of the hall first, then Delete removes it."));
            return;
        }
        if (outline.size() <= 3) {
            Q_EMIT editRejected(tr("Hall %1 must keep at least three corners.").arg(model.hall(hallId())->name));
            return;
        }
        outline.erase(outline.begin() + m_currentVertex);
        const QString text = tr("Remove a corner of hall %1").arg(model.hall(hallId())->name);
        if (writeOutline(outline, text))
            setCurrentVertex(-1);
        return;
    }
    if (m_tool == PlanTool::DrawCage && !m_cage.isEmpty()) {
        m_cage.removeLastPoint();
        updateHint();
        return;
    }

    const DeletePick pick = deletePick(model, m_view->selectedRefs());
    LayoutChange change = removeObjects(model, pick.objects);
    QStringList refused;
    std::size_t racksRemoved = 0;
    if (!pick.racks.empty()) {
        const LayoutChange racks = removeRackPositions(model, pick.racks, &refused);
        racksRemoved = racks.removedRacks.size();
        appendChange(change, racks);
    }
    QString text;
    if (racksRemoved == 0)
        text = tr("Delete %1").arg(describeObjects(model, pick.objects));
    else if (pick.objects.empty())
        text = tr("Remove %n rack positions", nullptr, int(racksRemoved));
    else
        text = tr("Delete %1 and %n rack positions", nullptr, int(racksRemoved)).arg(describeObjects(model, pick.objects));
    if (!change.isEmpty())
        runChange(std::move(change), text);
    if (!refused.isEmpty())
        Q_EMIT editRejected(refused.join(QLatin1Char('\n')));   // core's messages name each rack and why
}

void PlanEditor::addPositions()
{
    if (!canEdit())
        return;
    const SiteModel &model = session()->model();
    std::vector<Id> rows;
    for (const LayoutObjectRef &ref : selectedObjects())
        if (ref.kind == Kind::Row)
            rows.push_back(ref.id);
    if (rows.empty()) {
        Q_EMIT editRejected(tr("Select the row to add positions to."));
        return;
    }
    QInputDialog dialog(m_view->window());
    dialog.setObjectName(QStringLiteral("addPositionsDialog"));
    dialog.setWindowTitle(tr("Add Positions"));
    dialog.setInputMode(QInputDialog::IntInput);
    dialog.setIntRange(1, 200);
    dialog.setIntValue(1);
    if (rows.size() == 1)
        dialog.setLabelText(tr("Positions to add at the end of row %1:").arg(model.row(rows.front())->name));
    else
        dialog.setLabelText(tr("Positions to add at the end of each of the %n rows:", nullptr, int(rows.size())));
    if (!runDialog(dialog))
        return;
    const int count = dialog.intValue();
    LayoutChange change;
    LayoutSelection selectAfter;
    for (const Id rowId : rows) {
        appendChange(change, appendRackPositions(model, rowId, count));
        selectAfter.push_back({Kind::Row, rowId});
    }
    const QString text = tr("Add %n positions to %1", nullptr, count).arg(describeObjects(model, selectAfter));
    runChange(std::move(change), text, selectAfter);
}

void PlanEditor::renumberRows()
{
    if (!canEdit())
        return;
    const SiteModel &model = session()->model();
    // Numbers stay numbers, anything else becomes letters.
    bool numeric = false;
    for (const Row &row : model.rows) {
        if (row.hallId != hallId())
            continue;
        bool isNumber = false;
        row.name.toInt(&isNumber);
        numeric = isNumber;
        if (!isNumber)
            break;
    }
    LayoutChange change = hectare::renumberRows(model, hallId(), numeric);
    if (change.isEmpty()) {
        Q_EMIT hintChanged(tr("The rows are already numbered in order."));
        return;
    }
    runChange(std::move(change), tr("Renumber the rows of hall %1").arg(model.hall(hallId())->name));
}

void PlanEditor::showProperties()
{
    if (!canEdit())
        return;
    const LayoutSelection objects = selectedObjects();
    if (objects.size() != 1) {
        Q_EMIT editRejected(tr("Select one row, obstacle or cage to see its properties."));
        return;
    }
    const SiteModel &model = session()->model();
    const LayoutObjectRef ref = objects.front();
    const QString text = tr("Change %1").arg(describeObjects(model, objects));
    LayoutChange change;
    if (ref.kind == Kind::Obstacle) {
        const Obstacle before = *model.obstacle(ref.id);
        ObstacleDialog dialog(before, ObstacleDialog::Purpose::Edit, m_view->window());
        if (!runDialog(dialog) || dialog.obstacle() == before)
            return;
        change.obstacles.push_back(dialog.obstacle());
    } else if (ref.kind == Kind::Cage) {
        const Cage before = *model.cage(ref.id);
        CageDialog dialog(before, model.tenants, false, m_view->window());
        if (!runDialog(dialog) || dialog.cage() == before)
            return;
        change.cages.push_back(dialog.cage());
    } else if (ref.kind == Kind::Row) {
        const Row before = *model.row(ref.id);
        RowPropertiesDialog dialog(before, m_view->window());
        if (!runDialog(dialog) || dialog.row() == before)
            return;
        change.rows.push_back(dialog.row());
    }
    runChange(std::move(change), text);
}

void PlanEditor::placeRow(const PointM &at)
{
    const SiteModel &model = session()->model();
    NewRowSpec spec = m_rowSpec;
    spec.origin = snapped(at);
    LayoutChange change = addRow(model, hallId(), spec);
    if (change.rows.empty())
        return;
    const LayoutSelection created = createdObjects(change, model);
    const QString text = tr("Add row %1").arg(change.rows.front().name);
    runChange(std::move(change), text, created);
}

void PlanEditor::placeObstacle(const PointM &at)
{
    const SiteModel &model = session()->model();
    Obstacle obstacle;
    obstacle.id = nextObstacleId(model);
    obstacle.hallId = hallId();
    obstacle.kind = m_obstacleKind;
    obstacle.name = newObstacleName(model, hallId(), m_obstacleKind);
    const ObstacleSize size = defaultObstacleSize(m_obstacleKind);
    obstacle.widthM = size.widthM;
    obstacle.depthM = size.depthM;
    obstacle.centre = at;
    ObstacleDialog dialog(obstacle, ObstacleDialog::Purpose::Add, m_view->window());
    if (!runDialog(dialog))
        return;
    obstacle = dialog.obstacle();
    // With the grid on, the obstacle's corner goes onto a tile line, so that it covers whole
    // tiles where it can (a column 0.6 m square covers exactly one).
    const BoundsM extent = boundsOf(rotatedRectangle({0, 0}, obstacle.widthM, obstacle.depthM, obstacle.rotationDeg));
    const PointM corner = snapped({at.x + extent.minX, at.y + extent.minY});
    obstacle.centre = {std::round((corner.x - extent.minX) * 1e6) / 1e6, std::round((corner.y - extent.minY) * 1e6) / 1e6};
    LayoutChange change;
    change.obstacles.push_back(obstacle);
    runChange(std::move(change), tr("Add %1").arg(EditText::tr("obstacle %1").arg(obstacle.name)),
              {{Kind::Obstacle, obstacle.id}});
}

void PlanEditor::closeCage()
{
    if (!canEdit() || m_tool != PlanTool::DrawCage)
        return;
    if (!m_cage.canClose()) {
        Q_EMIT editRejected(tr("A cage needs at least three corners."));
        return;
    }
    const SiteModel &model = session()->model();
    Cage cage;
    cage.id = nextCageId(model);
    cage.hallId = hallId();
    cage.name = newCageName(model, hallId());
    cage.outline = m_cage.points();
    CageDialog dialog(cage, model.tenants, true, m_view->window());
    if (!runDialog(dialog))
        return;   // the corners stay: the user may go on drawing or press Esc
    cage = dialog.cage();
    LayoutChange change;
    change.cages.push_back(cage);
    if (runChange(std::move(change), tr("Draw cage %1").arg(cage.name), {{Kind::Cage, cage.id}})) {
        m_cage.clear();
        updateHint();
    }
}

} // namespace hectare::ui
