#include "topology_view.h"

#include "check_status_colours.h"
#include "reliability_analysis.h"
#include "tier3_verdict.h"
#include "topology_text.h"

#include "session/document_session.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace hectare::ui {
namespace {

constexpr double kMinZoom = 0.5;
constexpr double kMaxFitScale = 1.25;   // a small site is not blown up past legibility
constexpr double kZoomStep = 1.2;
constexpr double kDragThreshold = 4;

} // namespace

TopologyView::TopologyView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("topologyView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(QString());   // tooltips come from event()
}

TopologyView::~TopologyView() = default;

void TopologyView::setAnalysis(ReliabilityAnalysis *analysis)
{
    if (m_analysis)
        disconnect(m_analysis, nullptr, this, nullptr);
    m_analysis = analysis;
    if (m_analysis) {
        connect(m_analysis, &ReliabilityAnalysis::changed, this, &TopologyView::rebuild);
        connect(m_analysis, &QObject::destroyed, this, [this] { setAnalysis(nullptr); });
    }
    fitToWindow();
    rebuild();
}

void TopologyView::rebuild()
{
    if (m_analysis && m_analysis->isValid() && m_analysis->session())
        m_layout = layoutTopology(m_analysis->site(), m_analysis->session()->model());
    else
        m_layout = TopologyLayout{};
    resolveHighlight();
    update();
}

void TopologyView::highlight(const QString &kind, Id componentId, int member)
{
    m_highlightKind = kind;
    m_highlightId = componentId;
    m_highlightMember = member;
    resolveHighlight();
    update();
}

void TopologyView::clearHighlight() { highlight(QString(), kNoId, 0); }

void TopologyView::resolveHighlight()
{
    m_selection = m_analysis && !m_highlightKind.isEmpty()
        ? topologySelectionOf(m_layout, *m_analysis, m_highlightKind, m_highlightId, m_highlightMember)
        : TopologySelection{};
}

QString TopologyView::headerText() const
{
    if (!m_analysis)
        return tr("No document open");
    return tier3VerdictText(*m_analysis);
}

void TopologyView::setZoom(double zoom) { zoomAbout(currentFrame().area.center(), zoom); }

void TopologyView::fitToWindow()
{
    m_zoom = 1;
    m_pan = QPointF();
    update();
}

TopologyView::Frame TopologyView::frameFor(const QRectF &rect, double zoom, QPointF pan) const
{
    const double header = fontMetrics().height() + 14;
    const double legend = checkLegendHeight(rect.width() - 20, QFontInfo(font()).pixelSize()) + 8;
    Frame f;
    f.area = rect.adjusted(0, header, 0, -legend);
    const QRectF bounds = m_layout.bounds;
    double fit = 1;
    if (bounds.width() > 0 && bounds.height() > 0)
        fit = std::min({(f.area.width() - 8) / bounds.width(), (f.area.height() - 8) / bounds.height(), kMaxFitScale});
    f.scale = std::max(0.01, fit) * zoom;
    f.pan = pan;
    return f;
}

TopologyView::Frame TopologyView::currentFrame() const { return frameFor(QRectF(rect()), m_zoom, m_pan); }

QPointF TopologyView::toWidget(QPointF layoutPoint) const
{
    const Frame f = currentFrame();
    return f.area.center() + f.pan + (layoutPoint - m_layout.bounds.center()) * f.scale;
}

QPointF TopologyView::toLayout(QPointF widgetPoint) const
{
    const Frame f = currentFrame();
    return (widgetPoint - f.area.center() - f.pan) / f.scale + m_layout.bounds.center();
}

void TopologyView::zoomAbout(QPointF widgetPoint, double zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const QPointF anchor = toLayout(widgetPoint);
    m_zoom = zoom;
    m_pan += widgetPoint - toWidget(anchor);   // keeps the point under the cursor where it was
    update();
}

void TopologyView::paintView(QPainter &painter, const QRectF &rect, const Frame &frame) const
{
    painter.fillRect(rect, Qt::white);

    if (!m_layout.boxes.empty()) {
        painter.save();
        painter.setClipRect(frame.area);
        painter.translate(frame.area.center() + frame.pan);
        painter.scale(frame.scale, frame.scale);
        painter.translate(-m_layout.bounds.center());
        paintTopology(painter, m_layout, *m_analysis, m_selection);
        painter.restore();
    } else {
        painter.setPen(palette().color(QPalette::Disabled, QPalette::WindowText));
        const QString empty = m_analysis && !m_analysis->errorText().isEmpty() ? m_analysis->errorText()
                                                                                 : tr("No topology to show");
        painter.drawText(frame.area.adjusted(16, 0, -16, 0), Qt::AlignCenter | Qt::TextWordWrap, empty);
    }

    // The header: the verdict, with a dot in its colour.
    const QRectF header(rect.left(), rect.top(), rect.width(), frame.area.top() - rect.top());
    painter.fillRect(header, QColor(0xfa, 0xfb, 0xfc));
    painter.setPen(QColor(0xd8, 0xdc, 0xe0));
    painter.drawLine(header.bottomLeft(), header.bottomRight());
    CheckStatus verdict = CheckStatus::NoCheck;
    if (m_analysis && m_analysis->isValid())
        verdict = m_analysis->report().summary.passed ? CheckStatus::Ok : CheckStatus::Violation;
    const double dot = fontMetrics().height() * 0.6;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(checkStatusColours::fill(verdict));
    painter.drawEllipse(QRectF(header.left() + 10, header.center().y() - dot / 2, dot, dot));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(QColor(0x1b, 0x1b, 0x1b));
    const QRectF text = header.adjusted(16 + dot, 0, -10, 0);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(bold).elidedText(headerText(), Qt::ElideRight, text.width()));

    // The legend.
    const QRectF legend(rect.left(), frame.area.bottom(), rect.width(), rect.bottom() - frame.area.bottom());
    painter.fillRect(legend, QColor(0xfa, 0xfb, 0xfc));
    painter.setPen(QColor(0xd8, 0xdc, 0xe0));
    painter.drawLine(legend.topLeft(), legend.topRight());
    painter.setFont(font());
    paintCheckLegend(painter, legend.adjusted(10, 4, -10, -4), QFontInfo(font()).pixelSize());
}

