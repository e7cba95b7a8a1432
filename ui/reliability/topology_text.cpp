#include "topology_text.h"

#include "dashboard/quantity_text.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace hectare::ui {
namespace {

// MTBF in years past a year of hours, which is how datasheets give it.
QString mtbfText(double hours)
{
    if (std::isinf(hours))
        return QCoreApplication::translate("hectare::ui::TopologyText", "never fails");
    if (hours >= reliability::kHoursPerYear)
        return QCoreApplication::translate("hectare::ui::TopologyText", "%1 h (%2 years)")
            .arg(localeNumber(hours, 0), localeNumber(hours / reliability::kHoursPerYear, 1));
    return QCoreApplication::translate("hectare::ui::TopologyText", "%1 h").arg(localeNumber(hours, 0));
}

} // namespace

QString topologyKw(double kw) { return QCoreApplication::translate("hectare::ui::TopologyText", "%1 kW").arg(localeNumber(kw, 1)); }

QString topologyLaneTitle(TopologyLane lane)
{
    switch (lane) {
    case TopologyLane::SideA: return QCoreApplication::translate("hectare::ui::TopologyText", "Power, side A");
    case TopologyLane::Shared: return QCoreApplication::translate("hectare::ui::TopologyText", "Source, shared plant and halls");
    case TopologyLane::SideB: return QCoreApplication::translate("hectare::ui::TopologyText", "Power, side B");
    case TopologyLane::Cooling: return QCoreApplication::translate("hectare::ui::TopologyText", "Cooling");
    }
    return {};
}

QString topologyUtilityTitle() { return QCoreApplication::translate("hectare::ui::TopologyText", "Utility"); }

QString topologyUtilityDetail(const reliability::GridProfile &grid)
{
    if (!(grid.outagesPerYear > 0))
        return QCoreApplication::translate("hectare::ui::TopologyText", "never fails");
    return QCoreApplication::translate("hectare::ui::TopologyText", "%1 outages a year").arg(localeNumber(grid.outagesPerYear, 1));
}

QString topologyUtilityToolTip(const reliability::GridProfile &grid)
{
    if (!(grid.outagesPerYear > 0))
        return topologyUtilityTitle() + QLatin1Char('\n') + topologyUtilityDetail(grid);
    return topologyUtilityTitle() + QLatin1Char('\n')
        + QCoreApplication::translate("hectare::ui::TopologyText", "%1 outages a year, %2 h on average")
              .arg(localeNumber(grid.outagesPerYear, 1), localeNumber(grid.meanDurationHours(), 1))
        + QLatin1Char('\n')
        + QCoreApplication::translate("hectare::ui::TopologyText", "Not counted by Tier III: the generators are the source");
}

QString topologyGroupDetail(const reliability::Network &network, int group)
{
    const reliability::Group &g = network.groups[std::size_t(group)];
    const int count = int(g.units.size());
    const double unitKw = g.units.empty() ? 0 : network.units[std::size_t(g.units.front())].capacityKw;
    QString text = unitKw > 0 ? QCoreApplication::translate("hectare::ui::TopologyText", "%1 × %2").arg(count).arg(topologyKw(unitKw))
                              : QCoreApplication::translate("hectare::ui::TopologyText", "%n unit(s)", nullptr, count);
    if (g.loadKw > 0)
        text += QCoreApplication::translate("hectare::ui::TopologyText", " · load %1").arg(topologyKw(g.loadKw));
    return text;
}

QString topologyPdusTitle(const QString &hallName, reliability::Side side)
{
    return side == reliability::Side::A
        ? QCoreApplication::translate("hectare::ui::TopologyText", "%1 PDUs (A)").arg(hallName)
        : QCoreApplication::translate("hectare::ui::TopologyText", "%1 PDUs (B)").arg(hallName);
}

QString topologyPdusDetail(const reliability::Network &network, const std::vector<int> &groups)
{
    double loadKw = 0;
    for (int g : groups)
        loadKw += network.groups[std::size_t(g)].loadKw;
    const int count = int(groups.size());
    return QCoreApplication::translate("hectare::ui::TopologyText", "%n PDU(s) · load %1", nullptr, count).arg(topologyKw(loadKw));
}

