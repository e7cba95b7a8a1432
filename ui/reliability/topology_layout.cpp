#include "topology_layout.h"

#include "topology_metrics.h"
#include "topology_routing.h"
#include "topology_text.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <utility>

namespace hectare::ui {
namespace {

using reliability::CompiledSite;
using reliability::Network;
using reliability::Side;

using namespace topologyMetrics;

int laneIndex(TopologyLane lane) { return int(lane); }

// Sizes the box for its content and places its squares and load rows relative to (0, 0).
void sizeBox(TopologyBox &box, double width)
{
    double height = kHeader;
    const int perRow = std::max(1, int((width - 2 * kPad + kSlotGap) / (kSlot + kSlotGap)));
    for (std::size_t i = 0; i < box.slots.size(); ++i) {
        const int row = int(i) / perRow;
        const int col = int(i) % perRow;
        box.slots[i].rect = QRectF(kPad + col * (kSlot + kSlotGap), kHeader + row * (kSlot + kSlotGap), kSlot, kSlot);
    }
    if (!box.slots.empty()) {
        const int rows = (int(box.slots.size()) + perRow - 1) / perRow;
        height += rows * (kSlot + kSlotGap) - kSlotGap;
    }
    for (std::size_t i = 0; i < box.loadRows.size(); ++i)
        box.loadRows[i].rect = QRectF(kPad, kHeader + double(i) * kLoadRow, width - 2 * kPad, kLoadRow);
    height += double(box.loadRows.size()) * kLoadRow;
    height += box.slots.empty() && box.loadRows.empty() ? 0 : kPad;
    box.rect = QRectF(0, 0, width, height);
}

void moveBox(TopologyBox &box, QPointF topLeft)
{
    const QPointF by = topLeft - box.rect.topLeft();
    box.rect.translate(by);
    for (TopologySlot &slot : box.slots)
        slot.rect.translate(by);
    for (TopologyLoadRow &row : box.loadRows)
        row.rect.translate(by);
}

// Collects boxes and edges; places them once every box is known.
class Builder
{
public:
    Builder(const CompiledSite &site, const SiteModel &model) : m_site(site), m_model(model), m_n(site.network) {}

    TopologyLayout build()
    {
        addPower();
        addCooling();
        addUnplaced();
        place();
        routeTopologyEdges(m_out);
        return std::move(m_out);
    }

private:
    int addBox(TopologyBox box)
    {
        m_out.boxes.push_back(std::move(box));
        return int(m_out.boxes.size()) - 1;
    }

    int addGroupBox(int group, TopologyLane lane, int column)
    {
        if (const auto it = m_boxOfGroup.find(group); it != m_boxOfGroup.end())
            return it->second;
        TopologyBox box;
        box.lane = lane;
        box.column = column;
        box.groups = {group};
        box.title = m_n.groups[std::size_t(group)].name;
        box.detail = topologyGroupDetail(m_n, group);
        for (int u : m_n.groups[std::size_t(group)].units)
            box.slots.push_back(TopologySlot{u, {}});
        const int b = addBox(std::move(box));
        m_boxOfGroup.emplace(group, b);
        return b;
    }

    void addEdge(int from, int to, bool cooling)
    {
        if (from < 0 || to < 0 || from == to || !m_edges.insert({from, to}).second)
            return;
        m_out.edges.push_back(TopologyEdge{from, to, cooling, {}});
    }

    Id hallOfPdu(Id pduId) const
    {
        const Pdu *pdu = m_model.pdu(pduId);
        return pdu ? pdu->hallId : kNoId;
    }

