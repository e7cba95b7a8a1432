#include "growth_csv.h"

#include "growth_json.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace hectare {
namespace {

QByteArray field(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    if (!(utf8.contains(',') || utf8.contains('"') || utf8.contains('\r') || utf8.contains('\n')))
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

QByteArray number(double value)
{
    if (!std::isfinite(value))
        return {};
    return QString::number(value, 'f', QLocale::FloatingPointShortest).toLatin1();
}

QByteArray valueAt(const std::vector<double> &values, int month)
{
    return month < int(values.size()) ? number(values[std::size_t(month)]) : QByteArray();
}

// Share of the runs that run out in `month`; empty without runs.
QByteArray exhaustedIn(const GrowthResult &result, const ResourceOutlook &o, int month)
{
    return month < int(o.exhaustionRuns.size()) ? number(double(o.exhaustionRuns[std::size_t(month)]) / result.runs)
                                                 : QByteArray();
}

void addScope(QByteArray &out, const GrowthResult &result, const ScopeOutlook &scope, const QString &scopeName)
{
    for (const ResourceOutlook &o : scope.resources)
        for (int m = 0; m < result.months; ++m) {
            const QList<QByteArray> fields{field(result.scenarioName), field(scopeName), resourceKey(o.resource).toLatin1(),
                                           resourceUnitKey(o.resource).toLatin1(), monthKey(result, m).toLatin1(),
                                           valueAt(o.capacity, m), valueAt(o.expected, m), valueAt(o.p10, m),
                                           valueAt(o.p50, m), valueAt(o.p90, m), valueAt(o.exceedance, m),
                                           exhaustedIn(result, o, m)};
            out += fields.join(',') + "\r\n";
        }
}

} // namespace

QByteArray growthCsv(const std::vector<const GrowthResult *> &results)
{
    QByteArray out("scenario,scope,resource,unit,month,capacity,expected,p10,p50,p90,exceedance,exhausted\r\n");
    for (const GrowthResult *result : results) {
        addScope(out, *result, result->site, QStringLiteral("site"));
        for (const ScopeOutlook &hall : result->halls)
            addScope(out, *result, hall, hall.name);
    }
    return out;
}

} // namespace hectare
