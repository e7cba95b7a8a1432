#include "cage_drawing.h"

#include "model/geometry.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QPainterPath>
#include <QPen>

#include <cmath>

namespace hectare::ui {
namespace {

constexpr qreal kZ = 900;   // over the plan, under the outline handles
constexpr double kSamePointM = 1e-6;

QPointF toMm(const PointM &p) { return QPointF(p.x * 1000.0, p.y * 1000.0); }

} // namespace

CageDrawing::~CageDrawing() { removeItems(); }

void CageDrawing::attachTo(QGraphicsScene *scene)
{
    if (scene == m_scene && (m_path || !scene))
        return;
    removeItems();
    m_scene = scene;
    update();
}

void CageDrawing::removeItems()
{
    // Items die with their scene; only those of a scene still alive are removed here.
    if (m_scene) {
        delete m_path;
        delete m_label;
    }
    m_path = nullptr;
    m_label = nullptr;
}

void CageDrawing::addPoint(const PointM &point)
{
    if (!m_points.empty() && std::abs(m_points.back().x - point.x) < kSamePointM
        && std::abs(m_points.back().y - point.y) < kSamePointM)
        return;
    m_points.push_back(point);
    update();
}

void CageDrawing::removeLastPoint()
{
    if (m_points.empty())
        return;
    m_points.pop_back();
    update();
}

void CageDrawing::setHover(std::optional<PointM> point)
{
    m_hover = point;
    update();
}

void CageDrawing::clear()
{
    m_points.clear();
    m_hover.reset();
    update();
}

std::vector<PointM> CageDrawing::shownPoints() const
{
    std::vector<PointM> points = m_points;
    if (m_hover && !points.empty())
        points.push_back(*m_hover);
    return points;
}

double CageDrawing::areaM2() const { return polygonAreaM2(shownPoints()); }

QString CageDrawing::areaText() const { return tr("%1 m²").arg(QLocale().toString(areaM2(), 'f', 1)); }

void CageDrawing::update()
{
    if (!m_scene)
        return;
    const std::vector<PointM> points = shownPoints();
    if (points.empty()) {
        removeItems();
        return;
    }
    if (!m_path) {
        m_path = new QGraphicsPathItem;
        QPen pen(QColor(0x1f, 0x4e, 0x9c), 2, Qt::DashLine);
        pen.setCosmetic(true);
        m_path->setPen(pen);
        m_path->setBrush(QColor(0x1f, 0x4e, 0x9c, 40));
        m_path->setZValue(kZ);
        m_path->setAcceptedMouseButtons(Qt::NoButton);
        m_scene->addItem(m_path);
        m_label = new QGraphicsSimpleTextItem;
        m_label->setFlag(QGraphicsItem::ItemIgnoresTransformations);   // pixels, whatever the zoom
        QFont font = m_label->font();
        font.setBold(true);
        m_label->setFont(font);
        m_label->setBrush(QColor(0x1f, 0x4e, 0x9c));
        m_label->setZValue(kZ);
        m_label->setAcceptedMouseButtons(Qt::NoButton);
        m_scene->addItem(m_label);
    }
    QPainterPath path;
    path.moveTo(toMm(points.front()));
    for (std::size_t i = 1; i < points.size(); ++i)
        path.lineTo(toMm(points[i]));
    path.closeSubpath();
    m_path->setPath(path);
    // The area in the middle of the polygon, centred on it in screen pixels.
    m_label->setText(points.size() >= 3 ? areaText() : QString());
    const QRectF text = m_label->boundingRect();
    m_label->setTransform(QTransform::fromTranslate(-text.width() / 2, -text.height() / 2));
    m_label->setPos(path.boundingRect().center());
}

} // namespace hectare::ui
