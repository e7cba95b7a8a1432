#include "growth_json.h"

#include <QJsonArray>

#include <cmath>

namespace hectare {
namespace {

QJsonValue number(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }

QJsonValue month(const GrowthResult &result, const std::optional<int> &m)
{
    return m ? QJsonValue(monthKey(result, *m)) : QJsonValue(QJsonValue::Null);
}

QJsonValue idOrNull(Id id) { return id == kNoId ? QJsonValue(QJsonValue::Null) : QJsonValue(qint64(id)); }

QJsonArray series(const std::vector<double> &values)
{
    QJsonArray array;
    for (double v : values)
        array.append(number(v));
    return array;
}

// Share of runs that run out in each month: the distribution of the exhaustion month.
QJsonArray exhaustionShares(const GrowthResult &result, const ResourceOutlook &o)
{
    QJsonArray array;
    for (int runs : o.exhaustionRuns)
        array.append(double(runs) / result.runs);
    return array;
}

QJsonObject resourceToJson(const GrowthResult &result, const ResourceOutlook &o)
{
    const bool monteCarlo = result.runs > 0;
    QJsonObject exhaustion{{QStringLiteral("expected"), month(result, o.expectedExhaustion)},
                           {QStringLiteral("p10"), month(result, o.exhaustionP10)},
                           {QStringLiteral("p50"), month(result, o.exhaustionP50)},
                           {QStringLiteral("p90"), month(result, o.exhaustionP90)},
                           {QStringLiteral("atRisk"), month(result, o.exhaustionAtRisk)},
                           {QStringLiteral("shareWithinHorizon"),
                            monteCarlo ? QJsonValue(o.exhaustedShare) : QJsonValue(QJsonValue::Null)}};
    QJsonObject decision{{QStringLiteral("month"), month(result, o.decisionMonth)},
                         {QStringLiteral("late"), o.lateDecision()},
                         {QStringLiteral("leadTimeMonths"), o.leadTimeMonths},
                         {QStringLiteral("expansionId"), idOrNull(o.nextExpansionId)}};
    QJsonObject values{{QStringLiteral("capacity"), series(o.capacity)},
                       {QStringLiteral("expected"), series(o.expected)},
                       {QStringLiteral("p10"), series(o.p10)},
                       {QStringLiteral("p50"), series(o.p50)},
                       {QStringLiteral("p90"), series(o.p90)},
                       {QStringLiteral("exceedance"), series(o.exceedance)},
                       {QStringLiteral("exhaustion"), exhaustionShares(result, o)}};
    return {{QStringLiteral("unit"), resourceUnitKey(o.resource)},
            {QStringLiteral("exhaustion"), exhaustion},
            {QStringLiteral("decision"), decision},
            {QStringLiteral("series"), values}};
}

QJsonObject scopeToJson(const GrowthResult &result, const ScopeOutlook &scope)
{
    QJsonObject resources;
    for (const ResourceOutlook &o : scope.resources)
        resources.insert(resourceKey(o.resource), resourceToJson(result, o));
    return {{QStringLiteral("hallId"), idOrNull(scope.hallId)},
            {QStringLiteral("name"), scope.name},
            {QStringLiteral("resources"), resources}};
}

QJsonObject expansionToJson(const GrowthResult &result, const ExpansionOutcome &e)
{
    QJsonObject trigger;
    if (e.triggerResource)
        trigger = {{QStringLiteral("resource"), resourceKey(*e.triggerResource)},
                   {QStringLiteral("hallId"), idOrNull(e.triggerHallId)},
                   {QStringLiteral("exhaustion"), month(result, e.triggerMonth)}};
    return {{QStringLiteral("id"), qint64(e.expansionId)},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("kind"), toKey(e.kind)},
            {QStringLiteral("hallId"), idOrNull(e.hallId)},
            {QStringLiteral("whenNeeded"), e.whenNeeded},
            {QStringLiteral("online"), month(result, e.onlineMonth)},
            {QStringLiteral("decision"), month(result, e.decisionMonth)},
            {QStringLiteral("late"), e.decisionMonth && *e.decisionMonth < 0},
            {QStringLiteral("leadTimeMonths"), e.leadTimeMonths},
            {QStringLiteral("capexXof"), QJsonValue(e.capexXof)},
            {QStringLiteral("trigger"), e.triggerResource ? QJsonValue(trigger) : QJsonValue(QJsonValue::Null)}};
}

} // namespace

QString monthKey(const GrowthResult &result, int month)
{
    return result.monthDate(month).toString(QStringLiteral("yyyy-MM"));
}

QJsonObject growthToJson(const GrowthResult &result)
{
    QJsonArray months;
    for (int m = 0; m < result.months; ++m)
        months.append(monthKey(result, m));
    QJsonArray halls;
    for (const ScopeOutlook &hall : result.halls)
        halls.append(scopeToJson(result, hall));
    QJsonArray expansions;
    for (const ExpansionOutcome &e : result.expansions)
        expansions.append(expansionToJson(result, e));
    return {{QStringLiteral("scenario"), result.scenarioName},
            {QStringLiteral("start"), monthKey(result, 0)},
            {QStringLiteral("horizonMonths"), result.months},
            {QStringLiteral("runs"), result.runs},
            {QStringLiteral("seed"), QString::number(result.seed)},
            {QStringLiteral("decisionRisk"), result.decisionRisk},
            {QStringLiteral("months"), months},
            {QStringLiteral("site"), scopeToJson(result, result.site)},
            {QStringLiteral("halls"), halls},
            {QStringLiteral("expansions"), expansions}};
}

} // namespace hectare
