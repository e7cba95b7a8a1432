#include "month_axis_ticker.h"

#include <cmath>

namespace hectare::ui {
namespace {

constexpr double kSecondsPerMonth = 365.2425 / 12 * 86400;
constexpr int kMaxTicks = 10;
constexpr int kSteps[] = {1, 2, 3, 6, 12, 24, 60, 120};

int monthIndex(const QDate &date) { return date.year() * 12 + date.month() - 1; }

} // namespace

double monthKey(const QDate &date) { return QCPAxisTickerDateTime::dateTimeToKey(date, Qt::UTC); }

QDate keyDate(double key) { return QCPAxisTickerDateTime::keyToDateTime(key).toUTC().date(); }

MonthAxisTicker::MonthAxisTicker() { setDateTimeSpec(Qt::UTC); }

double MonthAxisTicker::getTickStep(const QCPRange &range)
{
    const double months = range.size() / kSecondsPerMonth;
    m_stepMonths = kSteps[std::size(kSteps) - 1];
    for (int step : kSteps)
        if (months / step <= kMaxTicks) {
            m_stepMonths = step;
            break;
        }
    return m_stepMonths * kSecondsPerMonth;
}

int MonthAxisTicker::getSubTickCount(double)
{
    // Quarters under yearly ticks, months under quarterly ones; none where they would crowd.
    switch (m_stepMonths) {
    case 3: return 2;
    case 6: return 5;
    case 12: return 3;
    default: return 0;
    }
}

QString MonthAxisTicker::getTickLabel(double tick, const QLocale &locale, QChar, int)
{
    return locale.toString(keyDate(tick), m_stepMonths >= 12 ? QStringLiteral("yyyy") : QStringLiteral("MMM yyyy"));
}

QVector<double> MonthAxisTicker::createTickVector(double, const QCPRange &range)
{
    QVector<double> ticks;
    const QDate first = keyDate(range.lower);
    int index = monthIndex(first) - 1;
    index -= ((index % m_stepMonths) + m_stepMonths) % m_stepMonths;   // back to a multiple of the step
    for (;; index += m_stepMonths) {
        const double key = monthKey(QDate(index / 12, index % 12 + 1, 1));
        ticks << key;
        if (key > range.upper)
            break;
    }
    return ticks;
}

} // namespace hectare::ui
