#pragma once

#include <QDate>
#include <QVariant>

#include <optional>

namespace hectare::ui {

// What an editor or a caller of setData() hands a table model, read as the cell's type.
// Text is read in the user's locale (QLocale()), then in the C locale ("12,5" or "12.5");
// dates also as ISO 8601. Nothing when the value cannot be read as that type.
std::optional<double> cellNumber(const QVariant &value);
std::optional<int> cellInteger(const QVariant &value);
// An empty text or a null date is a valid answer: no date (an open-ended contract).
std::optional<QDate> cellDate(const QVariant &value);

// The user's short date format with a four-digit year ("dd/MM/yyyy", "M/d/yyyy"), for
// showing and editing contract dates alike.
QString shortDateFormat();

} // namespace hectare::ui
