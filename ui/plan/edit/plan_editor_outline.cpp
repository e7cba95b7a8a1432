// PlanEditor's Edit Outline tool: corner handles on the hall's outline, dragged, added on an edge by
// a double-click, removed with Delete; each gesture is one layout change of the hall's outline.
#include "plan_editor.h"

#include "outline_handle_item.h"

#include "commands/layout_command.h"
#include "plan/hall_plan_view.h"
#include "plan/hall_scene.h"
#include "session/document_session.h"

#include <QGraphicsPolygonItem>
#include <QKeyEvent>
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

} // namespace hectare::ui
