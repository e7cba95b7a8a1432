#pragma once

// Private to core/layout: the names the plan's edits give to rows, racks and obstacles, in the
// style of the names already there (the sample: rows "A"…"H" with racks "A01"…, rows "G1"…"G4"
// with racks "G1-01"…).

#include <QSet>
#include <QString>

#include <optional>

namespace hectare::layout {

// Spreadsheet letters: 0 → "A", 25 → "Z", 26 → "AA".
QString letterName(int index);
// The index of a name made of one to three capital letters ("A" → 0, "AA" → 26), or nothing.
std::optional<int> letterIndex(const QString &name);

// The name that follows `name`: a number at its end counts up keeping its zero padding
// ("G4" → "G5", "R09" → "R10", "CRAH-2" → "CRAH-3"); with `letters`, a name of capital letters
// goes on like spreadsheet columns ("C" → "D", "Z" → "AA"); anything else gets " 2".
QString nextName(const QString &name, bool letters);
// The first name after `name` that is not taken.
QString nextFreeName(const QString &name, const QSet<QString> &taken, bool letters);

// The name for a new row among the hall's row names: after the last of them in their own style
// ("I" after "A"…"H", "G5" after "G1"…"G4"), "A" in an empty hall.
QString newRowName(const QSet<QString> &rowNames);

// How a row's racks are named: the row's name, a separator and a zero-padded number.
struct RackNaming
{
    QString separator;
    int digits = 2;
};
// The naming of rack `rackName` in row `rowName`, when it follows that pattern ("A01" in "A",
// "G1-03" in "G1").
std::optional<RackNaming> rackNamingOf(const QString &rowName, const QString &rackName);
// The naming for a row of `count` racks that has none yet: "A01" for row "A", "G1-01" for row
// "G1" (a name ending in a digit needs a separator).
RackNaming defaultRackNaming(const QString &rowName, int count);
QString rackName(const QString &rowName, const RackNaming &naming, int number);
// A rack name carried over to a row of another name: "A01" in row "A" → "D01" in row "D".
// Names that do not follow the row's name are kept.
QString rackNameInRow(const QString &rackName, const QString &oldRowName, const QString &newRowName);

} // namespace hectare::layout
