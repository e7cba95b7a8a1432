#pragma once

#include "plan_colours.h"
#include "plan_legend.h"

#include "model/site_model.h"

#include <QDate>
#include <QGraphicsView>

#include <optional>
#include <vector>

namespace hectare::ui {

class HallScene;
class RackItem;

// The floor plan of one hall: wheel to zoom around the cursor, middle-drag or Ctrl+drag to
// pan, click to select a rack, drag on the floor to select several. The legend of the colour
// mode is painted over the plan in viewport pixels. Until the user zooms or pans, the hall is
// kept fitted to the window as it is resized.
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
    // The rack now selected alone, or 0 when the selection is empty or holds several racks.
    void rackSelected(hectare::Id rackId);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void zoomBy(double factor);
    double fitScale() const;
    void selectItems(const std::vector<RackItem *> &items);
    void onSceneSelectionChanged();
    void updateLegend();
    QRect legendRectFor(const QSize &size) const;

    HallScene *m_scene = nullptr;
    PlanColourMode m_mode = PlanColourMode::State;
    bool m_autoFit = true;
    bool m_panning = false;
    QPoint m_panLast;
    bool m_selectingInBatch = false;
    Id m_selectedRack = kNoId;
    bool m_legendVisible = true;
    std::optional<PlanLegend> m_legend;
    QSize m_legendSize;
    QRect m_legendRect;   // where the legend was last painted, in viewport pixels
};

} // namespace hectare::ui
