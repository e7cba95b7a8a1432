#include "quoting/placement_text.h"

#include "growth/growth_result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace hectare::placement {
namespace {

constexpr double kEps = 1e-9;

QString kw(double value) { return QLocale().toString(value, 'f', 1); }

// A shortfall smaller than the one decimal shown would read "short by 0.0 kW".
QString shortBy(double missing) { return missing < 0.05 ? QLocale().toString(missing, 'f', 2) : kw(missing); }

QString monthText(const QuoteRequirement &r, int termMonth)
{
    return QLocale().toString(r.start.addMonths(termMonth), QStringLiteral("MMM yyyy"));
}

QString runLabel(const PositionRun &run)
{
    if (run.rackIds.size() == 1)
        return QCoreApplication::translate("hectare::Placement", "row %1, position %2")
            .arg(quoted(run.rowName), run.firstRack);
    return QCoreApplication::translate("hectare::Placement", "row %1, positions %2–%3")
        .arg(quoted(run.rowName), run.firstRack, run.lastRack);
}

int distinctRows(const std::vector<PositionRun> &runs)
{
    QSet<Id> rows;
    for (const PositionRun &run : runs)
        rows.insert(run.rowId);
    return int(rows.size());
}

} // namespace

QString quoted(const QString &name) { return QLatin1Char('"') + name + QLatin1Char('"'); }

QString shortfallText(const Shortfall &s, const QuoteRequirement &r, const GrowthResult *f)
{
    const QString resource = resourceDisplayName(s.resource);
    if (s.forecast && f) {
        const QString when = monthText(r, s.month.value_or(0));
        if (s.resource == Resource::Space)
            return QCoreApplication::translate(
                       "hectare::Placement",
                       "%1 runs out in month %2 of the term (%3) in the forecast: %4 positions needed, %5 left")
                .arg(resource)
                .arg(s.month.value_or(0) + 1)
                .arg(when)
                .arg(s.needed)
                .arg(std::floor(s.available));
        return QCoreApplication::translate(
                   "hectare::Placement",
                   "%1 runs out in month %2 of the term (%3) in the forecast: %4 kW needed, %5 kW left, short by %6 kW")
            .arg(resource)
            .arg(s.month.value_or(0) + 1)
            .arg(when, kw(s.needed), kw(s.available), shortBy(s.missing()));
    }
    if (s.resource == Resource::Space) {
        const QString needed =
            QCoreApplication::translate("hectare::Placement", "space: %n position(s) needed", nullptr, int(s.needed));
        const QString suitable = QCoreApplication::translate("hectare::Placement", "%n suitable and free", nullptr,
                                                             int(s.available));
        return needed + QStringLiteral(", ") + suitable;
    }
    return QCoreApplication::translate("hectare::Placement", "%1: %2 kW needed, %3 kW free, short by %4 kW")
        .arg(resource, kw(s.needed), kw(s.available), shortBy(s.missing()));
}

QString spaceDetail(const Eligibility &c)
{
    QStringList why;
    if (c.tooLowKw)
        why << QCoreApplication::translate("hectare::Placement", "%n designed below the kW per rack", nullptr,
                                           c.tooLowKw);
    if (c.noAbFeeds)
        why << QCoreApplication::translate("hectare::Placement", "%n without A and B feeds", nullptr, c.noAbFeeds);
    if (c.noFeed)
        why << QCoreApplication::translate("hectare::Placement", "%n without a power feed", nullptr, c.noFeed);
    if (c.tooHeavy)
        why << QCoreApplication::translate("hectare::Placement", "%n that cannot bear the weight", nullptr, c.tooHeavy);
    if (why.isEmpty())
        return QString();
    return QCoreApplication::translate("hectare::Placement", " (of %1 free: %2)")
        .arg(c.free)
        .arg(why.join(QStringLiteral(", ")));
}

// The reasons a salesperson reads for one candidate, in ranking order.
QStringList candidateReasons(const PlacementCandidate &c, const QuoteRequirement &r, const GrowthResult *forecast)
{
    QStringList reasons;
    QStringList runs;
    for (const PositionRun &run : c.runs)
        runs << runLabel(run);
    const QString positions = QCoreApplication::translate("hectare::Placement", "%n position(s)", nullptr, r.racks);
    if (c.contiguous) {
        reasons << QCoreApplication::translate("hectare::Placement", "%1 side by side: %2")
                       .arg(positions, runs.join(QString()));
    } else {
        const QString rows =
            QCoreApplication::translate("hectare::Placement", "%n row(s)", nullptr, distinctRows(c.runs));
        reasons << QCoreApplication::translate("hectare::Placement", "no row has %1 side by side; spread over %2: %3")
                       .arg(positions, rows, runs.join(QStringLiteral("; ")));
    }
    if (c.strandedDesignKw < 0.05)
        reasons << QCoreApplication::translate("hectare::Placement",
                                               "the positions' design power matches the kW asked for");
    else
        reasons << QCoreApplication::translate("hectare::Placement",
                                               "leaves %1 kW of the positions' design power unused")
                       .arg(kw(c.strandedDesignKw));
    if (c.contiguous && c.orphanedPositions == 0) {
        reasons << QCoreApplication::translate("hectare::Placement", "leaves no free position stranded between sales");
    } else if (c.contiguous) {
        reasons << QCoreApplication::translate("hectare::Placement",
                                               "leaves %n free position(s) in gaps too short for a customer this size",
                                               nullptr, c.orphanedPositions);
    }
    const int freeCount = int(std::floor(c.spaceHeadroom + kEps));
    const QString freePositions = QCoreApplication::translate("hectare::Placement", "%n free position(s)", nullptr,
                                                              freeCount);
    const QString headroom =
        forecast
            ? QCoreApplication::translate("hectare::Placement",
                                          "least headroom over the term (forecast P50): power %1 kW, cooling %2 kW, %3")
            : QCoreApplication::translate("hectare::Placement",
                                          "headroom after this sale: power %1 kW, cooling %2 kW, %3");
    reasons << headroom.arg(kw(c.powerHeadroomKw), kw(c.coolingHeadroomKw), freePositions);
    for (const Shortfall &w : c.p90Warnings)
        reasons << QCoreApplication::translate("hectare::Placement", "warning, P90 forecast: %1")
                       .arg(shortfallText(w, r, forecast));
    return reasons;
}

} // namespace hectare::placement
