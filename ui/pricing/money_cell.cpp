#include "money_cell.h"

#include <QLocale>

#include <cmath>

namespace hectare::ui {

std::optional<qint64> cellMoney(const QVariant &value)
{
    bool ok = false;
    if (value.typeId() != QMetaType::QString) {
        const double number = value.toDouble(&ok);
        if (!ok || !std::isfinite(number) || number != std::trunc(number) || std::abs(number) > 9e15)
            return std::nullopt;
        return qint64(number);
    }
    // Grouping is for reading: drop every space and the locale's group separator, whatever
    // the user typed between the digits.
    QString text = value.toString();
    text.remove(QLocale().groupSeparator());
    QString digits;
    for (const QChar c : text)
        if (!c.isSpace())
            digits += c;
    const qint64 francs = QLocale::c().toLongLong(digits, &ok);
    if (ok)
        return francs;
    return std::nullopt;
}

} // namespace hectare::ui
