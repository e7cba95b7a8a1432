// PlanEditor: the tools, the mouse and the keys. The edits themselves are in plan_editor_edits.cpp.
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
namespace {

constexpr double kEdgePickPx = 8;     // how close to an edge a double-click adds a corner
constexpr double kCornerPickPx = 6;   // …and how far from a corner it must be

QPointF mm(const PointM &p) { return {p.x * 1000.0, p.y * 1000.0}; }

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b, double *along)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    *along = t;
    return QLineF(p, a + t * ab).length();
}

} // namespace

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

// True for the left button without Ctrl (Ctrl+drag pans the plan in every tool).
static bool isToolClick(const QMouseEvent *event)
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

// --- Edit Outline ---

void PlanEditor::showOutlineHandles()
{
    removeOutlineHandles();
    HallScene *s = scene();
    if (!s)
        return;
    m_handleScene = s;
    const std::vector<PointM> &outline = s->hall().outline;
    if (m_currentVertex >= int(outline.size()))
        m_currentVertex = -1;
    for (int i = 0; i < int(outline.size()); ++i) {
        auto *handle = new OutlineHandleItem(i);
        handle->setPos(mm(outline[std::size_t(i)]));
        handle->setCurrent(i == m_currentVertex);
        s->addItem(handle);
        m_handles.push_back(handle);
    }
}

void PlanEditor::removeOutlineHandles()
{
    if (m_handleScene)   // else they went with their scene
        qDeleteAll(m_handles);
    m_handles.clear();
    m_handleScene = nullptr;
}

void PlanEditor::setCurrentVertex(int vertex)
{
    m_currentVertex = vertex;
    for (OutlineHandleItem *handle : m_handles)
        handle->setCurrent(handle->vertex() == vertex);
}

OutlineHandleItem *PlanEditor::handleAt(const QPointF &viewportPos) const
{
    for (QGraphicsItem *item : m_view->items(viewportPos.toPoint()))
        if (item->type() == OutlineHandleItem::Type)
            return static_cast<OutlineHandleItem *>(item);
    return nullptr;
}

void PlanEditor::previewOutline(const std::vector<PointM> &outline)
{
    QPolygonF polygon;
    for (const PointM &p : outline)
        polygon << mm(p);
    if (scene() && scene()->hallOutlineItem())
        scene()->hallOutlineItem()->setPolygon(polygon);
    for (OutlineHandleItem *handle : m_handles)
        if (handle->vertex() < int(outline.size()))
            handle->setPos(mm(outline[std::size_t(handle->vertex())]));
}

bool PlanEditor::writeOutline(const std::vector<PointM> &outline, const QString &text)
{
    const DocumentSession *s = session();
    const Hall *hall = s ? s->model().hall(hallId()) : nullptr;
    if (!hall)
        return false;
    LayoutChange change;
    change.halls.push_back(*hall);
    change.halls.back().outline = outline;
    return runChange(std::move(change), text);
}

bool PlanEditor::outlineMouse(QMouseEvent *event)
{
    const QPointF pos = event->position();
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        if (!isToolClick(event))
            return false;
        if (const OutlineHandleItem *handle = handleAt(pos)) {
            setCurrentVertex(handle->vertex());
            m_draggedVertex = handle->vertex();
            m_outlineBeforeDrag = scene()->hall().outline;
        } else {
            setCurrentVertex(-1);
        }
        return true;
    case QEvent::MouseMove: {
        if (m_draggedVertex < 0 || !event->buttons().testFlag(Qt::LeftButton))
            return false;
        std::vector<PointM> outline = m_outlineBeforeDrag;
        outline[std::size_t(m_draggedVertex)] = snapped(scenePointM(pos));
        previewOutline(outline);
        return true;
    }
    case QEvent::MouseButtonRelease: {
        if (!isToolClick(event))
            return false;
        if (m_draggedVertex < 0)
            return true;
        std::vector<PointM> outline = m_outlineBeforeDrag;
        const std::vector<PointM> before = std::move(m_outlineBeforeDrag);
        outline[std::size_t(m_draggedVertex)] = snapped(scenePointM(pos));
        m_draggedVertex = -1;
        if (outline != before && !writeOutline(outline, tr("Move a corner of hall %1").arg(scene()->hall().name)))
            previewOutline(before);   // refused: the corner goes back
        return true;
    }
    case QEvent::MouseButtonDblClick:
        if (!isToolClick(event))
            return false;
        insertOutlineVertex(pos);
        return true;
    default: return false;
    }
}

void PlanEditor::insertOutlineVertex(const QPointF &viewportPos)
{
    const std::vector<PointM> outline = scene()->hall().outline;
    const std::size_t n = outline.size();
    const QTransform toViewport = m_view->viewportTransform();
    std::size_t bestEdge = n;
    double bestDistance = kEdgePickPx;
    double bestAlong = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const QPointF a = toViewport.map(mm(outline[i]));
        const QPointF b = toViewport.map(mm(outline[(i + 1) % n]));
        if (QLineF(viewportPos, a).length() < kCornerPickPx || QLineF(viewportPos, b).length() < kCornerPickPx)
            return;   // on a corner: there is one already
        double along = 0;
        const double distance = distanceToSegment(viewportPos, a, b, &along);
        if (distance <= bestDistance) {
            bestDistance = distance;
            bestEdge = i;
            bestAlong = along;
        }
    }
    if (bestEdge == n) {
        Q_EMIT hintChanged(tr("Double-click on an edge of the hall to add a corner there."));
        return;
    }
    // On the edge, at the nearest tile line when the grid is on (the snapped point is put back
    // onto the edge, so that the outline keeps its shape).
    const PointM a = outline[bestEdge];
    const PointM b = outline[(bestEdge + 1) % n];
    const PointM ab{b.x - a.x, b.y - a.y};
    PointM p{a.x + bestAlong * ab.x, a.y + bestAlong * ab.y};
    const PointM s = snapped(p);
    const double length2 = ab.x * ab.x + ab.y * ab.y;
    const double t = std::clamp(((s.x - a.x) * ab.x + (s.y - a.y) * ab.y) / length2, 0.0, 1.0);
    const PointM onEdge{a.x + t * ab.x, a.y + t * ab.y};
    if (t > 0 && t < 1)
        p = onEdge;
    std::vector<PointM> edited = outline;
    edited.insert(edited.begin() + std::ptrdiff_t(bestEdge + 1), p);
    const int vertex = int(bestEdge + 1);
    if (writeOutline(edited, tr("Add a corner to hall %1").arg(scene()->hall().name)))
        setCurrentVertex(vertex);
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
