#pragma once

#include <Qt>

namespace hectare::ui {

// Roles the table models answer besides the standard ones.
// kSortRole: the raw value of a cell (a number as a number, a date as a date), for sorting.
// kIdRole: the id of the object a row shows, the same in every column.
inline constexpr int kSortRole = Qt::UserRole;
inline constexpr int kIdRole = Qt::UserRole + 1;

} // namespace hectare::ui
