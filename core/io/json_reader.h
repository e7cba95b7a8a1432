#pragma once

// Reading JSON objects strictly, with errors that name the JSON path (`$.racks[3].designKw`).
// Nothing here knows the Hectare format; model_json.cpp says which keys each object holds.

#include "model/enums.h"
#include "model/error.h"
#include "model/ids.h"

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <optional>

namespace hectare {

// A place in a JSON document, built on the stack as the reader descends: each path points at
// its parent, so naming a place costs nothing until an error needs the text. A path must not
// outlive its parent: keep named paths, pass temporaries (`path.at(i)`) only as arguments.
class JsonPath
{
public:
    static JsonPath root() { return JsonPath(); }
    JsonPath child(QLatin1StringView key) const { return JsonPath(this, key, -1); }
    JsonPath at(qsizetype index) const { return JsonPath(this, {}, index); }

    QString toString() const;   // `$`, `$.site.name`, `$.halls[0].outline[2]`

private:
    JsonPath() = default;
    JsonPath(const JsonPath *parent, QLatin1StringView key, qsizetype index)
        : m_parent(parent), m_key(key), m_index(index)
    {
    }

    const JsonPath *m_parent = nullptr;
    QLatin1StringView m_key;
    qsizetype m_index = -1;
};

// Converters from a JSON value to a C++ value. Each returns the problem, translated
// (`expected a number, got "abc"`), or an empty string when it has set `out`.
namespace json {

QString describe(const QJsonValue &value);   // `"abc"`, `12.5`, `null`, `an array`…
QString toNumber(const QJsonValue &value, double &out);
QString toInteger(const QJsonValue &value, int &out);
QString toId(const QJsonValue &value, Id &out);           // a whole number > 0
QString toNullableId(const QJsonValue &value, Id &out);   // also null, read as kNoId
QString toText(const QJsonValue &value, QString &out);
QString toNullableDate(const QJsonValue &value, QDate &out);   // "YYYY-MM-DD", or null for an invalid date

QString unknownChoice(QLatin1StringView key, const QJsonValue &value, const QStringList &choices);

// Every key of an enum, in declaration order. toKey() gives an empty key past the last value.
template<typename E>
QStringList choiceKeys()
{
    QStringList keys;
    for (int i = 0;; ++i) {
        QString key = toKey(static_cast<E>(i));
        if (key.isEmpty())
            return keys;
        keys.append(key);
    }
}

template<typename E>
QString toChoice(const QJsonValue &value, E &out, QLatin1StringView key,
                 std::optional<E> (*fromKey)(const QString &))
{
    if (value.isString()) {
        if (std::optional<E> e = fromKey(value.toString())) {
            out = *e;
            return {};
        }
    }
    return unknownChoice(key, value, choiceKeys<E>());
}

} // namespace json

enum class Presence { Optional, Required };

// Reads the keys of one JSON object. Every key of the object must be taken, or it is
// reported as unknown (that catches typos such as "desingKw"). The first problem is kept;
// an unknown key wins over a problem with a known one, since a misspelt key often shows
// first as a missing one.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, const JsonPath &path) : m_object(object), m_path(path) {}
    JsonReader(const JsonReader &) = delete;
    JsonReader &operator=(const JsonReader &) = delete;

    const JsonPath &path() const { return m_path; }
    bool failed() const { return m_error.has_value(); }

    // The value at `key`; nothing when the key is absent (a problem if it is required) or
    // when a problem has already been found (the key still counts as known).
    std::optional<QJsonValue> take(QLatin1StringView key, Presence presence);

    // Converts the value at `key` with `convert` (one of json::to…); false when it did not.
    template<typename T, typename Convert>
    bool read(QLatin1StringView key, Presence presence, T &out, Convert convert)
    {
        const std::optional<QJsonValue> value = take(key, presence);
        if (!value)
            return false;
        QString problem = convert(*value, out);
        if (problem.isEmpty())
            return true;
        fail(m_path.child(key), problem);
        return false;
    }

    void fail(const JsonPath &where, const QString &message);
    void fail(Error error);

    // The first unknown key, else the first problem, else nothing.
    std::optional<Error> finish() const;

private:
    const QJsonObject &m_object;
    const JsonPath &m_path;
    QVarLengthArray<QLatin1StringView, 24> m_taken;
    std::optional<Error> m_error;
};

} // namespace hectare
