#pragma once

#include "topology_layout.h"
#include "topology_painter.h"

#include "model/ids.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

namespace hectare::ui {

class ReliabilityAnalysis;

// The site's one-line diagram (topology_layout.h), power and cooling, each unit coloured by its
// Tier III check result, under a header line with the load basis and the verdict and over a
// legend. It fits the window; the wheel (or + and −) zooms about the cursor, dragging pans, 0 fits
// again. Clicking a unit selects it (componentSelected); highlight() outlines a component and
// tints the loads its maintenance would drop. Tooltips give a unit's name, capacity, MTBF/MTTR.
class TopologyView : public QWidget
{
    Q_OBJECT

public:
    explicit TopologyView(QWidget *parent = nullptr);
    ~TopologyView() override;

    // nullptr empties the view. The analysis is not owned.
    void setAnalysis(ReliabilityAnalysis *analysis);
    ReliabilityAnalysis *analysis() const { return m_analysis; }

    // Outlines a component: (library kind, id, member ≥ 1) one unit, member 0 every group of it;
    // also the kinds of componentKinds (a path by its PDU's id, side A or B as member 1 or 2,
    // a hall, the utility). An unknown component clears the highlight.
    void highlight(const QString &kind, Id componentId, int member);
    void clearHighlight();
    const TopologySelection &selection() const { return m_selection; }

    const TopologyLayout &topologyLayout() const { return m_layout; }
    QString headerText() const;

    // 1 = the whole diagram fits; at most kMaxZoom.
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void fitToWindow();

    // Where a point of the layout is on the widget, and back.
    QPointF toWidget(QPointF layoutPoint) const;
    QPointF toLayout(QPointF widgetPoint) const;

    // The view as it would paint at `size`, fitted, with the current highlight.
    QImage snapshot(QSize size) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static constexpr double kMaxZoom = 8;

Q_SIGNALS:
    // The user clicked a unit (member ≥ 1) or a group's box (member 0).
    void componentSelected(const QString &kind, hectare::Id componentId, int member);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Frame   // how the layout maps onto a rectangle of the widget
    {
        QRectF area;      // between the header and the legend
        double scale = 1;
        QPointF pan;
    };
    Frame frameFor(const QRectF &rect, double zoom, QPointF pan) const;
    Frame currentFrame() const;
    void paintView(QPainter &painter, const QRectF &rect, const Frame &frame) const;
    void rebuild();
    void resolveHighlight();
    void zoomAbout(QPointF widgetPoint, double zoom);
    void clickAt(QPointF widgetPoint);
    QString toolTipAt(QPointF widgetPoint) const;

    QPointer<ReliabilityAnalysis> m_analysis;
    TopologyLayout m_layout;
    TopologySelection m_selection;
    QString m_highlightKind;
    Id m_highlightId = kNoId;
    int m_highlightMember = 0;
    double m_zoom = 1;
    QPointF m_pan;          // widget pixels, added after centring
    QPointF m_pressPos;
    QPointF m_panAtPress;
    bool m_dragging = false;
};

} // namespace hectare::ui
