#include "json_reader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hectare {

QString JsonPath::toString() const
{
    if (!m_parent)
        return QStringLiteral("$");
    if (m_index >= 0)
        return m_parent->toString() + u'[' + QString::number(m_index) + u']';
    return m_parent->toString() + u'.' + m_key;
}

namespace json {
namespace {

constexpr qsizetype kMaxQuotedChars = 40;

// "YYYY-MM-DD" exactly: QDate::fromString(Qt::ISODate) also takes a trailing "T…".
bool isIsoDateShape(const QString &s)
{
    if (s.size() != 10 || s.at(4) != u'-' || s.at(7) != u'-')
        return false;
    for (qsizetype i = 0; i < s.size(); ++i)
        if (i != 4 && i != 7 && !(s.at(i) >= u'0' && s.at(i) <= u'9'))
            return false;
    return true;
}

} // namespace

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String: {
        const QString s = value.toString();
        const QString shown = s.size() > kMaxQuotedChars ? s.left(kMaxQuotedChars) + u'…' : s;
        return u'"' + shown + u'"';
    }
    case QJsonValue::Array: return QCoreApplication::translate("hectare::ModelJson", "an array");
    case QJsonValue::Object: return QCoreApplication::translate("hectare::ModelJson", "an object");
    case QJsonValue::Undefined: break;
    }
    return QCoreApplication::translate("hectare::ModelJson", "nothing");
}

QString toNumber(const QJsonValue &value, double &out)
{
    if (!value.isDouble())
        return QCoreApplication::translate("hectare::ModelJson", "expected a number, got %1").arg(describe(value));
    out = value.toDouble();
    return {};
}

QString toInteger(const QJsonValue &value, int &out)
{
    const double d = value.toDouble();
    if (!value.isDouble() || std::trunc(d) != d)
        return QCoreApplication::translate("hectare::ModelJson", "expected a whole number, got %1").arg(describe(value));
    if (d < std::numeric_limits<int>::min() || d > std::numeric_limits<int>::max())
        return QCoreApplication::translate("hectare::ModelJson", "expected a whole number from %1 to %2, got %3")
            .arg(QString::number(std::numeric_limits<int>::min()), QString::number(std::numeric_limits<int>::max()),
                 describe(value));
    out = static_cast<int>(d);
    return {};
}

QString toId(const QJsonValue &value, Id &out)
{
    // toInteger() gives the default for anything that is not a whole number in qint64's range.
    const Id id = value.isDouble() ? value.toInteger(kNoId) : kNoId;
    if (id <= 0)
        return QCoreApplication::translate("hectare::ModelJson", "expected an id (a whole number greater than 0), got %1")
            .arg(describe(value));
    out = id;
    return {};
}

QString toNullableId(const QJsonValue &value, Id &out)
{
    if (value.isNull()) {
        out = kNoId;
        return {};
    }
    if (toId(value, out).isEmpty())
        return {};
    return QCoreApplication::translate("hectare::ModelJson",
                                       "expected an id (a whole number greater than 0) or null, got %1")
        .arg(describe(value));
}

QString toText(const QJsonValue &value, QString &out)
{
    if (!value.isString())
        return QCoreApplication::translate("hectare::ModelJson", "expected a string, got %1").arg(describe(value));
    out = value.toString();
    return {};
}

QString toNullableDate(const QJsonValue &value, QDate &out)
{
    if (value.isNull()) {
        out = QDate();
        return {};
    }
    if (value.isString()) {
        const QString s = value.toString();
        const QDate date = isIsoDateShape(s) ? QDate::fromString(s, Qt::ISODate) : QDate();
        if (date.isValid()) {
            out = date;
            return {};
        }
    }
    return QCoreApplication::translate("hectare::ModelJson", "expected a date as YYYY-MM-DD or null, got %1")
        .arg(describe(value));
}

QString unknownChoice(QLatin1StringView key, const QJsonValue &value, const QStringList &choices)
{
    const QString expected = choices.join(QStringLiteral(", "));
    if (!value.isString())
        return QCoreApplication::translate("hectare::ModelJson", "expected one of %1, got %2")
            .arg(expected, describe(value));
    //: %1 is the key ("state"), %2 the value found, %3 the values allowed.
    return QCoreApplication::translate("hectare::ModelJson", "unknown %1 %2 (expected %3)")
        .arg(QString(key), describe(value), expected);
}

} // namespace json

std::optional<QJsonValue> JsonReader::take(QLatin1StringView key, Presence presence)
{
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (presence == Presence::Required)
            fail(m_path.child(key), QCoreApplication::translate("hectare::ModelJson", "missing required key"));
        return std::nullopt;
    }
    m_taken.append(key);
    if (failed())
        return std::nullopt;
    return it.value();
}

void JsonReader::fail(const JsonPath &where, const QString &message)
{
    if (!failed())
        m_error = Error{where.toString(), message};
}

void JsonReader::fail(Error error)
{
    if (!failed())
        m_error = std::move(error);
}

std::optional<Error> JsonReader::finish() const
{
    // Each key is taken at most once and only if present, so equal counts mean none is unknown.
    if (m_taken.size() != m_object.size()) {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            const QString key = it.key();
            if (std::find(m_taken.cbegin(), m_taken.cend(), key) == m_taken.cend())
                return Error{m_path.toString(),
                             QCoreApplication::translate("hectare::ModelJson", "unknown key \"%1\"").arg(key)};
        }
    }
    return m_error;
}

} // namespace hectare