    void addPower()
    {
        // Which sides each group serves and its column: 1 + position upstream, then downstream.
        int upstreamColumns = 0, downstreamColumns = 1;
        for (const reliability::Path &p : m_n.paths) {
            upstreamColumns = std::max(upstreamColumns, int(p.upstream.size()));
            downstreamColumns = std::max(downstreamColumns, int(p.downstream.size()));
        }
        m_pduColumn = 1 + upstreamColumns + downstreamColumns - 1;
        m_loadColumn = m_pduColumn + 1;
        std::map<int, int> sidesOf;    // group → bit 1: A, bit 2: B
        std::map<int, int> columnOf;
        for (const reliability::Path &p : m_n.paths) {
            const int bit = p.side == Side::A ? 1 : 2;
            for (std::size_t i = 0; i < p.upstream.size(); ++i) {
                sidesOf[p.upstream[i]] |= bit;
                columnOf.try_emplace(p.upstream[i], 1 + int(i));
            }
            for (std::size_t i = 0; i + 1 < p.downstream.size(); ++i) {
                sidesOf[p.downstream[i]] |= bit;
                columnOf.try_emplace(p.downstream[i], 1 + upstreamColumns + int(i));
            }
        }

        TopologyBox utility;
        utility.role = TopologyBox::Role::Utility;
        utility.title = topologyUtilityTitle();
        utility.detail = topologyUtilityDetail(m_n.grid);
        m_utility = addBox(std::move(utility));
        if (m_n.generators >= 0)
            m_generators = addGroupBox(m_n.generators, TopologyLane::Shared, 0);

        for (const auto &[group, column] : columnOf) {
            const int sides = sidesOf[group];
            const TopologyLane lane = sides == 3 ? TopologyLane::Shared : sides == 1 ? TopologyLane::SideA : TopologyLane::SideB;
            addGroupBox(group, lane, column);
        }

        // A hall's PDUs of one side share a box, one square each; the boxes go by hall, then side.
        std::map<std::pair<Id, int>, std::vector<int>> pdusOf;   // (hall, side) → paths
        for (std::size_t p = 0; p < m_n.paths.size(); ++p)
            if (!m_n.paths[p].downstream.empty())
                pdusOf[{hallOfPdu(m_site.pathPdu[p]), int(m_n.paths[p].side)}].push_back(int(p));
        for (const auto &[key, paths] : pdusOf) {
            TopologyBox box;
            box.role = TopologyBox::Role::Pdus;
            box.lane = Side(key.second) == Side::A ? TopologyLane::SideA : TopologyLane::SideB;
            box.column = m_pduColumn;
            box.hallId = key.first;
            const Hall *hall = m_model.hall(key.first);
            for (int p : paths) {
                const int group = m_n.paths[std::size_t(p)].downstream.back();
                box.groups.push_back(group);
                for (int u : m_n.groups[std::size_t(group)].units)
                    box.slots.push_back(TopologySlot{u, {}});
            }
            box.title = topologyPdusTitle(hall ? hall->name : QString(), Side(key.second));
            box.detail = topologyPdusDetail(m_n, box.groups);
            const int b = addBox(std::move(box));
            for (int group : m_out.boxes[std::size_t(b)].groups)
                m_boxOfGroup.emplace(group, b);
        }

        // Each hall's loads.
        std::map<Id, std::vector<int>> loadsOf;
        for (std::size_t l = 0; l < m_site.loads.size(); ++l)
            loadsOf[m_site.loads[l].hallId].push_back(int(l));
        for (const auto &[hallId, loads] : loadsOf) {
            TopologyBox box;
            box.role = TopologyBox::Role::HallLoad;
            box.column = m_loadColumn;
            box.hallId = hallId;
            const Hall *hall = m_model.hall(hallId);
            box.title = hall ? hall->name : QString();
            box.detail = topologyHallLoadDetail(m_site, loads);
            for (int l : loads)
                box.loadRows.push_back(topologyLoadRow(m_site, m_model, l));
            m_hallLoadBox.emplace(hallId, addBox(std::move(box)));
        }

        // Edges: the source feeds the first group of every path; each group the next; each
        // path's PDU the hall of every load on it.
        for (const reliability::Path &p : m_n.paths) {
            std::vector<int> chain = p.upstream;
            chain.insert(chain.end(), p.downstream.begin(), p.downstream.end());
            if (chain.empty())
                continue;
            addEdge(m_utility, m_boxOfGroup.at(chain.front()), false);
            if (m_generators >= 0)
                addEdge(m_generators, m_boxOfGroup.at(chain.front()), false);
            for (std::size_t i = 0; i + 1 < chain.size(); ++i)
                addEdge(m_boxOfGroup.at(chain[i]), m_boxOfGroup.at(chain[i + 1]), false);
        }
        for (std::size_t l = 0; l < m_n.loads.size(); ++l)
            for (int p : {m_n.loads[l].pathA, m_n.loads[l].pathB})
                if (p >= 0 && !m_n.paths[std::size_t(p)].downstream.empty())
                    addEdge(m_boxOfGroup.at(m_n.paths[std::size_t(p)].downstream.back()),
                            m_hallLoadBox.at(m_site.loads[l].hallId), false);
    }