void TopologyView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintView(painter, QRectF(rect()), currentFrame());
}

QImage TopologyView::snapshot(QSize size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    paintView(painter, rect, frameFor(rect, 1, QPointF()));
    return image;
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    update();
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    zoomAbout(event->position(), m_zoom * std::pow(kZoomStep, steps));
    event->accept();
}

void TopologyView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = event->position();
    m_panAtPress = m_pan;
    m_dragging = false;
}

void TopologyView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return QWidget::mouseMoveEvent(event);
    const QPointF moved = event->position() - m_pressPos;
    if (!m_dragging && std::hypot(moved.x(), moved.y()) < kDragThreshold)
        return;
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    m_pan = m_panAtPress + moved;
    update();
}

void TopologyView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (m_dragging)
        unsetCursor();
    else
        clickAt(event->position());
    m_dragging = false;
}

void TopologyView::clickAt(QPointF widgetPoint)
{
    if (!m_analysis || !m_analysis->isValid())
        return;
    const reliability::CompiledSite &site = m_analysis->site();
    const QPointF point = toLayout(widgetPoint);
    if (const int unit = m_layout.unitAt(point); unit >= 0) {
        const reliability::UnitRef &ref = site.units[std::size_t(unit)];
        highlight(ref.kind, ref.componentId, ref.member);
        Q_EMIT componentSelected(ref.kind, ref.componentId, ref.member);
        return;
    }
    const int b = m_layout.boxAt(point);
    if (b < 0) {
        clearHighlight();
        return;
    }
    const TopologyBox &box = m_layout.boxes[std::size_t(b)];
    QString kind;
    Id id = kNoId;
    switch (box.role) {
    case TopologyBox::Role::Group:
        kind = site.groups[std::size_t(box.groups.front())].kind;
        id = site.groups[std::size_t(box.groups.front())].componentId;
        break;
    case TopologyBox::Role::HallLoad:
    case TopologyBox::Role::HallCooling:
        kind = QLatin1String(componentKinds::kHall);
        id = box.hallId;
        break;
    case TopologyBox::Role::Utility: kind = QLatin1String(componentKinds::kUtility); break;
    case TopologyBox::Role::Pdus: return;   // several components: a click picks one of its squares
    }
    highlight(kind, id, 0);
    Q_EMIT componentSelected(kind, id, 0);
}

void TopologyView::keyPressEvent(QKeyEvent *event)
{
    const QPointF centre = currentFrame().area.center();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomAbout(centre, m_zoom * kZoomStep); break;
    case Qt::Key_Minus: zoomAbout(centre, m_zoom / kZoomStep); break;
    case Qt::Key_0: fitToWindow(); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

bool TopologyView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

QString TopologyView::toolTipAt(QPointF widgetPoint) const
{
    if (!m_analysis || !m_analysis->isValid() || !currentFrame().area.contains(widgetPoint))
        return {};
    const reliability::Network &n = m_analysis->site().network;
    const QPointF point = toLayout(widgetPoint);
    if (const int unit = m_layout.unitAt(point); unit >= 0)
        return topologyUnitToolTip(n, unit, m_analysis->unitStatus(unit));
    const int b = m_layout.boxAt(point);
    if (b < 0)
        return {};
    const TopologyBox &box = m_layout.boxes[std::size_t(b)];
    if (box.role == TopologyBox::Role::Utility)
        return topologyUtilityToolTip(n.grid);
    if (box.role == TopologyBox::Role::Group)
        return topologyGroupToolTip(n, box.groups.front(), m_analysis->groupStatus(box.groups.front()));
    for (const TopologyLoadRow &row : box.loadRows)
        if (row.rect.contains(point))
            return n.loads[std::size_t(row.load)].name + QLatin1Char('\n') + row.figures;
    return box.title + QLatin1Char('\n') + box.detail;
}

QSize TopologyView::sizeHint() const { return {960, 640}; }

QSize TopologyView::minimumSizeHint() const { return {240, 160}; }

} // namespace hectare::ui
