// PlanEditor: the tools, the mouse and the keys. The edits themselves are in plan_editor_edits.cpp,
// the Edit Outline tool in plan_editor_outline.cpp.
#include "plan_editor.h"

#include "edit_selection.h"
#include "outline_handle_item.h"
#include "row_dialog.h"

#include "commands/layout_command.h"
#include "plan/hall_plan_view.h"
#include "plan/hall_scene.h"
#include "plan/plan_item_ref.h"
#include "session/document_session.h"

#include <QApplication>
#include <QDialog>
#include <QGraphicsPolygonItem>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>

#include <algorithm>
#include <cmath>

namespace hectare::ui {
PlanEditor::PlanEditor(HallPlanView *view, SessionSource session, QObject *parent)
    : QObject(parent),
      m_view(view),
      m_session(std::move(session)),
      m_runDialog([](QDialog &dialog) { return dialog.exec() == QDialog::Accepted; })
{
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
    connect(m_view, &HallPlanView::planRebuilt, this, &PlanEditor::onPlanRebuilt);
    onPlanRebuilt();
}

PlanEditor::~PlanEditor()
{
    if (m_view) {
        m_view->viewport()->removeEventFilter(this);
        m_view->removeEventFilter(this);
    }
    removeOutlineHandles();
}

void PlanEditor::setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

DocumentSession *PlanEditor::session() const { return m_session ? m_session() : nullptr; }

HallScene *PlanEditor::scene() const { return m_view ? m_view->hallScene() : nullptr; }

Id PlanEditor::hallId() const { return scene() ? scene()->hallId() : kNoId; }

bool PlanEditor::canEdit() const
{
    const DocumentSession *s = session();
    return s && !s->isReadOnly() && scene() && s->model().hall(scene()->hallId());
}

LayoutSelection PlanEditor::selectedObjects() const
{
    const DocumentSession *s = session();
    return s && m_view ? editableObjects(s->model(), m_view->selectedRefs()) : LayoutSelection{};
}

PointM PlanEditor::scenePointM(const QPointF &viewportPos) const
{
    const QPointF p = m_view->viewportTransform().inverted().map(viewportPos);
    return {p.x() / 1000.0, p.y() / 1000.0};
}

PointM PlanEditor::snapped(const PointM &p) const
{
    if (!m_snap || !scene())
        return p;
    // To the micrometre, so that 24 + 19 × 0.6 is written as 35.4.
    const Hall &hall = scene()->hall();
    return {std::round(snapToTile(hall, p.x, false) * 1e6) / 1e6, std::round(snapToTile(hall, p.y, true) * 1e6) / 1e6};
}

double PlanEditor::snappedDelta(double deltaM) const
{
    const double tile = scene() ? scene()->hall().tileM : 0;
    if (m_snap && tile > 0) {
        // Whole tiles keep objects on the grid; the rounding to micrometres drops the binary
        // noise of 3 × 0.6 so that the file says 1.8.
        return std::round(std::round(deltaM / tile) * tile * 1e6) / 1e6;
    }
    return std::round(deltaM * 1000) / 1000;   // to the millimetre: a finer drag means nothing
}

double PlanEditor::nudgeStepM() const
{
    const double tile = scene() ? scene()->hall().tileM : 0;
    return m_snap && tile > 0 ? tile : 0.1;
}

bool PlanEditor::runDialog(QDialog &dialog) { return m_runDialog(dialog); }

bool PlanEditor::run(DocumentCommand *command, const LayoutSelection &selectAfter)
{
    DocumentSession *s = session();
    if (!s) {
        delete command;
        return false;
    }
    // The document rebuilds the plan from inside execute(): nothing may hold its items.
    cancelGesture();
    const Status status = s->execute(command);
    if (!status) {
        Q_EMIT editRejected(status.error().text());
        return false;
    }
    if (!selectAfter.empty())
        m_view->selectRefs(selectAfter);
    Q_EMIT stateChanged();
    return true;
}

bool PlanEditor::runChange(LayoutChange change, const QString &text, const LayoutSelection &selectAfter)
{
    DocumentSession *s = session();
    if (!s || change.isEmpty())
        return false;
    return run(new LayoutCommand(s, hallId(), std::move(change), text), selectAfter);
}

void PlanEditor::setSnapToGrid(bool on)
{
    if (on == m_snap)
        return;
    m_snap = on;
    Q_EMIT stateChanged();
}

void PlanEditor::setObstacleTool(ObstacleKind kind)
{
    m_obstacleKind = kind;
    setTool(PlanTool::AddObstacle);
}

void PlanEditor::setTool(PlanTool tool)
{
    if (tool != PlanTool::Select && !canEdit())
        tool = PlanTool::Select;
    if (tool == PlanTool::AddRow) {
        // The row is described first; each click then places one.
        RowDialog dialog(m_rowSpec, m_view->window());
        if (runDialog(dialog))
            m_rowSpec = dialog.spec();
        else
            tool = PlanTool::Select;
    }
    m_draggedVertex = -1;
    cancelGesture();
    m_cage.clear();
    m_tool = tool;
    if (tool == PlanTool::EditOutline)
        showOutlineHandles();
    else
        removeOutlineHandles();
    const bool placing = tool != PlanTool::Select && tool != PlanTool::EditOutline;
    if (placing)
        m_view->viewport()->setCursor(Qt::CrossCursor);
    else
        m_view->viewport()->unsetCursor();
    Q_EMIT toolChanged(m_tool);
    updateHint();
    Q_EMIT stateChanged();
}

void PlanEditor::cancelGesture()
{
    m_preview.finish();
    m_dragging = false;
    m_press = {};
}

void PlanEditor::onPlanRebuilt()
{
    // The old scene took its items with it: the preview, the cage's outline, the handles.
    cancelGesture();
    m_draggedVertex = -1;
    const Id hall = hallId();
    if (hall != m_shownHall) {
        m_shownHall = hall;
        m_cage.clear();
        m_currentVertex = -1;
    }
    m_cage.attachTo(scene());
    if (HallScene *s = scene())
        connect(s, &QGraphicsScene::selectionChanged, this, &PlanEditor::stateChanged, Qt::UniqueConnection);
    m_view->setSelectsWholeRows(canEdit());
    if (m_tool != PlanTool::Select && !canEdit())
        setTool(PlanTool::Select);
    else if (m_tool == PlanTool::EditOutline)
        showOutlineHandles();
    updateHint();
    Q_EMIT stateChanged();
}

void PlanEditor::updateHint()
{
    QString hint;
    if (canEdit()) {
        switch (m_tool) {
        case PlanTool::Select:
            hint = tr("Click a rack to select its row (Alt+click: the rack alone), Shift+click to add; drag to move, "
                      "arrow keys to nudge.");
            break;
        case PlanTool::AddRow:
            hint = tr("Click where the new row starts (%n positions); Esc to stop.", nullptr, m_rowSpec.positions);
            break;
        case PlanTool::AddObstacle:
            hint = tr("Click where the new obstacle (%1) goes; Esc to stop.").arg(displayName(m_obstacleKind));
            break;
        case PlanTool::DrawCage:
            if (m_cage.isEmpty())
                hint = tr("Click the corners of the cage; Enter or double-click closes it, Backspace takes back the "
                          "last corner, Esc cancels.");
            else
                hint = tr("Cage: %n corners, %1. Enter or double-click closes it, Backspace takes back the last "
                          "corner.",
                          nullptr, int(m_cage.points().size()))
                           .arg(m_cage.areaText());
            break;
        case PlanTool::EditOutline:
            hint = tr("Drag a corner of the hall; double-click an edge to add a corner; Delete removes the chosen "
                      "corner.");
            break;
        }
    }
    Q_EMIT hintChanged(hint);
}

bool PlanEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_view)
        return false;
    if (watched == m_view.data() && event->type() == QEvent::KeyPress)
        return canEdit() && keyPress(static_cast<QKeyEvent *>(event));
    if (watched != m_view->viewport())
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick: {
        if (!canEdit())
            return false;
        auto *mouse = static_cast<QMouseEvent *>(event);
        switch (m_tool) {
        case PlanTool::Select: return selectMouse(mouse);
        case PlanTool::AddRow:
        case PlanTool::AddObstacle: return placeMouse(mouse);
        case PlanTool::DrawCage: return cageMouse(mouse);
        case PlanTool::EditOutline: return outlineMouse(mouse);
        }
        return false;
    }
    case QEvent::Leave:
        m_cage.setHover(std::nullopt);
        return false;
    default: return false;
    }
}

