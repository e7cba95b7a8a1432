// Named failure scenarios (schema 7): names, horizon, ambient, and each event's time, duration and
// component — which must exist in the document, with the member within its group.
#include "model_validator.h"

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

template<typename T>
const T *byId(const std::vector<T> &items, Id id)
{
    const auto it = std::find_if(items.begin(), items.end(), [id](const T &item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

template<typename T>
Component groupOf(const T *group, int units)
{
    return group ? Component{true, true, group->name, units} : Component{true, false, {}, 0};
}

// The reliability library kind keys a document component compiles to (reliability/compiled_site.h
// kinds::k*), and where each lives in the document.
Component componentOf(const SiteModel &m, const QString &kind, Id id)
{
    if (kind == u"chiller") {
        const ChillerGroup *g = byId(m.chillers, id);
        return groupOf(g, g ? g->count : 0);
    }
    if (kind == u"ups-module") {
        const UpsGroup *g = byId(m.upsGroups, id);
        return groupOf(g, g ? g->moduleCount : 0);
    }
    if (kind == u"diesel-generator") {
        const GeneratorGroup *g = byId(m.generators, id);
        return groupOf(g, g ? g->count : 0);
    }
    if (kind == u"transformer") {
        const TransformerGroup *g = byId(m.transformers, id);
        return groupOf(g, g ? g->count : 0);
    }
    if (kind == u"ats" || kind == u"lv-switchgear") {
        const SwitchgearKind want = kind == u"ats" ? SwitchgearKind::Ats : SwitchgearKind::Switchgear;
        const Switchgear *g = byId(m.switchgear, id);
        if (g && g->kind != want)
            g = nullptr;
        return groupOf(g, g ? g->count : 0);
    }
    if (kind == u"chw-pump") {
        const PumpGroup *g = byId(m.pumps, id);
        return groupOf(g, g ? g->count : 0);
    }
    if (kind == u"crah-crac") {
        const CrahGroup *g = byId(m.crahs, id);
        return groupOf(g, g ? g->count : 0);
    }
    if (kind == u"pdu-rpp")
        return groupOf(m.pdu(id), 1);
    return {};
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
