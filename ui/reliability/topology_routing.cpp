#include "topology_routing.h"

#include "topology_metrics.h"

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace hectare::ui {

using namespace topologyMetrics;

void routeTopologyEdges(TopologyLayout &layout)
{
    std::map<int, std::vector<int>> edgesInGap;   // the fed box's column → edges
    for (std::size_t e = 0; e < layout.edges.size(); ++e)
        edgesInGap[layout.boxes[std::size_t(layout.edges[e].to)].column].push_back(int(e));
    std::map<int, double> busOffset;   // edge → offset from the middle of its gap
    for (const auto &[column, edges] : edgesInGap) {
        // Bundles: the connected groups of boxes the gap's edges join (union-find on box indices).
        std::map<int, int> parent;
        const auto root = [&](int b) {
            parent.try_emplace(b, b);
            while (parent[b] != b)
                b = parent[b] = parent[parent[b]];
            return b;
        };
        for (int e : edges)
            parent[root(layout.edges[std::size_t(e)].from)] = root(layout.edges[std::size_t(e)].to);
        std::map<int, double> topOf;   // bundle → the top of the highest box it feeds
        for (int e : edges) {
            const int bundle = root(layout.edges[std::size_t(e)].to);
            const double top = layout.boxes[std::size_t(layout.edges[std::size_t(e)].to)].rect.top();
            const auto [it, added] = topOf.try_emplace(bundle, top);
            if (!added)
                it->second = std::min(it->second, top);
        }
        if (topOf.size() < 2)
            continue;
        std::vector<std::pair<double, int>> order;   // (top, bundle), top to bottom
        for (const auto &[bundle, top] : topOf)
            order.emplace_back(top, bundle);
        std::ranges::sort(order);
        const double spacing = std::min(kBusSpacing, kColumnGap / double(order.size() + 1));
        for (int e : edges) {
            const int bundle = root(layout.edges[std::size_t(e)].to);
            const auto rank = std::ranges::find(order, bundle, &std::pair<double, int>::second) - order.begin();
            busOffset[e] = (double(rank) - double(order.size() - 1) / 2) * spacing;
        }
    }
    for (std::size_t e = 0; e < layout.edges.size(); ++e) {
        TopologyEdge &edge = layout.edges[e];
        const QRectF a = layout.boxes[std::size_t(edge.from)].rect;
        const QRectF b = layout.boxes[std::size_t(edge.to)].rect;
        const auto offset = busOffset.find(int(e));
        const double bus = b.left() - kColumnGap / 2 + (offset == busOffset.end() ? 0.0 : offset->second);
        edge.points = QPolygonF({QPointF(a.right(), a.center().y()), QPointF(bus, a.center().y()),
                                 QPointF(bus, b.center().y()), QPointF(b.left(), b.center().y())});
    }
}

} // namespace hectare::ui
