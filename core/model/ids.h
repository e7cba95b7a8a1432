#pragma once

#include <QtGlobal>

namespace hectare {

// Every stored object is identified by its SQLite rowid. 0 means "none" (a NULL
// reference in the file), so a plain integer is enough and stays cheap in hot loops.
using Id = qint64;
inline constexpr Id kNoId = 0;

// The id after the largest in `items` (1 when empty): what a new object of that kind gets.
template<typename Items>
Id nextId(const Items &items)
{
    Id next = 1;
    for (const auto &item : items)
        next = item.id + 1 > next ? item.id + 1 : next;
    return next;
}

} // namespace hectare