    void addCooling()
    {
        std::size_t longest = 0;
        for (const reliability::Cooling &c : m_n.coolings)
            longest = std::max(longest, c.groups.size());
        const int hallColumn = std::max(m_loadColumn, 1 + int(longest));
        for (std::size_t c = 0; c < m_n.coolings.size(); ++c) {
            const reliability::Cooling &cooling = m_n.coolings[c];
            for (std::size_t i = 0; i < cooling.groups.size(); ++i)
                addGroupBox(cooling.groups[i], TopologyLane::Cooling, 1 + int(i));
            TopologyBox box;
            box.role = TopologyBox::Role::HallCooling;
            box.lane = TopologyLane::Cooling;
            box.column = hallColumn;
            box.cooling = int(c);
            box.hallId = c < m_site.coolingHall.size() ? m_site.coolingHall[c] : kNoId;
            const Hall *hall = m_model.hall(box.hallId);
            box.title = hall ? hall->name : cooling.name;
            box.detail = topologyHallCoolingDetail(cooling);
            const int hallBox = addBox(std::move(box));
            for (std::size_t i = 0; i + 1 < cooling.groups.size(); ++i)
                addEdge(m_boxOfGroup.at(cooling.groups[i]), m_boxOfGroup.at(cooling.groups[i + 1]), true);
            if (!cooling.groups.empty())
                addEdge(m_boxOfGroup.at(cooling.groups.back()), hallBox, true);
        }
    }

    // Groups on no path and in no cooling (side B's chain when side B has no PDU left) are still
    // drawn, unconnected: next to their other half or their kind, on their side.
    void addUnplaced()
    {
        const auto sideOfPath = [](FeedPath path) {
            return path == FeedPath::A ? TopologyLane::SideA : path == FeedPath::B ? TopologyLane::SideB : TopologyLane::Shared;
        };
        std::vector<int> unplaced;
        for (std::size_t g = 0; g < m_n.groups.size(); ++g)
            if (!m_boxOfGroup.contains(int(g)))
                unplaced.push_back(int(g));
        std::vector<std::pair<TopologyLane, int>> where;   // decided before any is added
        for (int g : unplaced) {
            const reliability::GroupRef &ref = m_site.groups[std::size_t(g)];
            TopologyLane lane = TopologyLane::Shared;
            int column = -1;
            bool halved = false;
            for (std::size_t other = 0; other < m_site.groups.size(); ++other)
                if (int(other) != g && m_site.groups[other].kind == ref.kind && m_site.groups[other].componentId == ref.componentId) {
                    halved = true;
                    if (const auto box = m_boxOfGroup.find(int(other)); box != m_boxOfGroup.end())
                        column = m_out.boxes[std::size_t(box->second)].column;
                }
            const std::vector<int> &units = m_n.groups[std::size_t(g)].units;
            if (halved && !units.empty())   // a 2N group's A half numbers its units from 1
                lane = m_site.units[std::size_t(units.front())].member == 1 ? TopologyLane::SideA : TopologyLane::SideB;
            else if (const TransformerGroup *t = findById(m_model.transformers, ref.componentId); t && ref.kind == QLatin1String(reliability::kinds::kTransformer))
                lane = sideOfPath(t->path);
            else if (const Switchgear *sw = findById(m_model.switchgear, ref.componentId);
                     sw && (ref.kind == QLatin1String(reliability::kinds::kAts) || ref.kind == QLatin1String(reliability::kinds::kSwitchgear)))
                lane = sideOfPath(sw->path);
            for (std::size_t b = 0; column < 0 && b < m_out.boxes.size(); ++b)
                for (int other : m_out.boxes[b].groups)
                    if (m_site.groups[std::size_t(other)].kind == ref.kind)
                        column = m_out.boxes[b].column;
            where.emplace_back(lane, std::max(1, column));
        }
        for (std::size_t i = 0; i < unplaced.size(); ++i)
            addGroupBox(unplaced[i], where[i].first, where[i].second);
    }

    template<typename T>
    static const T *findById(const std::vector<T> &items, Id id)
    {
        const auto it = std::ranges::find(items, id, &T::id);
        return it == items.end() ? nullptr : &*it;
    }

