#pragma once

#include "model/error.h"

#include <QString>

namespace hectare {

// Checks the raw bytes of a file before SQLite sees it: it exists and is readable, it has
// an SQLite header, and it is as long as its header says (a truncated copy is caught here,
// where SQLite might otherwise read it as a smaller database). Reads only; writes nothing.
Status checkSqliteFile(const QString &path);

} // namespace hectare
