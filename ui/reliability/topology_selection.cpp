#include "topology_selection.h"

#include <algorithm>

namespace hectare::ui {
namespace {

using reliability::Tier3Component;

bool sameComponent(const Tier3Component &a, const Tier3Component &b)
{
    if (a.kind != b.kind)
        return false;
    return a.kind == Tier3Component::Kind::Side ? a.side == b.side : a.index == b.index;
}

template<typename T>
void addOnce(std::vector<T> &to, const T &value)
{
    if (!std::ranges::count(to, value))
        to.push_back(value);
}

} // namespace

TopologySelection topologySelectionOf(const TopologyLayout &layout, const ReliabilityAnalysis &analysis,
                                      const QString &kind, Id componentId, int member)
{
    TopologySelection out;
    if (!analysis.isValid() || kind.isEmpty())
        return out;
    const reliability::CompiledSite &site = analysis.site();
    const reliability::Network &n = site.network;
    std::vector<Tier3Component> components;
    if (kind == QLatin1String(componentKinds::kPath)) {
        const auto it = std::ranges::find(site.pathPdu, componentId);
        if (it != site.pathPdu.end()) {
            const int p = int(it - site.pathPdu.begin());
            Tier3Component c;
            c.kind = Tier3Component::Kind::Path;
            c.index = p;
            components.push_back(c);
            const reliability::Path &path = n.paths[std::size_t(p)];
            if (!path.downstream.empty()) {
                addOnce(out.boxes, layout.boxOfGroup(path.downstream.back()));
                for (int u : n.groups[std::size_t(path.downstream.back())].units)
                    addOnce(out.units, u);
            }
        }
    } else if (kind == QLatin1String(componentKinds::kSide)) {
        if (member == 1 || member == 2) {
            Tier3Component c;
            c.kind = Tier3Component::Kind::Side;
            c.side = member == 1 ? reliability::Side::A : reliability::Side::B;
            components.push_back(c);
            out.lanes.push_back(member == 1 ? TopologyLane::SideA : TopologyLane::SideB);
        }
    } else if (kind == QLatin1String(componentKinds::kHall)) {
        for (auto role : {TopologyBox::Role::HallLoad, TopologyBox::Role::HallCooling})
            if (const int b = layout.boxOfHall(role, componentId); b >= 0)
                addOnce(out.boxes, b);
    } else if (kind == QLatin1String(componentKinds::kUtility)) {
        for (std::size_t b = 0; b < layout.boxes.size(); ++b)
            if (layout.boxes[b].role == TopologyBox::Role::Utility)
                addOnce(out.boxes, int(b));
    } else {
        for (int g : analysis.groupsOf(kind, componentId, member)) {
            addOnce(out.boxes, layout.boxOfGroup(g));
            for (int u : n.groups[std::size_t(g)].units) {
                if (member > 0 && site.units[std::size_t(u)].member != member)
                    continue;
                if (member > 0)
                    addOnce(out.units, u);
                Tier3Component c;
                c.index = u;
                components.push_back(c);
            }
        }
    }
    std::erase(out.boxes, -1);

    const reliability::Tier3Report &r = analysis.report();
    for (const auto *findings : {&r.violations, &r.singleCorded})
        for (const reliability::Tier3Finding &f : *findings)
            if (std::ranges::any_of(components, [&](const Tier3Component &c) { return sameComponent(c, f.component); }))
                for (const reliability::Tier3Drop &d : f.drops)
                    addOnce(out.loads, d.load);
    return out;
}

} // namespace hectare::ui
