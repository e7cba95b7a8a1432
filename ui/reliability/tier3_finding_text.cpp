#include "tier3_finding_text.h"

#include "topology_text.h"

#include "reliability/tier3_text.h"

#include <QCoreApplication>
#include <QStringList>

#include <map>

namespace hectare::ui {

using reliability::Tier3Component;

QString findingComponentName(const reliability::CompiledSite &site, const Tier3Component &c)
{
    const reliability::Network &n = site.network;
    switch (c.kind) {
    case Tier3Component::Kind::Unit: return reliability::tier3ComponentText(c, &n);   // the unit's name
    case Tier3Component::Kind::Path:
        if (c.index >= 0 && std::size_t(c.index) < n.paths.size())
            return QCoreApplication::translate("hectare::ui::Tier3FindingText", "Path through %1 (side %2)")
                .arg(n.paths[std::size_t(c.index)].name, reliability::tier3SideName(c.side));
        break;
    case Tier3Component::Kind::Side:
        return QCoreApplication::translate("hectare::ui::Tier3FindingText", "Side %1 (all of its paths)").arg(reliability::tier3SideName(c.side));
    }
    return QCoreApplication::translate("hectare::ui::Tier3FindingText", "component %1").arg(c.id);
}

QString findingDropsText(const reliability::CompiledSite &site, const SiteModel &model, const std::vector<int> &loads)
{
    std::map<Id, std::pair<int, int>> perHall;   // hall → (loads, racks), by hall id
    for (int l : loads) {
        auto &[count, racks] = perHall[site.loads[std::size_t(l)].hallId];
        ++count;
        racks += int(site.loads[std::size_t(l)].rackIds.size());
    }
    QStringList parts;
    for (const auto &[hallId, figures] : perHall) {
        const Hall *hall = model.hall(hallId);
        const int count = figures.first;
        const int racks = figures.second;
        const QString loadsText = QCoreApplication::translate("hectare::ui::Tier3FindingText", "%n load(s)", nullptr, count);
        const QString racksText = QCoreApplication::translate("hectare::ui::Tier3FindingText", "%n rack(s)", nullptr, racks);
        parts << QCoreApplication::translate("hectare::ui::Tier3FindingText", "%1: %2, %3")
                     .arg(hall ? hall->name : QString(), loadsText, racksText);
    }
    return parts.join(QStringLiteral("; "));
}

QString findingLossText(const std::vector<reliability::Tier3Drop> &drops)
{
    bool power = false, cooling = false;
    for (const reliability::Tier3Drop &d : drops) {
        power = power || d.lostPower;
        cooling = cooling || d.lostCooling;
    }
    if (power && cooling)
        return QCoreApplication::translate("hectare::ui::Tier3FindingText", "power and cooling");
    if (cooling)
        return QCoreApplication::translate("hectare::ui::Tier3FindingText", "cooling");
    return power ? QCoreApplication::translate("hectare::ui::Tier3FindingText", "power") : QString();
}

QString shortfallText(const reliability::CompiledSite &site, const reliability::Tier3Shortfall &s)
{
    return reliability::tier3ShortfallText(s, &site.network);
}

QString findingWhyText(const reliability::CompiledSite &site, const reliability::Tier3Finding &f)
{
    QStringList why;
    for (const reliability::Tier3Shortfall &s : f.shortfalls)
        why << shortfallText(site, s);
    if (f.singleCordedOnly)
        why << QCoreApplication::translate("hectare::ui::Tier3FindingText",
                                           "single-corded only: a point-of-use transfer switch to the other side would carry it");
    return why.join(QStringLiteral("; "));
}

QString findingSentence(const reliability::CompiledSite &site, const reliability::Tier3Finding &f)
{
    return reliability::tier3FindingText(f, &site.network);
}

std::vector<int> droppedLoads(const reliability::Tier3Finding &finding)
{
    std::vector<int> out;
    for (const reliability::Tier3Drop &d : finding.drops)
        out.push_back(d.load);
    return out;
}

double loadsKw(const reliability::CompiledSite &site, const std::vector<int> &loads)
{
    double kw = 0;
    for (int l : loads)
        kw += site.network.loads[std::size_t(l)].kw;
    return kw;
}

RacksToShow racksToShow(const reliability::CompiledSite &site, const std::vector<int> &loads)
{
    std::map<Id, std::size_t> racksIn;   // by hall id, so a tie goes to the first
    for (int l : loads)
        racksIn[site.loads[std::size_t(l)].hallId] += site.loads[std::size_t(l)].rackIds.size();
    RacksToShow out;
    std::size_t most = 0;
    for (const auto &[hallId, racks] : racksIn)
        if (racks > most) {
            most = racks;
            out.hallId = hallId;
        }
    if (out.hallId != kNoId)
        out.rackIds = site.racksOf(loads, out.hallId);
    return out;
}

} // namespace hectare::ui
