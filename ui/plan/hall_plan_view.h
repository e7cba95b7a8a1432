#pragma once

#include "plan_colours.h"
#include "plan_legend.h"

#include "layout/clearance.h"
#include "model/site_model.h"

#include <QDate>
#include <QGraphicsView>

#include <optional>
#include <vector>

namespace hectare::ui {

class HallScene;
class RackItem;

// The floor plan of one hall: wheel to zoom around the cursor, middle-drag or Ctrl+drag to
// pan, click to select a rack (or, when editing, its whole row: Alt+click for the rack alone),
// Shift+click or Ctrl+click to add or take away, drag on the floor to select what lies inside.
// The legend of the colour mode is painted over the plan in viewport pixels. Until the user
// zooms or pans, the hall is kept fitted to the window as it is resized. Editing gestures
// (moving, drawing) are PlanEditor's, which watches the viewport's events.
class HallPlanView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit HallPlanView(QWidget *parent = nullptr);
    ~HallPlanView() override;

    HallScene *hallScene() const { return m_scene; }
    PlanColourMode colourMode() const { return m_mode; }
    // Zoom as screen pixels per millimetre of floor.
    double pixelsPerMm() const { return transform().m11(); }
    bool isLegendVisible() const { return m_legendVisible; }
    void setLegendVisible(bool visible);
    // The dimension lines and clearance marks of the scene, kept across rebuilds.
    bool dimensionsVisible() const { return m_dimensionsVisible; }
    void setDimensionsVisible(bool visible);
    bool clearancesVisible() const { return m_clearancesVisible; }
    void setClearancesVisible(bool visible);

    // When editing, a row moves as a whole, so a click on a rack selects all of its row's racks;
    // the clicked rack stays the "current" one that rackSelected announces.
    bool selectsWholeRows() const { return m_selectsWholeRows; }
    void setSelectsWholeRows(bool on);
    // The selected racks, obstacles and cages (racks as racks), and selecting by the same refs
    // (a row stands for its racks), with one rackSelected at most.
    std::vector<LayoutObjectRef> selectedRefs() const;
    void selectRefs(const std::vector<LayoutObjectRef> &refs);
    // The topmost selectable item carrying a LayoutObjectRef under a viewport point, or nullptr.
    QGraphicsItem *editableItemAt(const QPoint &viewportPos) const;

public Q_SLOTS:
    // Builds the plan of the hall (nothing for a null model or an unknown hall). Rebuilding the
    // same hall keeps the zoom, the centre and the selection; another hall is fitted.
    void setModel(const hectare::SiteModel *model, hectare::Id hallId, QDate asOf);
    void setColourMode(hectare::ui::PlanColourMode mode);
    // An edit changed one rack: updates its item only, no rebuild.
    void refreshRack(const hectare::Rack &rack);
    void selectRack(hectare::Id rackId);
    void selectRow(hectare::Id rowId);
    void zoomIn();
    void zoomOut();
    void fitToHall();

Q_SIGNALS:
    // The rack now selected alone, or the one clicked in a row selected as a whole; 0 when the
    // selection is empty or holds several racks no click singled out.
    void rackSelected(hectare::Id rackId);
    // setModel() built a new scene (or none): items held from the old one are gone.
    void planRebuilt();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void zoomBy(double factor);
    double fitScale() const;
    void selectItems(const std::vector<RackItem *> &items);
    // The items one click on `item` selects: its row's racks, or the item alone.
    std::vector<QGraphicsItem *> clickGroupOf(QGraphicsItem *item, bool alone) const;
    void clickItem(QGraphicsItem *item, Qt::KeyboardModifiers modifiers);
    void toggleGroup(const std::vector<QGraphicsItem *> &group);
    void setSelection(const std::vector<QGraphicsItem *> &items, bool replace);
    void onSceneSelectionChanged();
    void updateLegend();
    QRect legendRectFor(const QSize &size) const;

    HallScene *m_scene = nullptr;
    PlanColourMode m_mode = PlanColourMode::State;
    bool m_autoFit = true;
    bool m_panning = false;
    QPoint m_panLast;
    // A Ctrl+press pans once the mouse moves, and toggles the item under it when it does not.
    bool m_controlPressPending = false;
    QPoint m_pressPos;
    // A plain press on an item already selected keeps the selection (to drag it); released
    // without a drag, it selects that item's group alone.
    std::vector<QGraphicsItem *> m_reselectOnRelease;
    bool m_selectingInBatch = false;
    bool m_selectsWholeRows = false;
    Id m_currentRack = kNoId;
    Id m_selectedRack = kNoId;
    bool m_legendVisible = true;
    bool m_dimensionsVisible = true;
    bool m_clearancesVisible = true;
    std::optional<PlanLegend> m_legend;
    QSize m_legendSize;
    QRect m_legendRect;   // where the legend was last painted, in viewport pixels
};

} // namespace hectare::ui