QString topologyHallLoadDetail(const reliability::CompiledSite &site, const std::vector<int> &loads)
{
    double kw = 0;
    int racks = 0;
    for (int l : loads) {
        kw += site.network.loads[std::size_t(l)].kw;
        racks += int(site.loads[std::size_t(l)].rackIds.size());
    }
    return QCoreApplication::translate("hectare::ui::TopologyText", "%n rack(s) · %1", nullptr, racks).arg(topologyKw(kw));
}

QString topologyHallCoolingDetail(const reliability::Cooling &cooling)
{
    if (std::isinf(cooling.rideThroughMinutes))
        return QCoreApplication::translate("hectare::ui::TopologyText", "no heat load");
    return QCoreApplication::translate("hectare::ui::TopologyText", "thermal ride-through %1 min")
        .arg(localeNumber(cooling.rideThroughMinutes, 1));
}

TopologyLoadRow topologyLoadRow(const reliability::CompiledSite &site, const SiteModel &model, int load)
{
    const reliability::LoadRef &ref = site.loads[std::size_t(load)];
    const reliability::Load &l = site.network.loads[std::size_t(load)];
    QStringList pdus;
    for (Id id : {ref.pduA, ref.pduB})
        if (const Pdu *pdu = model.pdu(id))
            pdus << pdu->name;
    TopologyLoadRow row;
    row.load = load;
    row.text = pdus.join(QStringLiteral(" + "));
    if (l.cording != reliability::Cording::Dual)
        row.text = QCoreApplication::translate("hectare::ui::TopologyText", "%1 (single-corded)").arg(row.text);
    const int racks = int(ref.rackIds.size());
    row.figures = QCoreApplication::translate("hectare::ui::TopologyText", "%n rack(s) · %1", nullptr, racks).arg(topologyKw(l.kw));
    return row;
}

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::NoCheck: return QCoreApplication::translate("hectare::ui::TopologyText", "Not checked");
    case CheckStatus::Ok: return QCoreApplication::translate("hectare::ui::TopologyText", "Passes");
    case CheckStatus::SingleCordedOnly: return QCoreApplication::translate("hectare::ui::TopologyText", "Drops single-corded loads only");
    case CheckStatus::SinglePointOfFailure: return QCoreApplication::translate("hectare::ui::TopologyText", "Single point of failure");
    case CheckStatus::Violation: return QCoreApplication::translate("hectare::ui::TopologyText", "Maintenance drops load");
    case CheckStatus::Overloaded: return QCoreApplication::translate("hectare::ui::TopologyText", "Short with every unit in");
    }
    return {};
}

QString topologyUnitToolTip(const reliability::Network &network, int unit, CheckStatus status)
{
    const reliability::Unit &u = network.units[std::size_t(unit)];
    QStringList lines;
    lines << u.name;
    if (u.capacityKw > 0)
        lines << QCoreApplication::translate("hectare::ui::TopologyText", "Capacity: %1").arg(topologyKw(u.capacityKw));
    lines << QCoreApplication::translate("hectare::ui::TopologyText", "MTBF: %1, MTTR: %2 h")
                 .arg(mtbfText(u.mtbfHours), localeNumber(u.mttrHours, 1));
    if (u.failToStart > 0)
        lines << QCoreApplication::translate("hectare::ui::TopologyText", "Fails to start: %1 %")
                     .arg(localeNumber(u.failToStart * 100, 2));
    lines << QCoreApplication::translate("hectare::ui::TopologyText", "Tier III: %1").arg(checkStatusName(status));
    return lines.join(QLatin1Char('\n'));
}

QString topologyGroupToolTip(const reliability::Network &network, int group, CheckStatus status)
{
    const reliability::Group &g = network.groups[std::size_t(group)];
    const int k = reliability::requiredUnits(network, g);
    const int count = int(g.units.size());
    QStringList lines;
    lines << g.name << topologyGroupDetail(network, group);
    lines << QCoreApplication::translate("hectare::ui::TopologyText", "Needs %1 of %n unit(s) at its load", nullptr, count).arg(k);
    lines << QCoreApplication::translate("hectare::ui::TopologyText", "Tier III: %1").arg(checkStatusName(status));
    return lines.join(QLatin1Char('\n'));
}

} // namespace hectare::ui