bool PlanEditor::isToolClick(const QMouseEvent *event)
{
    return event->button() == Qt::LeftButton && !event->modifiers().testFlag(Qt::ControlModifier);
}

QPointF PlanEditor::dragOffsetMm(const QPointF &viewportPos) const
{
    const QPointF now = m_view->viewportTransform().inverted().map(viewportPos);
    const QPointF delta = now - m_press.scenePos;
    return {snappedDelta(delta.x() / 1000.0) * 1000.0, snappedDelta(delta.y() / 1000.0) * 1000.0};
}

bool PlanEditor::selectMouse(QMouseEvent *event)
{
    const QPointF pos = event->position();
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        cancelGesture();
        if (isToolClick(event)) {
            m_press.active = true;
            m_press.viewportPos = pos;
            m_press.scenePos = m_view->viewportTransform().inverted().map(pos);
            if (const QGraphicsItem *item = m_view->editableItemAt(pos.toPoint()))
                m_press.on = layoutRefOf(item);
        }
        return false;   // the view selects
    case QEvent::MouseMove: {
        if (!m_press.active || !m_press.on || !event->buttons().testFlag(Qt::LeftButton))
            return false;
        if (!m_dragging) {
            if ((pos - m_press.viewportPos).manhattanLength() < QApplication::startDragDistance())
                return true;
            // Only a press on something selected drags (a Shift+click may have just unselected it).
            const QGraphicsItem *pressed = scene()->itemFor(*m_press.on);
            const LayoutSelection objects = selectedObjects();
            if (!pressed || !pressed->isSelected() || objects.empty()) {
                m_press = {};
                return false;
            }
            m_preview.start(scene(), objects);
            m_dragging = true;
            m_view->viewport()->setCursor(Qt::SizeAllCursor);
        }
        const QPointF offset = dragOffsetMm(pos);
        m_preview.moveTo(offset);
        const QLocale locale;
        Q_EMIT hintChanged(tr("Moving by %1 m, %2 m")
                               .arg(locale.toString(offset.x() / 1000.0, 'f', 2), locale.toString(offset.y() / 1000.0, 'f', 2)));
        return true;
    }
    case QEvent::MouseButtonRelease: {
        if (event->button() != Qt::LeftButton)
            return false;
        if (!m_dragging) {
            m_press = {};
            return false;
        }
        const QPointF offset = dragOffsetMm(pos);
        cancelGesture();   // the items go back; the document says where they end up
        m_view->viewport()->unsetCursor();
        updateHint();
        const LayoutSelection objects = selectedObjects();
        if (!offset.isNull() && session())
            runChange(moveObjects(session()->model(), objects, offset.x() / 1000.0, offset.y() / 1000.0),
                      tr("Move %1").arg(describeObjects(session()->model(), objects)));
        return true;
    }
    case QEvent::MouseButtonDblClick:
        if (isToolClick(event) && m_view->editableItemAt(pos.toPoint())) {
            m_press = {};
            showProperties();   // the first click selected what was double-clicked
            return true;
        }
        return false;
    default: return false;
    }
}

