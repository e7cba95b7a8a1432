// Named failure scenarios (schema 7): names, horizon, ambient, and each event's time, duration and
// component — which must exist in the document, with the member within its group.
#include "model_validator.h"

#include "failure_scenario_components.h"

#include <QSet>

#include <algorithm>

namespace hectare {
namespace {

// A year: longer horizons are typing slips (days for hours), and every minute is a sample.
constexpr double kMaxHorizonHours = 8760;

// The component an event names: the document's object (its name and unit count), if it exists.
struct Component
{
    bool kindKnown = false;
    bool exists = false;
    QString name;
    int units = 0;
};

// The document component (kind, id) an event names, from the list the scenario dialog offers.
Component componentOf(const SiteModel &m, const QString &kind, Id id)
{
    if (!isScenarioComponentKind(kind))
        return {};
    for (const ScenarioComponent &c : scenarioComponents(m, kind))
        if (c.id == id)
            return Component{true, true, c.name, c.units};
    return Component{true, false, {}, 0};
}

} // namespace

// "chiller group 7", "PDU 3": a component by the table it is looked up in and its id.
QString ModelValidator::componentLabel(const QString &kind, Id id)
{
    if (kind == u"chiller") return tr("chiller group %1").arg(id);
    if (kind == u"ups-module") return tr("UPS group %1").arg(id);
    if (kind == u"diesel-generator") return tr("generator group %1").arg(id);
    if (kind == u"transformer") return tr("transformer group %1").arg(id);
    if (kind == u"ats") return tr("transfer switch %1").arg(id);
    if (kind == u"lv-switchgear") return tr("switchgear %1").arg(id);
    if (kind == u"chw-pump") return tr("pump group %1").arg(id);
    if (kind == u"crah-crac") return tr("CRAH group %1").arg(id);
    if (kind == u"pdu-rpp") return tr("PDU %1").arg(id);
    return kind + u' ' + QString::number(id);
}

void ModelValidator::checkFailureScenarios()
{
    QSet<QString> names;
    for (const FailureScenarioSpec &scenario : m_model.failureScenarios) {
        if (full())
            return;
        const QString object = scenario.name.isEmpty() ? tr("Failure scenario #%1").arg(scenario.id)
                                                       : tr("Failure scenario %1").arg(quoted(scenario.name));
        if (scenario.name.isEmpty())
            add(object, tr("name"), tr("must not be empty"));
        else if (names.contains(scenario.name))
            add(object, tr("name"), tr("another failure scenario has the same name"));
        names.insert(scenario.name);
        const bool horizonValid = requireGreaterThanZero(object, tr("horizon"), scenario.horizonHours)
                                  && requireBetween(object, tr("horizon"), scenario.horizonHours, 0, kMaxHorizonHours);
        if (scenario.ambientC)
            requireBetween(object, tr("ambient"), *scenario.ambientC, -40, 60);

        for (std::size_t i = 0; i < scenario.events.size(); ++i) {
            if (full())
                return;
            const ScenarioEventSpec &event = scenario.events[i];
            const QString e = object + QStringLiteral(", ") + tr("event %1").arg(i + 1);
            if (requireNotNegative(e, tr("time"), event.atHours) && horizonValid
                && !(event.atHours < scenario.horizonHours))
                add(e, tr("time"), tr("must be before the horizon of %1 h (got %2 h)")
                                       .arg(number(scenario.horizonHours), number(event.atHours)));
            if (event.kind == ScenarioEventKind::GridOutage || event.kind == ScenarioEventKind::ComponentInMaintenance)
                requireGreaterThanZero(e, tr("duration"), event.durationHours);
            if (event.kind == ScenarioEventKind::GridOutage)
                continue;
            if (event.kind == ScenarioEventKind::GeneratorFailsToStart && event.componentKind != u"diesel-generator") {
                add(e, tr("component kind"), tr("a failure to start must name a diesel-generator (got %1)")
                                                 .arg(quoted(event.componentKind)));
                continue;
            }
            const Component component = componentOf(m_model, event.componentKind, event.componentId);
            if (!component.kindKnown)
                add(e, tr("component kind"), tr("%1 is not a kind of component the document has")
                                                 .arg(quoted(event.componentKind)));
            else if (!component.exists)
                add(e, QString(), tr("%1 does not exist").arg(componentLabel(event.componentKind, event.componentId)));
            else if (event.member < 1 || event.member > component.units) {
                const int units = component.units;
                add(e, tr("member"), tr("%1 %2 has %n unit(s): there is no unit %3", nullptr, units)
                                         .arg(componentLabel(event.componentKind, event.componentId),
                                              quoted(component.name))
                                         .arg(event.member));
            }
        }
    }
}

} // namespace hectare
