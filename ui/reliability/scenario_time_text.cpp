#include "scenario_time_text.h"

#include <QCoreApplication>

#include <cmath>

namespace hectare::ui {
namespace {

qint64 wholeSeconds(double hours) { return std::llround(hours * 3600); }

} // namespace

QString scenarioClockText(double hours)
{
    if (!std::isfinite(hours))
        return QStringLiteral("—");
    const qint64 s = wholeSeconds(hours);
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString scenarioDurationText(double hours)
{
    if (!std::isfinite(hours))
        return QStringLiteral("—");
    const qint64 s = wholeSeconds(hours);
    const qint64 h = s / 3600;
    const qint64 min = s / 60 % 60;
    const qint64 sec = s % 60;
    if (h == 0 && min == 0)
        return QCoreApplication::translate("hectare::ScenarioTimeText", "%1 s").arg(sec);
    if (h == 0)
        return sec == 0 ? QCoreApplication::translate("hectare::ScenarioTimeText", "%1 min").arg(min)
                        : QCoreApplication::translate("hectare::ScenarioTimeText", "%1 min %2 s").arg(min).arg(sec);
    return min == 0 ? QCoreApplication::translate("hectare::ScenarioTimeText", "%1 h").arg(h)
                    : QCoreApplication::translate("hectare::ScenarioTimeText", "%1 h %2 min").arg(h).arg(min);
}

} // namespace hectare::ui
