#include "reliability_network.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace hectare::reliability {

double UpsBattery::minutes() const
{
    if (minutesAtFullLoad <= 0)
        return 0;
    if (loadKw <= 0 || ratedKw <= 0)
        return minutesAtFullLoad;
    return minutesAtFullLoad * ratedKw / loadKw;
}

int requiredUnits(const Network &network, const Group &group)
{
    if (group.units.empty())
        return 1;   // nothing can carry it: never up (validate() refuses such a group)
    const double capacity = network.units[std::size_t(group.units.front())].capacityKw;
    if (capacity <= 0 || group.loadKw <= 0)
        return 1;
    // A hair of tolerance so that a load of exactly n units (after rounding noise) needs n, not n + 1.
    return std::max(1, int(std::ceil(group.loadKw / capacity - 1e-9)));
}

namespace {

// Messages are literal translate() calls so that lupdate finds them.
Error error(const QString &where, const QString &message) { return Error{where, message}; }

// Objects are named by their index in the network (the compiler of the network maps them back).
QString unitName(int i) { return QCoreApplication::translate("hectare::Reliability", "Unit %1").arg(i); }
QString groupName(int i) { return QCoreApplication::translate("hectare::Reliability", "Group %1").arg(i); }
QString pathName(int i) { return QCoreApplication::translate("hectare::Reliability", "Path %1").arg(i); }
QString coolingName(int i) { return QCoreApplication::translate("hectare::Reliability", "Cooling %1").arg(i); }
QString loadName(int i) { return QCoreApplication::translate("hectare::Reliability", "Load %1").arg(i); }

bool validIndex(int i, std::size_t size) { return i >= 0 && std::size_t(i) < size; }

Status checkGroupList(const Network &n, const std::vector<int> &groups, const QString &where)
{
    for (int g : groups)
        if (!validIndex(g, n.groups.size()) || g == n.generators)
            return error(where, QCoreApplication::translate("hectare::Reliability", "refers to a group that does not exist or is the generator group"));
    return {};
}

} // namespace

Status validate(const Network &n)
{
    for (std::size_t i = 0; i < n.units.size(); ++i) {
        const Unit &u = n.units[i];
        if (!(u.mtbfHours > 0))
            return error(unitName(int(i)), QCoreApplication::translate("hectare::Reliability", "MTBF must be > 0"));
        if (!(u.mttrHours >= 0) || std::isinf(u.mttrHours))
            return error(unitName(int(i)), QCoreApplication::translate("hectare::Reliability", "MTTR must be ≥ 0 and finite"));
        if (!(u.failToStart >= 0 && u.failToStart <= 1))
            return error(unitName(int(i)), QCoreApplication::translate("hectare::Reliability", "fail-to-start probability must be between 0 and 1"));
        if (!(u.startHours >= 0) || std::isinf(u.startHours))
            return error(unitName(int(i)), QCoreApplication::translate("hectare::Reliability", "start time must be ≥ 0 and finite"));
    }
    std::vector<int> owner(n.units.size(), -1);
    for (std::size_t g = 0; g < n.groups.size(); ++g) {
        if (n.groups[g].units.empty())
            return error(groupName(int(g)), QCoreApplication::translate("hectare::Reliability", "has no units"));
        for (int u : n.groups[g].units) {
            if (!validIndex(u, n.units.size()))
                return error(groupName(int(g)), QCoreApplication::translate("hectare::Reliability", "refers to a unit that does not exist"));
            if (owner[std::size_t(u)] >= 0)
                return error(unitName(u), QCoreApplication::translate("hectare::Reliability", "belongs to more than one group"));
            owner[std::size_t(u)] = int(g);
        }
    }
    if (n.generators != -1 && !validIndex(n.generators, n.groups.size()))
        return error(QCoreApplication::translate("hectare::Reliability", "Generators"), QCoreApplication::translate("hectare::Reliability", "refer to a group that does not exist"));
    for (std::size_t p = 0; p < n.paths.size(); ++p) {
        if (Status s = checkGroupList(n, n.paths[p].upstream, pathName(int(p))); !s)
            return s;
        if (Status s = checkGroupList(n, n.paths[p].downstream, pathName(int(p))); !s)
            return s;
        if (!(n.paths[p].battery.minutes() >= 0))
            return error(pathName(int(p)), QCoreApplication::translate("hectare::Reliability", "battery minutes must be ≥ 0"));
    }
    for (std::size_t c = 0; c < n.coolings.size(); ++c) {
        if (Status s = checkGroupList(n, n.coolings[c].groups, coolingName(int(c))); !s)
            return s;
        if (!(n.coolings[c].rideThroughMinutes >= 0))
            return error(coolingName(int(c)), QCoreApplication::translate("hectare::Reliability", "ride-through minutes must be ≥ 0"));
        if (!(n.coolings[c].restartMinutes >= 0) || std::isinf(n.coolings[c].restartMinutes))
            return error(coolingName(int(c)), QCoreApplication::translate("hectare::Reliability", "restart minutes must be ≥ 0"));
    }
    for (std::size_t l = 0; l < n.loads.size(); ++l) {
        const Load &load = n.loads[l];
        const bool needsA = load.cording != Cording::SingleB;
        const bool needsB = load.cording != Cording::SingleA;
        if ((needsA && !validIndex(load.pathA, n.paths.size())) || (needsB && !validIndex(load.pathB, n.paths.size())))
            return error(loadName(int(l)), QCoreApplication::translate("hectare::Reliability", "refers to a path that does not exist"));
        if (load.cooling != -1 && !validIndex(load.cooling, n.coolings.size()))
            return error(loadName(int(l)), QCoreApplication::translate("hectare::Reliability", "refers to a cooling that does not exist"));
    }
    const GridProfile &grid = n.grid;
    if (!(grid.outagesPerYear >= 0) || !(grid.meanHours > 0) || !(grid.tailMeanHours > 0)
        || !(grid.tailShare >= 0 && grid.tailShare <= 1))
        return error(QCoreApplication::translate("hectare::Reliability", "Grid profile"), QCoreApplication::translate("hectare::Reliability", "outages per year must be ≥ 0, durations > 0 and the tail share between 0 and 1"));
    if (grid.outagesPerYear > 0 && grid.outagesPerYear * grid.meanDurationHours() >= kHoursPerYear)
        return error(QCoreApplication::translate("hectare::Reliability", "Grid profile"), QCoreApplication::translate("hectare::Reliability", "the outages last longer than a year"));
    if (!(n.fuel.tankHours >= 0) || !(n.fuel.refuelLeadHours >= 0))
        return error(QCoreApplication::translate("hectare::Reliability", "Fuel"), QCoreApplication::translate("hectare::Reliability", "tank hours and refuel lead time must be ≥ 0"));
    return {};
}

} // namespace hectare::reliability
