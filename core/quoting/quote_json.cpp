#include "quoting/quote_json.h"

#include "quoting/quote_builder.h"
#include "quoting/reservations.h"

#include <QJsonArray>

namespace hectare {
namespace {

QJsonArray idsToJson(const std::vector<Id> &ids)
{
    QJsonArray array;
    for (Id id : ids)
        array.append(qint64(id));
    return array;
}

QJsonArray rackNames(const SiteModel &model, const std::vector<Id> &ids)
{
    QJsonArray array;
    for (Id id : ids) {
        const Rack *rack = model.rack(id);
        array.append(rack ? rack->name : QString::number(id));
    }
    return array;
}

QJsonObject shortfallToJson(const Shortfall &s)
{
    QJsonObject o{{QStringLiteral("resource"), resourceKey(s.resource)},
                  // Generator shortfalls are in IT kW, like power's, not in the plant's kVA.
                  {QStringLiteral("unit"), s.resource == Resource::Generator ? QStringLiteral("kW")
                                                                               : resourceUnitKey(s.resource)},
                  {QStringLiteral("needed"), s.needed},
                  {QStringLiteral("available"), s.available},
                  {QStringLiteral("missing"), s.missing()},
                  {QStringLiteral("forecast"), s.forecast}};
    if (s.month)
        o.insert(QStringLiteral("termMonth"), *s.month + 1);
    return o;
}

} // namespace

QJsonObject quoteToJson(const SiteModel &model, const Quote &q)
{
    const QuoteRequirement &r = q.requirement;
    QJsonObject requirement{{QStringLiteral("racks"), r.racks},
                            {QStringLiteral("kwPerRack"), r.kwPerRack},
                            {QStringLiteral("committedKw"), r.committedKw()},
                            {QStringLiteral("cageM2"), r.cageM2},
                            {QStringLiteral("abFeeds"), r.abFeeds},
                            {QStringLiteral("start"), r.start.toString(Qt::ISODate)},
                            {QStringLiteral("termMonths"), r.termMonths},
                            {QStringLiteral("fibreCrossConnects"), r.fibreCrossConnects},
                            {QStringLiteral("copperCrossConnects"), r.copperCrossConnects},
                            {QStringLiteral("remoteHandsHours"), r.remoteHandsHours}};
    QJsonArray lines;
    for (const QuoteLineRecord &l : q.lines)
        lines.append(QJsonObject{{QStringLiteral("item"), l.itemKey},
                                 {QStringLiteral("label"), l.label},
                                 {QStringLiteral("recurrence"), l.monthly ? QStringLiteral("mrc") : QStringLiteral("nrc")},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("unitPrice"), l.unitPrice},
                                 {QStringLiteral("amount"), l.quantity * l.unitPrice}});
    const Hall *hall = model.hall(q.hallId);
    QJsonObject o{{QStringLiteral("id"), qint64(q.id)},
                  {QStringLiteral("number"), q.number},
                  {QStringLiteral("customer"), q.customer},
                  {QStringLiteral("language"), q.language},
                  {QStringLiteral("status"), toKey(q.status)},
                  {QStringLiteral("issued"), q.issued.toString(Qt::ISODate)},
                  {QStringLiteral("validUntil"), q.validUntil.toString(Qt::ISODate)},
                  {QStringLiteral("requirement"), requirement},
                  {QStringLiteral("hall"), hall ? QJsonValue(hall->name) : QJsonValue()},
                  {QStringLiteral("rackIds"), idsToJson(q.rackIds)},
                  {QStringLiteral("racks"), rackNames(model, q.rackIds)},
                  {QStringLiteral("lines"), lines},
                  {QStringLiteral("currency"), QStringLiteral("XOF")}};
    if (Result<QuoteTotals> t = quoteTotals(q)) {
        QJsonArray years;
        for (const ContractYear &y : t->years)
            years.append(QJsonObject{{QStringLiteral("year"), y.year},
                                     {QStringLiteral("months"), y.months},
                                     {QStringLiteral("monthly"), y.monthly},
                                     {QStringLiteral("total"), y.total}});
        o.insert(QStringLiteral("totals"),
                 QJsonObject{{QStringLiteral("mrcSubtotal"), t->mrcSubtotal},
                             {QStringLiteral("termDiscountBasisPoints"), t->termDiscountRate},
                             {QStringLiteral("termDiscount"), t->termDiscount},
                             {QStringLiteral("mrcNet"), t->mrcNet},
                             {QStringLiteral("years"), years},
                             {QStringLiteral("recurringTotal"), t->recurringTotal},
                             {QStringLiteral("nrcTotal"), t->nrcTotal},
                             {QStringLiteral("totalExVat"), t->totalExVat},
                             {QStringLiteral("vatBasisPoints"), t->vatRate},
                             {QStringLiteral("vat"), t->vat},
                             {QStringLiteral("totalIncVat"), t->totalIncVat},
                             {QStringLiteral("eurCentsIncVat"), money::xofToEurCents(t->totalIncVat)}});
        if (r.costPerKwMonth > 0 && r.committedKw() > 0) {
            if (Result<MarginPerKw> m = marginPerKw(t->mrcNet, r.committedKw(), r.costPerKwMonth))
                o.insert(QStringLiteral("marginPerKwMonth"), m->marginPerKwMonth);
        }
    }
    return o;
}

