#include "hall_plan_view.h"

#include "hall_scene.h"
#include "rack_item.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace hectare::ui {
namespace {

constexpr double kZoomStep = 1.25;
constexpr double kMaxPixelsPerMm = 1.0;   // a 600 mm rack 600 px wide: closer shows nothing more
constexpr double kMinFitShare = 0.5;      // zooming out stops when the hall fills half the window
constexpr int kLegendMarginPx = 10;
constexpr int kEnsureVisibleMarginPx = 40;

} // namespace

HallPlanView::HallPlanView(QWidget *parent)
    : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setViewportUpdateMode(MinimalViewportUpdate);
    // Every item sets the pen, brush and font it paints with and restores its transform.
    setOptimizationFlag(DontSavePainterState);
}

HallPlanView::~HallPlanView()
{
    if (m_scene)
        m_scene->disconnect(this);
}

void HallPlanView::setModel(const SiteModel *model, Id hallId, QDate asOf)
{
    HallScene *old = m_scene;
    const bool sameHall = old && model && old->hallId() == hallId && hallId != kNoId;
    const QPointF centre = mapToScene(viewport()->rect().center());
    std::vector<Id> selected;
    if (old) {
        old->disconnect(this);
        if (sameHall)
            for (QGraphicsItem *item : old->selectedItems())
                if (item->type() == RackItem::Type)
                    selected.push_back(static_cast<RackItem *>(item)->rackId());
    }

    m_scene = model && model->hall(hallId) ? new HallScene(*model, hallId, asOf, m_mode, this) : nullptr;
    setScene(m_scene);
    delete old;
    updateLegend();

    if (m_scene) {
        // Reselected before connecting, so that the rebuild does not announce a change.
        for (const Id id : selected)
            if (RackItem *item = m_scene->rackItem(id))
                item->setSelected(true);
        connect(m_scene, &QGraphicsScene::selectionChanged, this, &HallPlanView::onSceneSelectionChanged);
    }
    if (sameHall && !m_autoFit)
        centerOn(centre);
    else
        fitToHall();
    onSceneSelectionChanged();
}

void HallPlanView::setColourMode(PlanColourMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    if (m_scene)
        m_scene->setColourMode(mode);
    updateLegend();
}

void HallPlanView::refreshRack(const Rack &rack)
{
    if (m_scene && m_scene->refreshRack(rack))
        updateLegend();   // the counts in the legend may have changed
}

void HallPlanView::selectRack(Id rackId)
{
    if (!m_scene)
        return;
    std::vector<RackItem *> items;
    if (RackItem *item = m_scene->rackItem(rackId))
        items.push_back(item);
    selectItems(items);
}

void HallPlanView::selectRow(Id rowId)
{
    if (m_scene)
        selectItems(m_scene->rackItemsOfRow(rowId));
}

void HallPlanView::selectItems(const std::vector<RackItem *> &items)
{
    // One rackSelected for the whole change, not one per item (nor a passing 0 in between).
    m_selectingInBatch = true;
    m_scene->clearSelection();
    QRectF bounds;
    for (RackItem *item : items) {
        item->setSelected(true);
        bounds |= item->sceneBoundingRect();
    }
    m_selectingInBatch = false;
    if (!bounds.isNull())
        ensureVisible(bounds, kEnsureVisibleMarginPx, kEnsureVisibleMarginPx);
    onSceneSelectionChanged();
}

void HallPlanView::onSceneSelectionChanged()
{
    if (m_selectingInBatch)
        return;
    Id id = kNoId;
    if (m_scene) {
        const QList<QGraphicsItem *> items = m_scene->selectedItems();
        if (items.size() == 1 && items.first()->type() == RackItem::Type)
            id = static_cast<RackItem *>(items.first())->rackId();
    }
    if (id == m_selectedRack)
        return;
    m_selectedRack = id;
    Q_EMIT rackSelected(id);
}

double HallPlanView::fitScale() const
{
    if (!m_scene)
        return 1.0;
    const QRectF target = m_scene->sceneRect();
    const QRect port = viewport()->rect();
    if (target.isEmpty() || port.isEmpty())
        return transform().m11();
    return std::min(port.width() / target.width(), port.height() / target.height());
}

