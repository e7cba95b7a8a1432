#include "dxf_shapes.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>

namespace hectare {
namespace {

constexpr double kMaxChordErrorM = 0.005;

double distance(const PointM &a, const PointM &b) { return std::hypot(a.x - b.x, a.y - b.y); }

double cross(const PointM &o, const PointM &a, const PointM &b)
{
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

// Andrew's monotone chain: the hull counter-clockwise, without repeated points.
std::vector<PointM> convexHull(std::vector<PointM> points)
{
    std::sort(points.begin(), points.end(), [](const PointM &a, const PointM &b) {
        return a.x < b.x || (a.x == b.x && a.y < b.y);
    });
    points.erase(std::unique(points.begin(), points.end()), points.end());
    if (points.size() < 3)
        return points;
    std::vector<PointM> hull(2 * points.size());
    size_t k = 0;
    for (size_t i = 0; i < points.size(); ++i) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], points[i]) <= 0)
            --k;
        hull[k++] = points[i];
    }
    for (size_t i = points.size() - 1, lower = k + 1; i > 0; --i) {
        while (k >= lower && cross(hull[k - 2], hull[k - 1], points[i - 1]) <= 0)
            --k;
        hull[k++] = points[i - 1];
    }
    hull.resize(k - 1);
    return hull;
}

// Points along the arc from a to b whose bulge is tan(θ/4), b excluded.
void appendArc(const PointM &a, const PointM &b, double bulge, std::vector<PointM> &out)
{
    out.push_back(a);
    const double chord = distance(a, b);
    if (std::abs(bulge) < 1e-9 || chord <= 0)
        return;
    const double theta = 4 * std::atan(bulge);   // signed: positive counter-clockwise
    const double radius = chord / (2 * std::sin(std::abs(theta) / 2));
    // Centre: from the chord's middle along its left normal for a counter-clockwise arc.
    const PointM mid{(a.x + b.x) / 2, (a.y + b.y) / 2};
    const double h = radius * std::cos(std::abs(theta) / 2);   // negative for more than half a circle
    const double nx = -(b.y - a.y) / chord;
    const double ny = (b.x - a.x) / chord;
    const double side = theta > 0 ? 1 : -1;
    const PointM centre{mid.x + nx * h * side, mid.y + ny * h * side};
    const double step = 2 * std::acos(std::max(-1.0, 1 - kMaxChordErrorM / radius));
    const int segments = std::clamp(int(std::ceil(std::abs(theta) / std::max(step, 1e-3))), 1, 720);
    const double start = std::atan2(a.y - centre.y, a.x - centre.x);
    for (int i = 1; i < segments; ++i) {
        const double angle = start + theta * i / segments;
        out.push_back({centre.x + radius * std::cos(angle), centre.y + radius * std::sin(angle)});
    }
}

} // namespace

OrientedRectangle minimumAreaRectangle(const std::vector<PointM> &points)
{
    OrientedRectangle best;
    const std::vector<PointM> hull = convexHull(points);
    if (hull.empty())
        return best;
    if (hull.size() == 1) {
        best.centre = hull.front();
        return best;
    }
    double bestArea = -1;
    double bestEdge = 0;
    for (size_t i = 0; i < hull.size(); ++i) {
        const PointM &p = hull[i];
        const PointM &q = hull[(i + 1) % hull.size()];
        const double edge = distance(p, q);
        if (edge <= 0)
            continue;
        const double ux = (q.x - p.x) / edge;
        const double uy = (q.y - p.y) / edge;
        double minU = 0, maxU = 0, minV = 0, maxV = 0;
        for (size_t j = 0; j < hull.size(); ++j) {
            const double u = (hull[j].x - p.x) * ux + (hull[j].y - p.y) * uy;
            const double v = -(hull[j].x - p.x) * uy + (hull[j].y - p.y) * ux;
            minU = j ? std::min(minU, u) : u;
            maxU = j ? std::max(maxU, u) : u;
            minV = j ? std::min(minV, v) : v;
            maxV = j ? std::max(maxV, v) : v;
        }
        const double area = (maxU - minU) * (maxV - minV);
        // Equal areas (within floating-point noise): keep the longer edge.
        const double tolerance = 1e-9 * std::max(1.0, bestArea);
        if (bestArea >= 0 && (area > bestArea + tolerance || (area > bestArea - tolerance && edge <= bestEdge)))
            continue;
        bestArea = area;
        bestEdge = edge;
        const double cu = (minU + maxU) / 2;
        const double cv = (minV + maxV) / 2;
        best.centre = {p.x + cu * ux - cv * uy, p.y + cu * uy + cv * ux};
        double along = maxU - minU, across = maxV - minV;
        double angle = std::atan2(uy, ux) * 180 / std::numbers::pi;
        if (across > along) {
            std::swap(along, across);
            angle += 90;
        }
        best.widthM = along;
        best.depthM = across;
        angle = std::fmod(angle, 180.0);
        if (angle < 0)
            angle += 180;
        // A drawing's 89.9999999° is meant as 90°; 179.9999999° as 0°.
        angle = std::round(angle * 1e6) / 1e6;
        best.rotationDeg = angle >= 180 ? 0 : angle;
    }
    return best;
}

