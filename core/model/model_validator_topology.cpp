// The topology the failure analysis reads (schema 6): the site's grid profile, generator starts
// and fuel curves, UPS batteries, halls' thermal ride-through, fuel tanks, switchgear, pumps and
// the per-component overrides of the reliability library.
#include "model_validator.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace hectare {
namespace {

template<typename T>
bool hasId(const std::vector<T> &items, Id id)
{
    return std::any_of(items.begin(), items.end(), [id](const T &item) { return item.id == id; });
}

bool hasSwitchgear(const SiteModel &model, Id id, SwitchgearKind kind)
{
    return std::any_of(model.switchgear.begin(), model.switchgear.end(),
                       [&](const Switchgear &g) { return g.id == id && g.kind == kind; });
}

// The reliability library's kind keys a document component can take an override under, and
// whether the component exists. Kept in step with componentKinds() in core/reliability (kinds the
// document has no table for, such as a static transfer switch, cannot be overridden yet).
std::optional<bool> componentExists(const SiteModel &m, const QString &kind, Id id)
{
    if (kind == u"utility-feed") return hasId(m.utilityFeeds, id);
    if (kind == u"diesel-generator") return hasId(m.generators, id);
    if (kind == u"fuel-tank") return hasId(m.fuelTanks, id);
    if (kind == u"ats") return hasSwitchgear(m, id, SwitchgearKind::Ats);
    if (kind == u"lv-switchgear") return hasSwitchgear(m, id, SwitchgearKind::Switchgear);
    if (kind == u"transformer") return hasId(m.transformers, id);
    if (kind == u"ups-module") return hasId(m.upsGroups, id);
    if (kind == u"pdu-rpp") return hasId(m.pdus, id);
    if (kind == u"chiller") return hasId(m.chillers, id);
    if (kind == u"chw-pump") return hasId(m.pumps, id);
    if (kind == u"crah-crac") return hasId(m.crahs, id);
    return std::nullopt;
}

} // namespace

void ModelValidator::checkTopology()
{
    {
        const GridOutageProfile &grid = m_model.site.grid;
        const QString object = sitePath();
        requireNotNegative(object, tr("grid outages per year"), grid.outagesPerYear);
        requireNotNegative(object, tr("grid outage mean hours"), grid.meanHours);
        requireBetween(object, tr("grid outage tail share"), grid.tailShare, 0, 1);
        requireNotNegative(object, tr("grid outage tail mean hours"), grid.tailMeanHours);
    }
    for (const Hall &hall : m_model.halls) {
        if (full())
            return;
        const QString object = hallPath(hall.id);
        requireNotNegative(object, tr("thermal mass"), hall.thermalMassKjPerK);
        if (requireGreaterThanZero(object, tr("inlet limit rise"), hall.inletLimitRiseK))
            requireBetween(object, tr("inlet limit rise"), hall.inletLimitRiseK, 0, 40);
    }
    for (const GeneratorGroup &group : m_model.generators) {
        if (full())
            return;
        const QString object = tr("Generator group %1").arg(quoted(group.name));
        requireBetween(object, tr("fail-to-start probability"), group.failToStart, 0, 1);
        requireBetween(object, tr("start time"), group.startSeconds, 0, 3600);
        const std::pair<QString, double> fuel[] = {{tr("fuel at 25 %"), group.fuelLph25},
                                                   {tr("fuel at 50 %"), group.fuelLph50},
                                                   {tr("fuel at 75 %"), group.fuelLph75},
                                                   {tr("fuel at 100 %"), group.fuelLph100}};
        bool allValid = true;
        for (const auto &[field, litres] : fuel)
            allValid = requireNotNegative(object, field, litres) && allValid;
        for (std::size_t i = 1; allValid && i < std::size(fuel); ++i)
            if (fuel[i].second < fuel[i - 1].second)
                add(object, fuel[i].first, tr("must not be less than at a lower load (%1 < %2 L/h)")
                                               .arg(number(fuel[i].second), number(fuel[i - 1].second)));
    }
    for (const UpsGroup &group : m_model.upsGroups) {
        if (full())
            return;
        requireNotNegative(tr("UPS group %1").arg(quoted(group.name)), tr("battery minutes"), group.batteryMinutes);
    }
    for (const FuelTank &tank : m_model.fuelTanks) {
        if (full())
            return;
        const QString object = tr("Fuel tank %1").arg(quoted(tank.name));
        if (tank.name.isEmpty())
            add(object, tr("name"), tr("must not be empty"));
        requireNotNegative(object, tr("litres"), tank.litres);
        requireNotNegative(object, tr("refuel lead time"), tank.refuelLeadHours);
    }
    for (const Switchgear &gear : m_model.switchgear) {
        if (full())
            return;
        const QString object = gear.kind == SwitchgearKind::Ats ? tr("Transfer switch %1").arg(quoted(gear.name))
                                                                : tr("Switchgear %1").arg(quoted(gear.name));
        if (gear.name.isEmpty())
            add(object, tr("name"), tr("must not be empty"));
        requireUnitCount(object, tr("count"), gear.count, gear.redundancy);
        requireNotNegative(object, tr("rated kW"), gear.ratedKw);
    }
    for (const PumpGroup &group : m_model.pumps) {
        if (full())
            return;
        const QString object = tr("Pump group %1").arg(quoted(group.name));
        if (group.name.isEmpty())
            add(object, tr("name"), tr("must not be empty"));
        requireGreaterThanZero(object, tr("unit kW"), group.unitKw);
        requireUnitCount(object, tr("count"), group.count, group.redundancy);
    }
}

void ModelValidator::checkComponentReliability()
{
    QSet<std::pair<QString, Id>> seen;
    for (const ComponentReliability &entry : m_model.componentReliability) {
        if (full())
            return;
        const QString object = tr("Reliability of %1 #%2").arg(quoted(entry.kind)).arg(entry.componentId);
        const std::optional<bool> exists = componentExists(m_model, entry.kind, entry.componentId);
        if (!exists)
            add(object, tr("kind"), tr("is not a kind of component the document has"));
        else if (!*exists)
            add(object, tr("component"), tr("refers to %1 #%2, which does not exist")
                                             .arg(entry.kind).arg(entry.componentId));
        if (seen.contains({entry.kind, entry.componentId}))
            add(object, tr("component"), tr("is overridden twice"));
        seen.insert({entry.kind, entry.componentId});
        requireGreaterThanZero(object, tr("MTBF"), entry.mtbfHours);
        requireNotNegative(object, tr("MTTR"), entry.mttrHours);
    }
}

} // namespace hectare