void HallPlanView::fitToHall()
{
    if (!m_scene)
        return;
    // The whole scene (the hall, its row labels and a margin) rather than the bare outline, so
    // that no scroll bar appears at the fitted zoom and takes room from the viewport.
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    m_autoFit = true;
}

void HallPlanView::zoomIn() { zoomBy(kZoomStep); }
void HallPlanView::zoomOut() { zoomBy(1.0 / kZoomStep); }

void HallPlanView::zoomBy(double factor)
{
    const double current = pixelsPerMm();
    const double lowest = std::min(fitScale() * kMinFitShare, kMaxPixelsPerMm);
    const double target = std::clamp(current * factor, lowest, kMaxPixelsPerMm);
    if (!(current > 0) || std::abs(target - current) <= 1e-9 * current)
        return;
    scale(target / current, target / current);
    m_autoFit = false;
}

void HallPlanView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // Keep the floor under the cursor where it is. Done here from the event's own position
    // rather than by AnchorUnderMouse, which anchors on the last mouse *move* seen by the view.
    const QPointF cursor = event->position();
    const QPointF floorPoint = mapToScene(cursor.toPoint());
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(NoAnchor);
    zoomBy(std::pow(kZoomStep, steps));
    setTransformationAnchor(anchor);
    const QPointF drift = mapFromScene(floorPoint) - cursor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(drift.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(drift.y()));
    event->accept();
}

void HallPlanView::mousePressEvent(QMouseEvent *event)
{
    // Panning is handled here rather than by ScrollHandDrag, which only starts on a press the
    // scene did not take: with racks everywhere, a Ctrl+drag would select instead of pan.
    const bool pan = event->button() == Qt::MiddleButton
                     || (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ControlModifier));
    if (pan) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void HallPlanView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_panning) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QPoint position = event->position().toPoint();
    const QPoint delta = position - m_panLast;
    m_panLast = position;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
    m_autoFit = false;
    event->accept();
}

void HallPlanView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void HallPlanView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitToHall();
}

void HallPlanView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    // Scrolling blits the viewport, legend included: repaint it where it is and where the copy went.
    if (m_legendVisible && !m_legendRect.isEmpty()) {
        viewport()->update(m_legendRect);
        viewport()->update(m_legendRect.translated(dx, dy));
    }
}

void HallPlanView::setLegendVisible(bool visible)
{
    if (visible == m_legendVisible)
        return;
    m_legendVisible = visible;
    viewport()->update();
}

void HallPlanView::updateLegend()
{
    // Made once per change rather than per paint: the tenant legend ranks every rack.
    m_legend.reset();
    m_legendSize = {};
    if (m_scene) {
        m_legend = m_scene->legend();
        m_legendSize = planLegendSize(*m_legend, font()).toSize();
    }
    // Repaint where the old legend was and where the new one goes, which may be larger.
    viewport()->update(m_legendRect);
    viewport()->update(legendRectFor(m_legendSize));
}

QRect HallPlanView::legendRectFor(const QSize &size) const
{
    const QRect port = viewport()->rect();
    if (size.isEmpty() || size.width() + 2 * kLegendMarginPx > port.width()
        || size.height() + 2 * kLegendMarginPx > port.height())
        return {};   // a window too small for it is better off without it
    return QRect(QPoint(kLegendMarginPx, port.height() - kLegendMarginPx - size.height()), size);
}

void HallPlanView::drawForeground(QPainter *painter, const QRectF &)
{
    m_legendRect = m_legendVisible && m_legend ? legendRectFor(m_legendSize) : QRect();
    if (m_legendRect.isEmpty())
        return;
    // From viewport pixels to the device, whether that is the viewport or render()'s target.
    const QTransform sceneToDevice = painter->worldTransform();
    painter->setWorldTransform(viewportTransform().inverted() * sceneToDevice);
    paintPlanLegend(*painter, *m_legend, m_legendRect, font());
    painter->setWorldTransform(sceneToDevice);
}

} // namespace hectare::ui
