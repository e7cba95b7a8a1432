#pragma once

#include <QDate>
#include <QString>

namespace hectare::ui {

// Months as a planner reads them, in the user's locale: "Mar 2029" ("mars 2029").
QString monthText(const QDate &date);
// A month counted from a scenario's start, with its date: "9 (Oct 2026)".
QString monthOffsetText(const QDate &start, int month);

} // namespace hectare::ui
