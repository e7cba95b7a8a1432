#include "hall_plan_view.h"

#include "hall_scene.h"
#include "plan_item_ref.h"
#include "rack_item.h"

#include <QApplication>
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
    // What the band encloses, not what it grazes: dragging around three racks takes those three.
    setRubberBandSelectionMode(Qt::ContainsItemShape);
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
    std::vector<LayoutObjectRef> selected;
    if (old) {
        old->disconnect(this);
        if (sameHall)
            selected = old->selectedRefs();
    }
    m_reselectOnRelease.clear();
    m_controlPressPending = false;

    m_scene = model && model->hall(hallId) ? new HallScene(*model, hallId, asOf, m_mode, this) : nullptr;
    if (m_scene) {
        m_scene->setDimensionsVisible(m_dimensionsVisible);
        m_scene->setClearancesVisible(m_clearancesVisible);
    }
    setScene(m_scene);
    delete old;
    updateLegend();

    if (m_scene) {
        // Reselected before connecting, so that the rebuild does not announce a change. Racks,
        // obstacles and cages keep their ids through an edit, so they stay selected after it.
        if (!selected.empty())
            m_scene->selectRefs(selected);
        connect(m_scene, &QGraphicsScene::selectionChanged, this, &HallPlanView::onSceneSelectionChanged);
    }
    if (sameHall && !m_autoFit)
        centerOn(centre);
    else
        fitToHall();
    onSceneSelectionChanged();
    Q_EMIT planRebuilt();
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
    m_currentRack = kNoId;
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

void HallPlanView::setSelectsWholeRows(bool on) { m_selectsWholeRows = on; }

std::vector<LayoutObjectRef> HallPlanView::selectedRefs() const
{
    return m_scene ? m_scene->selectedRefs() : std::vector<LayoutObjectRef>{};
}

void HallPlanView::selectRefs(const std::vector<LayoutObjectRef> &refs)
{
    if (m_scene)
        m_scene->selectRefs(refs);   // one selectionChanged, hence one rackSelected at most
}

QGraphicsItem *HallPlanView::editableItemAt(const QPoint &viewportPos) const
{
    if (!m_scene)
        return nullptr;
    // Topmost first: a rack standing in a cage is picked before the cage's floor.
    for (QGraphicsItem *item : items(viewportPos))
        if (item->isVisible() && item->flags().testFlag(QGraphicsItem::ItemIsSelectable) && layoutRefOf(item))
            return item;
    return nullptr;
}

std::vector<QGraphicsItem *> HallPlanView::clickGroupOf(QGraphicsItem *item, bool alone) const
{
    if (m_selectsWholeRows && !alone && item->type() == RackItem::Type) {
        const std::vector<RackItem *> racks = m_scene->rackItemsOfRow(static_cast<RackItem *>(item)->rack().rowId);
        return {racks.begin(), racks.end()};
    }
    return {item};
}

void HallPlanView::setSelection(const std::vector<QGraphicsItem *> &items, bool replace)
{
    m_selectingInBatch = true;
    if (replace)
        m_scene->clearSelection();
    for (QGraphicsItem *item : items)
        item->setSelected(true);
    m_selectingInBatch = false;
    onSceneSelectionChanged();
}

void HallPlanView::toggleGroup(const std::vector<QGraphicsItem *> &group)
{
    // The whole group goes the way of its clicked member, so that a half-selected row does not
    // end up half toggled.
    const bool select = !group.empty() && !group.front()->isSelected();
    m_selectingInBatch = true;
    for (QGraphicsItem *item : group)
        item->setSelected(select);
    m_selectingInBatch = false;
    onSceneSelectionChanged();
}

