#include "layout_names.h"

#include <QRegularExpression>

namespace hectare::layout {
namespace {

// A name that ends in a number: (everything before it, the number's digits).
std::optional<std::pair<QString, QString>> numberedName(const QString &name)
{
    static const QRegularExpression numbered(QStringLiteral("^(.*?)(\\d+)$"));
    const QRegularExpressionMatch m = numbered.match(name);
    if (!m.hasMatch())
        return std::nullopt;
    return std::pair{m.captured(1), m.captured(2)};
}

int digitsOf(int count) { return std::max(2, int(QString::number(std::max(count, 1)).size())); }

} // namespace

QString letterName(int index)
{
    QString name;
    for (int i = index + 1; i > 0; i = (i - 1) / 26)
        name.prepend(QChar(u'A' + (i - 1) % 26));
    return name;
}

std::optional<int> letterIndex(const QString &name)
{
    if (name.isEmpty() || name.size() > 3)
        return std::nullopt;
    int value = 0;
    for (QChar c : name) {
        if (c < u'A' || c > u'Z')
            return std::nullopt;
        value = value * 26 + (c.unicode() - u'A' + 1);
    }
    return value - 1;
}

QString nextName(const QString &name, bool letters)
{
    if (letters)
        if (const std::optional<int> index = letterIndex(name))
            return letterName(*index + 1);
    if (const auto numbered = numberedName(name)) {
        const QString &digits = numbered->second;
        const qlonglong next = digits.toLongLong() + 1;
        return numbered->first + QStringLiteral("%1").arg(next, int(digits.size()), 10, QLatin1Char('0'));
    }
    return name + QStringLiteral(" 2");
}

QString nextFreeName(const QString &name, const QSet<QString> &taken, bool letters)
{
    QString candidate = nextName(name, letters);
    while (taken.contains(candidate))
        candidate = nextName(candidate, letters);
    return candidate;
}

QString newRowName(const QSet<QString> &rowNames)
{
    // The hall's naming: letters when any row is named so, else the highest numbered name.
    std::optional<int> lastLetter;
    std::optional<std::pair<qlonglong, QString>> lastNumbered;
    for (const QString &name : rowNames) {
        if (const std::optional<int> index = letterIndex(name)) {
            lastLetter = std::max(lastLetter.value_or(-1), *index);
        } else if (const auto numbered = numberedName(name)) {
            const std::pair<qlonglong, QString> key{numbered->second.toLongLong(), name};
            if (!lastNumbered || key > *lastNumbered)
                lastNumbered = key;
        }
    }
    if (lastLetter)
        return nextFreeName(letterName(*lastLetter), rowNames, true);
    if (lastNumbered)
        return nextFreeName(lastNumbered->second, rowNames, true);
    const QString first = QStringLiteral("A");
    return rowNames.contains(first) ? nextFreeName(first, rowNames, true) : first;
}

std::optional<RackNaming> rackNamingOf(const QString &rowName, const QString &rackName)
{
    if (rowName.isEmpty() || !rackName.startsWith(rowName))
        return std::nullopt;
    // After the row's name: an optional separator (no letter or digit), then the number.
    static const QRegularExpression rest(QStringLiteral("^([^\\p{L}\\p{N}]*)(\\d+)$"));
    const QRegularExpressionMatch m = rest.match(rackName.mid(rowName.size()));
    if (!m.hasMatch())
        return std::nullopt;
    return RackNaming{m.captured(1), int(m.captured(2).size())};
}

RackNaming defaultRackNaming(const QString &rowName, int count)
{
    const bool endsInDigit = !rowName.isEmpty() && rowName.back().isDigit();
    return {endsInDigit ? QStringLiteral("-") : QString(), digitsOf(count)};
}

QString rackName(const QString &rowName, const RackNaming &naming, int number)
{
    return rowName + naming.separator + QStringLiteral("%1").arg(number, naming.digits, 10, QLatin1Char('0'));
}

QString rackNameInRow(const QString &rackName, const QString &oldRowName, const QString &newRowName)
{
    if (!rackNamingOf(oldRowName, rackName))
        return rackName;
    return newRowName + rackName.mid(oldRowName.size());
}

} // namespace hectare::layout