bool PlanEditor::placeMouse(QMouseEvent *event)
{
    if (!isToolClick(event))
        return false;
    if (event->type() == QEvent::MouseButtonPress) {
        const PointM at = scenePointM(event->position());
        if (m_tool == PlanTool::AddRow)
            placeRow(at);
        else
            placeObstacle(at);
    }
    return event->type() != QEvent::MouseMove;
}

bool PlanEditor::cageMouse(QMouseEvent *event)
{
    const PointM at = snapped(scenePointM(event->position()));
    switch (event->type()) {
    case QEvent::MouseMove:
        if (!m_cage.isEmpty()) {
            m_cage.setHover(at);
            updateHint();
        }
        return false;
    case QEvent::MouseButtonPress:
        if (!isToolClick(event))
            return false;
        m_cage.addPoint(at);
        updateHint();
        return true;
    case QEvent::MouseButtonDblClick:
        if (!isToolClick(event))
            return false;
        m_cage.addPoint(at);   // the first click of the pair added it already: not twice
        closeCage();
        return true;
    case QEvent::MouseButtonRelease: return isToolClick(event);
    default: return false;
    }
}

bool PlanEditor::keyPress(QKeyEvent *event)
{
    if (m_tool != PlanTool::DrawCage || event->modifiers().testFlag(Qt::AltModifier))
        return false;
    switch (event->key()) {
    case Qt::Key_Backspace:
        m_cage.removeLastPoint();
        updateHint();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter: closeCage(); return true;
    default: return false;
    }
}

} // namespace hectare::ui