void HallPlanView::clickItem(QGraphicsItem *item, Qt::KeyboardModifiers modifiers)
{
    const bool alone = modifiers.testFlag(Qt::AltModifier);
    const bool toggle = modifiers.testFlag(Qt::ShiftModifier) || modifiers.testFlag(Qt::ControlModifier);
    std::vector<QGraphicsItem *> group = clickGroupOf(item, alone);
    // The clicked item first: toggleGroup() follows it.
    std::stable_partition(group.begin(), group.end(), [item](const QGraphicsItem *g) { return g == item; });
    const bool isRack = item->type() == RackItem::Type;
    const Id rackId = isRack ? static_cast<RackItem *>(item)->rackId() : kNoId;
    if (toggle) {
        if (!item->isSelected() && isRack)
            m_currentRack = rackId;
        toggleGroup(group);
        return;
    }
    m_currentRack = rackId;
    if (item->isSelected() && !alone) {
        // Perhaps the start of a drag of everything selected: decided on release.
        m_reselectOnRelease = group;
        onSceneSelectionChanged();
        return;
    }
    setSelection(group, true);
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
        else if (const RackItem *current = m_scene->rackItem(m_currentRack); current && current->isSelected())
            id = m_currentRack;   // the rack clicked in a row selected as a whole
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
    m_reselectOnRelease.clear();
    m_controlPressPending = false;
    if (m_panning) {   // its release went elsewhere (an editing tool took it)
        m_panning = false;
        viewport()->unsetCursor();
    }
    const QPoint position = event->position().toPoint();
    // Panning is handled here rather than by ScrollHandDrag, which only starts on a press the
    // scene did not take: with racks everywhere, a Ctrl+drag would select instead of pan.
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panLast = position;
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ControlModifier)) {
        m_controlPressPending = true;   // a pan if the mouse moves, a toggle if it does not
        m_pressPos = position;
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && m_scene) {
        if (QGraphicsItem *item = editableItemAt(position)) {
            // Selection is decided here rather than by the items, so that a click can take a
            // whole row and a press on a selection keeps it for a drag.
            clickItem(item, event->modifiers());
            event->accept();
            return;
        }
        m_currentRack = kNoId;
        if (event->modifiers().testFlag(Qt::ShiftModifier)) {
            // Shift+drag on the floor adds what the band encloses: QGraphicsView adds on Ctrl,
            // which is the pan here.
            QMouseEvent adding(event->type(), event->position(), event->scenePosition(), event->globalPosition(),
                               event->button(), event->buttons(),
                               (event->modifiers() & ~Qt::ShiftModifier) | Qt::ControlModifier, event->pointingDevice());
            QGraphicsView::mousePressEvent(&adding);
            event->setAccepted(adding.isAccepted());
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void HallPlanView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    if (m_controlPressPending && (position - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_controlPressPending = false;
        m_panning = true;
        m_panLast = m_pressPos;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    if (m_panning && event->buttons() == Qt::NoButton) {   // released where the view did not see it
        m_panning = false;
        viewport()->unsetCursor();
    }
    if (!m_panning) {
        if (!m_controlPressPending)
            QGraphicsView::mouseMoveEvent(event);
        return;
    }
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
    if (event->button() == Qt::LeftButton && m_controlPressPending) {
        m_controlPressPending = false;
        if (QGraphicsItem *item = editableItemAt(m_pressPos))
            clickItem(item, event->modifiers() | Qt::ControlModifier);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && !m_reselectOnRelease.empty()) {
        const std::vector<QGraphicsItem *> group = std::move(m_reselectOnRelease);
        m_reselectOnRelease.clear();
        setSelection(group, true);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void HallPlanView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // The items' own double-click would select the clicked rack alone, undoing the row
    // selection the first click made: handled as a second press instead.
    if (event->button() == Qt::LeftButton && !event->modifiers().testFlag(Qt::ControlModifier)) {
        if (QGraphicsItem *item = editableItemAt(event->position().toPoint())) {
            clickItem(item, event->modifiers());
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
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

void HallPlanView::setDimensionsVisible(bool visible)
{
    m_dimensionsVisible = visible;
    if (m_scene)
        m_scene->setDimensionsVisible(visible);
}

void HallPlanView::setClearancesVisible(bool visible)
{
    m_clearancesVisible = visible;
    if (m_scene)
        m_scene->setClearancesVisible(visible);
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
