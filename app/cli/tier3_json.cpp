#include "tier3_json.h"

#include "reliability_basis.h"

#include "reliability/tier3_text.h"

#include <QJsonArray>

#include <cmath>

namespace hectare::cli {
namespace {

using namespace reliability;

QString key(const char *text) { return QString::fromLatin1(text); }

// Hours may be kNever (no load, no tanks): JSON has no infinity, so null.
QJsonValue hoursValue(double hours) { return std::isfinite(hours) ? QJsonValue(hours) : QJsonValue(); }

QString sideKey(Side side) { return side == Side::A ? QStringLiteral("A") : QStringLiteral("B"); }

QString cordingKey(Cording cording)
{
    switch (cording) {
    case Cording::Dual: return QStringLiteral("dual");
    case Cording::SingleA: return QStringLiteral("single-a");
    case Cording::SingleB: return QStringLiteral("single-b");
    }
    return {};
}

QJsonArray idArray(const std::vector<Id> &ids)
{
    QJsonArray out;
    for (Id id : ids)
        out.append(qint64(id));
    return out;
}

QJsonObject componentJson(const CompiledSite &site, const Tier3Component &c)
{
    const Network &n = site.network;
    QJsonObject o{{key("name"), tier3ComponentText(c, &n)}};
    switch (c.kind) {
    case Tier3Component::Kind::Unit: {
        const UnitRef &ref = site.units[std::size_t(c.index)];
        o.insert(key("type"), QStringLiteral("unit"));
        o.insert(key("kind"), ref.kind);
        o.insert(key("componentId"), qint64(ref.componentId));
        o.insert(key("member"), ref.member);
        if (c.group >= 0)
            o.insert(key("group"), n.groups[std::size_t(c.group)].name);
        break;
    }
    case Tier3Component::Kind::Path:
        o.insert(key("type"), QStringLiteral("path"));
        o.insert(key("pduId"), qint64(site.pathPdu[std::size_t(c.index)]));
        o.insert(key("side"), sideKey(c.side));
        break;
    case Tier3Component::Kind::Side:
        o.insert(key("type"), QStringLiteral("side"));
        o.insert(key("side"), sideKey(c.side));
        break;
    }
    return o;
}

QJsonObject shortfallJson(const CompiledSite &site, const Tier3Shortfall &s)
{
    const GroupRef &ref = site.groups[std::size_t(s.group)];
    return QJsonObject{{key("group"), site.network.groups[std::size_t(s.group)].name},
                       {key("kind"), ref.kind},
                       {key("componentId"), qint64(ref.componentId)},
                       {key("unitsLeft"), s.unitsLeft},
                       {key("requiredUnits"), s.requiredUnits},
                       {key("loadKw"), s.loadKw},
                       {key("capacityLeftKw"), s.capacityLeftKw},
                       {key("shortfallKw"), s.shortfallKw}};
}

QJsonObject dropJson(const CompiledSite &site, const Tier3Drop &d)
{
    const Network &n = site.network;
    const LoadRef &ref = site.loads[std::size_t(d.load)];
    QJsonArray pathsDown;
    for (int p : d.pathsDown)
        pathsDown.append(n.paths[std::size_t(p)].name);
    return QJsonObject{{key("load"), tier3LoadName(d.load, d.loadId, &n)},
                       {key("loadId"), d.loadId},
                       {key("kw"), d.kw},
                       {key("cording"), cordingKey(d.cording)},
                       {key("lostPower"), d.lostPower},
                       {key("lostCooling"), d.lostCooling},
                       {key("pathsDown"), pathsDown},
                       {key("cooling"), d.cooling >= 0 ? QJsonValue(n.coolings[std::size_t(d.cooling)].name) : QJsonValue()},
                       {key("hallId"), qint64(ref.hallId)},
                       {key("rackIds"), idArray(ref.rackIds)}};
}

QJsonArray findingsJson(const CompiledSite &site, const std::vector<Tier3Finding> &findings)
{
    QJsonArray out;
    for (const Tier3Finding &f : findings) {
        QJsonArray shortfalls, drops;
        for (const Tier3Shortfall &s : f.shortfalls)
            shortfalls.append(shortfallJson(site, s));
        for (const Tier3Drop &d : f.drops)
            drops.append(dropJson(site, d));
        out.append(QJsonObject{
            {key("event"), f.event == Tier3Event::Maintenance ? QStringLiteral("maintenance") : QStringLiteral("failure")},
            {key("component"), componentJson(site, f.component)},
            {key("text"), tier3FindingText(f, &site.network)},
            {key("droppedKw"), f.droppedKw()},
            {key("singleCordedOnly"), f.singleCordedOnly},
            {key("shortfalls"), shortfalls},
            {key("drops"), drops}});
    }
    return out;
}

QJsonObject generatorsJson(const CompiledSite &site, const Tier3GeneratorCheck &g)
{
    QJsonObject o{{key("present"), g.present}, {key("passed"), g.passed}, {key("text"), tier3GeneratorText(g, &site.network)}};
    if (!g.present)
        return o;
    o.insert(key("name"), site.network.groups[std::size_t(g.group)].name);
    o.insert(key("componentId"), qint64(site.groups[std::size_t(g.group)].componentId));
    o.insert(key("units"), g.units);
    o.insert(key("requiredUnits"), g.requiredUnits);
    o.insert(key("unitKw"), g.unitKw);
    o.insert(key("loadKw"), g.loadKw);
    o.insert(key("capacityOneOutKw"), g.capacityOneOutKw);
    o.insert(key("marginKw"), g.marginKw);
    return o;
}

QJsonObject fuelJson(const Tier3FuelCheck &f)
{
    return QJsonObject{{key("tankHours"), hoursValue(f.tankHours)},
                       {key("requiredHours"), f.requiredHours},
                       {key("atFullLoad"), f.atFullLoad},
                       {key("loadKw"), f.loadKw},
                       {key("passed"), f.passed},
                       {key("text"), tier3FuelText(f)}};
}

} // namespace

QJsonObject tier3ToJson(const SiteModel &model, const SiteTier3 &checked)
{
    const CompiledSite &site = checked.site;
    const Tier3Report &r = checked.report;
    const Tier3Summary &s = r.summary;
    QJsonArray overloaded;
    for (const Tier3Shortfall &g : r.overloadedGroups)
        overloaded.append(shortfallJson(site, g));
    QJsonObject out = basisJson(site);
    out.insert(key("site"), model.site.name);
    out.insert(key("passed"), s.passed);
    out.insert(key("summary"), QJsonObject{{key("text"), tier3SummaryText(s)},
                                           {key("violations"), s.violations},
                                           {key("singleCorded"), s.singleCorded},
                                           {key("singlePointsOfFailure"), s.singlePointsOfFailure},
                                           {key("singlePointsSingleCordedOnly"), s.singlePointsSingleCordedOnly},
                                           {key("overloadedGroups"), s.overloadedGroups},
                                           {key("loadsExposed"), s.loadsExposed}});
    out.insert(key("violations"), findingsJson(site, r.violations));
    out.insert(key("singleCorded"), findingsJson(site, r.singleCorded));
    out.insert(key("singlePointsOfFailure"), findingsJson(site, r.singlePointsOfFailure));
    out.insert(key("overloadedGroups"), overloaded);
    out.insert(key("generators"), generatorsJson(site, r.generators));
    out.insert(key("fuel"), fuelJson(r.fuel));
    return out;
}

} // namespace hectare::cli