QJsonObject placementToJson(const PlacementResult &result)
{
    QJsonArray candidates;
    for (const PlacementCandidate &c : result.candidates) {
        QJsonArray runs;
        for (const PositionRun &run : c.runs)
            runs.append(QJsonObject{{QStringLiteral("row"), run.rowName},
                                    {QStringLiteral("first"), run.firstRack},
                                    {QStringLiteral("last"), run.lastRack},
                                    {QStringLiteral("positions"), int(run.rackIds.size())}});
        QJsonArray warnings;
        for (const Shortfall &w : c.p90Warnings)
            warnings.append(shortfallToJson(w));
        candidates.append(QJsonObject{{QStringLiteral("hall"), c.hallName},
                                      {QStringLiteral("rackIds"), idsToJson(c.rackIds)},
                                      {QStringLiteral("runs"), runs},
                                      {QStringLiteral("contiguous"), c.contiguous},
                                      {QStringLiteral("strandedDesignKw"), c.strandedDesignKw},
                                      {QStringLiteral("orphanedPositions"), c.orphanedPositions},
                                      {QStringLiteral("powerHeadroomKw"), c.powerHeadroomKw},
                                      {QStringLiteral("coolingHeadroomKw"), c.coolingHeadroomKw},
                                      {QStringLiteral("spaceHeadroom"), c.spaceHeadroom},
                                      {QStringLiteral("p90Warnings"), warnings},
                                      {QStringLiteral("score"), c.score},
                                      {QStringLiteral("reasons"), QJsonArray::fromStringList(c.reasons)}});
    }
    QJsonArray refusals;
    for (const HallRefusal &r : result.refusals) {
        QJsonArray shortfalls;
        for (const Shortfall &s : r.shortfalls)
            shortfalls.append(shortfallToJson(s));
        refusals.append(QJsonObject{{QStringLiteral("hall"), r.hallName},
                                    {QStringLiteral("shortfalls"), shortfalls},
                                    {QStringLiteral("reason"), r.reason}});
    }
    return QJsonObject{{QStringLiteral("forecastScenario"), result.forecastScenario},
                       {QStringLiteral("candidates"), candidates},
                       {QStringLiteral("refusals"), refusals}};
}

QJsonObject reservationsToJson(const SiteModel &model, QDate asOf)
{
    QJsonArray holds;
    for (const Quote *q : liveHolds(model, asOf)) {
        const Hall *hall = model.hall(q->hallId);
        holds.append(QJsonObject{{QStringLiteral("quote"), q->number},
                                 {QStringLiteral("customer"), q->customer},
                                 {QStringLiteral("hall"), hall ? QJsonValue(hall->name) : QJsonValue()},
                                 {QStringLiteral("racks"), rackNames(model, q->rackIds)},
                                 {QStringLiteral("committedKw"), q->requirement.committedKw()},
                                 {QStringLiteral("validUntil"), q->validUntil.toString(Qt::ISODate)},
                                 {QStringLiteral("daysLeft"), qint64(asOf.daysTo(q->validUntil))}});
    }
    return QJsonObject{{QStringLiteral("asOf"), asOf.toString(Qt::ISODate)}, {QStringLiteral("holds"), holds}};
}

} // namespace hectare
