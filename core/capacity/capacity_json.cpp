#include "capacity_json.h"

#include <QJsonArray>

#include <cmath>

namespace hectare {
namespace {

// JSON has no NaN or infinity.
QJsonValue number(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }

QJsonObject rackEquivalentsToJson(const RackEquivalents &racks)
{
    QJsonObject o;
    for (Resource r : kAllResources)
        o.insert(resourceKey(r), number(racks[resourceIndex(r)]));
    return o;
}

QJsonObject strandedToJson(const StrandedCapacity &s)
{
    return {{QStringLiteral("powerKw"), number(s.powerKw)},
            {QStringLiteral("coolingKw"), number(s.coolingKw)},
            {QStringLiteral("positions"), s.positions}};
}

QJsonObject hallToJson(const HallCapacity &h)
{
    QJsonObject o{{QStringLiteral("id"), QJsonValue(qint64(h.hallId))},
                  {QStringLiteral("name"), h.hallName},
                  {QStringLiteral("floorAreaM2"), number(h.floorAreaM2)},
                  {QStringLiteral("rackFootprintM2"), number(h.rackFootprintM2)},
                  {QStringLiteral("positions"), h.positions},
                  {QStringLiteral("blockedPositions"), h.blockedPositions},
                  {QStringLiteral("averageDesignKw"), number(h.averageDesignKw)},
                  {QStringLiteral("averageAllowedKg"), number(h.averageAllowedKg)},
                  {QStringLiteral("localFreePowerKw"), number(h.localFreePowerKw)},
                  {QStringLiteral("localFreeCoolingKw"), number(h.localFreeCoolingKw)},
                  {QStringLiteral("freeRacks"), rackEquivalentsToJson(h.freeRacks)},
                  {QStringLiteral("binding"), resourceKey(h.binding)},
                  {QStringLiteral("stranded"), strandedToJson(h.stranded)}};
    for (Resource r : kAllResources)
        if (const Budget *b = hallBudget(h, r))
            o.insert(resourceKey(r), budgetToJson(*b));
    return o;
}

QJsonObject unitsToJson()
{
    QJsonObject o;
    for (Resource r : kAllResources)
        o.insert(resourceKey(r), resourceUnitKey(r));
    return o;
}

} // namespace

QJsonObject budgetToJson(const Budget &b)
{
    return {{QStringLiteral("installed"), number(b.installed)},
            {QStringLiteral("usable"), number(b.usable)},
            {QStringLiteral("committed"), number(b.committed)},
            {QStringLiteral("reserved"), number(b.reserved)},
            {QStringLiteral("expectedDraw"), number(b.expectedDraw)},
            {QStringLiteral("free"), number(b.free)}};
}

QJsonObject capacityToJson(const CapacityReport &report)
{
    QJsonObject site{{QStringLiteral("averageDesignKw"), number(report.averageDesignKw)},
                     {QStringLiteral("averageAllowedKg"), number(report.averageAllowedKg)},
                     {QStringLiteral("freeRacks"), rackEquivalentsToJson(report.freeRacks)},
                     {QStringLiteral("binding"), resourceKey(report.binding)},
                     {QStringLiteral("stranded"), strandedToJson(report.stranded)}};
    for (Resource r : kAllResources)
        site.insert(resourceKey(r), budgetToJson(report.budget(r)));

    const QJsonObject plant{{QStringLiteral("upsEfficiency"), number(report.upsEfficiency)},
                            {QStringLiteral("chillerCop"), number(report.chillerCop)},
                            {QStringLiteral("transformerEfficiency"), number(report.transformerEfficiency)},
                            {QStringLiteral("generatorPowerFactor"), number(report.generatorPowerFactor)},
                            {QStringLiteral("auxiliaryKw"), number(report.auxiliaryKw)},
                            {QStringLiteral("facilityKwAtCommitted"), number(report.facilityKwAtCommitted)},
                            {QStringLiteral("incomingKwAtCommitted"), number(report.incomingKwAtCommitted)},
                            {QStringLiteral("pueAtCommitted"), number(report.pueAtCommitted)},
                            {QStringLiteral("itKwSupportedByGenerators"), number(report.itKwSupportedByGenerators)},
                            {QStringLiteral("itKwSupportedByTransformers"), number(report.itKwSupportedByTransformers)},
                            {QStringLiteral("generatorFreeItKw"), number(report.generatorFreeItKw)}};

    QJsonArray halls;
    for (const HallCapacity &h : report.halls)
        halls.append(hallToJson(h));

    return {{QStringLiteral("asOf"), report.asOf.toString(Qt::ISODate)},
            {QStringLiteral("units"), unitsToJson()},
            {QStringLiteral("site"), site},
            {QStringLiteral("plant"), plant},
            {QStringLiteral("halls"), halls}};
}

} // namespace hectare
