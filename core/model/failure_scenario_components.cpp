#include "failure_scenario_components.h"

#include <algorithm>
#include <array>

namespace hectare {
namespace {

template<typename T>
void addGroups(std::vector<ScenarioComponent> &out, const std::vector<T> &groups, int T::*units)
{
    for (const T &group : groups)
        out.push_back({group.id, group.name, group.*units});
}

} // namespace

bool isScenarioComponentKind(const QString &kind)
{
    static const std::array<QLatin1StringView, 9> kinds{
        QLatin1StringView("chiller"),   QLatin1StringView("ups-module"),    QLatin1StringView("diesel-generator"),
        QLatin1StringView("transformer"), QLatin1StringView("ats"),         QLatin1StringView("lv-switchgear"),
        QLatin1StringView("chw-pump"),  QLatin1StringView("crah-crac"),     QLatin1StringView("pdu-rpp")};
    return std::ranges::any_of(kinds, [&](QLatin1StringView k) { return kind == k; });
}

std::vector<ScenarioComponent> scenarioComponents(const SiteModel &model, const QString &kind)
{
    std::vector<ScenarioComponent> out;
    if (kind == u"chiller")
        addGroups(out, model.chillers, &ChillerGroup::count);
    else if (kind == u"ups-module")
        addGroups(out, model.upsGroups, &UpsGroup::moduleCount);
    else if (kind == u"diesel-generator")
        addGroups(out, model.generators, &GeneratorGroup::count);
    else if (kind == u"transformer")
        addGroups(out, model.transformers, &TransformerGroup::count);
    else if (kind == u"chw-pump")
        addGroups(out, model.pumps, &PumpGroup::count);
    else if (kind == u"crah-crac")
        addGroups(out, model.crahs, &CrahGroup::count);
    else if (kind == u"ats" || kind == u"lv-switchgear") {
        const SwitchgearKind want = kind == u"ats" ? SwitchgearKind::Ats : SwitchgearKind::Switchgear;
        for (const Switchgear &s : model.switchgear)
            if (s.kind == want)
                out.push_back({s.id, s.name, s.count});
    } else if (kind == u"pdu-rpp") {
        for (const Pdu &pdu : model.pdus)
            out.push_back({pdu.id, pdu.name, 1});
    }
    return out;
}

} // namespace hectare
