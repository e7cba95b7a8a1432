#pragma once

#include <QtGlobal>

namespace hectare {

// Every stored object is identified by its SQLite rowid. 0 means "none" (a NULL
// reference in the file), so a plain integer is enough and stays cheap in hot loops.
using Id = qint64;
inline constexpr Id kNoId = 0;

} // namespace hectare
