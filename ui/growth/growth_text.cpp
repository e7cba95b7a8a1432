#include "growth_text.h"

#include <QCoreApplication>
#include <QLocale>

namespace hectare::ui {

QString monthText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("MMM yyyy")) : QString();
}

QString monthOffsetText(const QDate &start, int month)
{
    const QString number = QLocale().toString(month);
    if (!start.isValid())
        return number;
    return QCoreApplication::translate("hectare::ui::GrowthText", "%1 (%2)", "month number (its date)")
        .arg(number, monthText(start.addMonths(month)));
}

} // namespace hectare::ui