    // Columns side by side; lanes one under the other, each as tall as its tallest column, whose
    // boxes are stacked and centred in it.
    void place()
    {
        int columns = 1;
        for (const TopologyBox &box : m_out.boxes)
            columns = std::max(columns, box.column + 1);
        std::vector<double> width(std::size_t(columns), kColumnWidth);
        for (const TopologyBox &box : m_out.boxes)
            if (box.role == TopologyBox::Role::HallLoad || box.role == TopologyBox::Role::HallCooling)
                width[std::size_t(box.column)] = kLoadColumnWidth;
        std::vector<double> left(std::size_t(columns), kMargin);
        for (int c = 1; c < columns; ++c)
            left[std::size_t(c)] = left[std::size_t(c - 1)] + width[std::size_t(c - 1)] + kColumnGap;
        const double right = left.back() + width.back();

        for (TopologyBox &box : m_out.boxes)
            sizeBox(box, width[std::size_t(box.column)]);

        // stacks[lane][column]: the boxes in it, in the order they were made.
        std::vector<std::vector<std::vector<int>>> stacks(4, std::vector<std::vector<int>>(std::size_t(columns)));
        for (std::size_t b = 0; b < m_out.boxes.size(); ++b)
            stacks[std::size_t(laneIndex(m_out.boxes[b].lane))][std::size_t(m_out.boxes[b].column)].push_back(int(b));
        const auto stackHeight = [&](const std::vector<int> &stack) {
            double h = 0;
            for (int b : stack)
                h += m_out.boxes[std::size_t(b)].rect.height();
            return stack.empty() ? 0.0 : h + kBoxGap * double(stack.size() - 1);
        };

        double top = kMargin;
        for (int lane = 0; lane < 4; ++lane) {
            double tallest = 0;
            for (const std::vector<int> &stack : stacks[std::size_t(lane)])
                tallest = std::max(tallest, stackHeight(stack));
            if (tallest <= 0)
                continue;
            const double height = kLaneTitle + tallest + kLanePad;
            m_out.lanes.push_back(TopologyLaneBand{TopologyLane(lane), topologyLaneTitle(TopologyLane(lane)),
                                                   QRectF(kMargin / 2, top, right - kMargin / 2, height)});
            for (int c = 0; c < columns; ++c) {
                const std::vector<int> &stack = stacks[std::size_t(lane)][std::size_t(c)];
                double y = top + kLaneTitle + (tallest - stackHeight(stack)) / 2;
                for (int b : stack) {
                    moveBox(m_out.boxes[std::size_t(b)], QPointF(left[std::size_t(c)], y));
                    y += m_out.boxes[std::size_t(b)].rect.height() + kBoxGap;
                }
            }
            top += height + kLaneGap;
        }
        m_out.bounds = QRectF(0, 0, right + kMargin, top - kLaneGap + kMargin);
    }

    const CompiledSite &m_site;
    const SiteModel &m_model;
    const Network &m_n;
    TopologyLayout m_out;
    std::map<int, int> m_boxOfGroup;
    std::map<Id, int> m_hallLoadBox;
    std::set<std::pair<int, int>> m_edges;
    int m_utility = -1;
    int m_generators = -1;
    int m_pduColumn = 1;
    int m_loadColumn = 2;
};

} // namespace

int TopologyLayout::boxOfGroup(int group) const
{
    for (std::size_t b = 0; b < boxes.size(); ++b)
        if (std::ranges::count(boxes[b].groups, group))
            return int(b);
    return -1;
}

int TopologyLayout::boxOfHall(TopologyBox::Role role, Id hallId) const
{
    for (std::size_t b = 0; b < boxes.size(); ++b)
        if (boxes[b].role == role && boxes[b].hallId == hallId)
            return int(b);
    return -1;
}

int TopologyLayout::boxAt(QPointF point) const
{
    for (std::size_t b = 0; b < boxes.size(); ++b)
        if (boxes[b].rect.contains(point))
            return int(b);
    return -1;
}

int TopologyLayout::unitAt(QPointF point) const
{
    const int b = boxAt(point);
    if (b < 0)
        return -1;
    for (const TopologySlot &slot : boxes[std::size_t(b)].slots)
        if (slot.rect.adjusted(-2, -2, 2, 2).contains(point))   // a little slack around a small square
            return slot.unit;
    return -1;
}

QRectF TopologyLayout::slotRect(int unit) const
{
    for (const TopologyBox &box : boxes)
        for (const TopologySlot &slot : box.slots)
            if (slot.unit == unit)
                return slot.rect;
    return {};
}

TopologyLayout layoutTopology(const reliability::CompiledSite &site, const SiteModel &model)
{
    return Builder(site, model).build();
}

} // namespace hectare::ui
