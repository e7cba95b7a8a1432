#include "cell_value.h"

#include <QLocale>

#include <cmath>

namespace hectare::ui {
namespace {

bool isText(const QVariant &value) { return value.typeId() == QMetaType::QString; }

} // namespace

std::optional<double> cellNumber(const QVariant &value)
{
    bool ok = false;
    double number = 0;
    if (isText(value)) {
        const QString text = value.toString().trimmed();
        number = QLocale().toDouble(text, &ok);
        if (!ok)
            number = QLocale::c().toDouble(text, &ok);
    } else {
        number = value.toDouble(&ok);
    }
    return ok ? std::optional(number) : std::nullopt;
}

std::optional<int> cellInteger(const QVariant &value)
{
    const std::optional<double> number = cellNumber(value);
    if (!number || !std::isfinite(*number) || *number != std::trunc(*number) || std::abs(*number) > 1e9)
        return std::nullopt;
    return int(*number);
}

std::optional<QDate> cellDate(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QDate();
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    if (!isText(value))
        return std::nullopt;
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return QDate();
    for (QDate date : {QLocale().toDate(text, shortDateFormat()), QLocale().toDate(text, QLocale::ShortFormat),
                       QDate::fromString(text, Qt::ISODate)}) {
        if (date.isValid())
            return date;
    }
    return std::nullopt;
}

QString shortDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

} // namespace hectare::ui
