#pragma once

#include "dashboard/qcustomplot_include.h"

#include <QDate>

namespace hectare::ui {

// Keys of the growth charts: a month's first day at 00:00 UTC, in seconds (QCustomPlot's
// date-time keys), so that the axis is a date axis whatever the time zone.
double monthKey(const QDate &date);
inline double monthKey(const QDate &start, int month) { return monthKey(start.addMonths(month)); }
QDate keyDate(double key);

// A date axis ticking on the first of a month: every 1, 2, 3 or 6 months, or on 1 January of
// every 1, 2 or 5 years, whichever gives at most about ten ticks; month names in the plot's
// locale ("janv. 2027"), years alone when the ticks are a year or more apart.
class MonthAxisTicker : public QCPAxisTickerDateTime
{
public:
    MonthAxisTicker();

protected:
    double getTickStep(const QCPRange &range) override;
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override;

private:
    int m_stepMonths = 12;
};

} // namespace hectare::ui
