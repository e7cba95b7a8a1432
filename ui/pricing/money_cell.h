#pragma once

#include <QVariant>

#include <optional>

namespace hectare::ui {

// Whole francs as a user types them in a cell: "450000", "450 000" (any space, the narrow
// no-break space French grouping uses included), "450,000" or "450.000" as the user's locale
// groups, or a whole number as a QVariant. Nothing when it is not a whole number.
std::optional<qint64> cellMoney(const QVariant &value);

} // namespace hectare::ui