std::vector<PointM> cornersOf(const OrientedRectangle &r)
{
    const double c = std::cos(r.rotationDeg * std::numbers::pi / 180);
    const double s = std::sin(r.rotationDeg * std::numbers::pi / 180);
    std::vector<PointM> corners;
    for (const auto &[lx, ly] : {std::pair{-r.widthM / 2, -r.depthM / 2}, std::pair{r.widthM / 2, -r.depthM / 2},
                                 std::pair{r.widthM / 2, r.depthM / 2}, std::pair{-r.widthM / 2, r.depthM / 2}})
        corners.push_back({r.centre.x + lx * c - ly * s, r.centre.y + lx * s + ly * c});
    return corners;
}

std::vector<PointM> polylinePointsM(const DxfPolyline &polyline, double metresPerUnit)
{
    std::vector<PointM> points;
    const auto &v = polyline.vertices;
    for (size_t i = 0; i < v.size(); ++i) {
        const PointM a{v[i].x * metresPerUnit, v[i].y * metresPerUnit};
        const bool last = i + 1 == v.size();
        if (last && !polyline.closedFlag) {
            points.push_back(a);
            break;
        }
        const DxfVertex &next = v[last ? 0 : i + 1];
        appendArc(a, {next.x * metresPerUnit, next.y * metresPerUnit}, v[i].bulge, points);
    }
    if (points.size() > 1 && distance(points.front(), points.back()) < 1e-9)
        points.pop_back();
    return points;
}

bool isClosed(const DxfPolyline &polyline, double metresPerUnit, double toleranceM)
{
    if (polyline.closedFlag)
        return true;
    if (polyline.vertices.size() < 4)   // a triangle needs three sides and a point back to the start
        return false;
    const DxfVertex &a = polyline.vertices.front();
    const DxfVertex &b = polyline.vertices.back();
    return std::hypot(a.x - b.x, a.y - b.y) * metresPerUnit <= toleranceM;
}

std::vector<std::vector<PointM>> closedLoops(const std::vector<DxfLine> &linesM, double toleranceM,
                                             std::vector<bool> &used)
{
    used.assign(linesM.size(), false);
    std::vector<std::vector<PointM>> loops;
    for (size_t first = 0; first < linesM.size(); ++first) {
        if (used[first] || distance(linesM[first].from, linesM[first].to) <= toleranceM)
            continue;
        std::vector<size_t> chain{first};
        std::vector<PointM> points{linesM[first].from};
        PointM end = linesM[first].to;
        std::vector<bool> inChain(linesM.size(), false);
        inChain[first] = true;
        bool closed = false;
        while (!closed) {
            bool extended = false;
            for (size_t j = 0; j < linesM.size() && !extended; ++j) {
                if (used[j] || inChain[j])
                    continue;
                const bool forward = distance(linesM[j].from, end) <= toleranceM;
                if (!forward && distance(linesM[j].to, end) > toleranceM)
                    continue;
                points.push_back(end);
                end = forward ? linesM[j].to : linesM[j].from;
                chain.push_back(j);
                inChain[j] = true;
                extended = true;
            }
            if (!extended)
                break;
            closed = chain.size() >= 3 && distance(end, points.front()) <= toleranceM;
        }
        if (!closed)
            continue;
        for (size_t j : chain)
            used[j] = true;
        loops.push_back(points);
    }
    return loops;
}

PointM polygonCentroid(const std::vector<PointM> &polygon)
{
    double a = 0, cx = 0, cy = 0;
    for (size_t i = 0; i < polygon.size(); ++i) {
        const PointM &p = polygon[i];
        const PointM &q = polygon[(i + 1) % polygon.size()];
        const double c = p.x * q.y - q.x * p.y;
        a += c;
        cx += (p.x + q.x) * c;
        cy += (p.y + q.y) * c;
    }
    if (std::abs(a) < 1e-12) {
        PointM mean;
        for (const PointM &p : polygon) {
            mean.x += p.x / double(polygon.size());
            mean.y += p.y / double(polygon.size());
        }
        return mean;
    }
    return {cx / (3 * a), cy / (3 * a)};
}

} // namespace hectare
