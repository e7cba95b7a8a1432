// Reading the Hectare JSON format: importModelJson() (model_json.h). Writing is in
// model_json_export.cpp.
#include "model_json.h"

#include "json_reader.h"
#include "model_json_fields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <cmath>
#include <unordered_set>

namespace hectare {
namespace {

using namespace modeljson;

// Strict keys and types, unique ids, references to objects read before.
using IdSets = std::array<std::unordered_set<Id>, kTableCount>;

QString toBoolean(const QJsonValue &value, bool &out)
{
    if (!value.isBool())
        return QCoreApplication::translate("hectare::ModelJson", "expected true or false, got %1")
            .arg(json::describe(value));
    out = value.toBool();
    return {};
}

// Whole francs; JSON numbers hold integers exactly up to 2^53 (9 million billion francs).
QString toMoney(const QJsonValue &value, qint64 &out)
{
    const double d = value.toDouble();
    if (!value.isDouble() || std::trunc(d) != d || std::abs(d) > 9007199254740992.0)
        return QCoreApplication::translate("hectare::ModelJson", "expected a whole amount of money, got %1")
            .arg(json::describe(value));
    out = value.toInteger();
    return {};
}

QString toNullableInteger(const QJsonValue &value, std::optional<int> &out)
{
    if (value.isNull()) {
        out.reset();
        return {};
    }
    int v = 0;
    if (QString problem = json::toInteger(value, v); !problem.isEmpty())
        return QCoreApplication::translate("hectare::ModelJson", "expected a whole number or null, got %1")
            .arg(json::describe(value));
    out = v;
    return {};
}

QString toNullableNumber(const QJsonValue &value, std::optional<double> &out)
{
    if (value.isNull()) {
        out.reset();
        return {};
    }
    double v = 0;
    if (QString problem = json::toNumber(value, v); !problem.isEmpty())
        return QCoreApplication::translate("hectare::ModelJson", "expected a number or null, got %1")
            .arg(json::describe(value));
    out = v;
    return {};
}

QString missingReference(Table table, Id id)
{
    const char *text = nullptr;
    switch (table) {
    case Table::Buildings: text = QT_TRANSLATE_NOOP("hectare::ModelJson", "no building has id %1"); break;
    case Table::Halls: text = QT_TRANSLATE_NOOP("hectare::ModelJson", "no hall has id %1"); break;
    case Table::Rows: text = QT_TRANSLATE_NOOP("hectare::ModelJson", "no row has id %1"); break;
    case Table::Tenants: text = QT_TRANSLATE_NOOP("hectare::ModelJson", "no tenant has id %1"); break;
    case Table::UpsGroups: text = QT_TRANSLATE_NOOP("hectare::ModelJson", "no UPS group has id %1"); break;
    case Table::Pdus: text = QT_TRANSLATE_NOOP("hectare::ModelJson", "no PDU has id %1"); break;
    default: text = QT_TRANSLATE_NOOP("hectare::ModelJson", "no object has id %1"); break;
    }
    return QCoreApplication::translate("hectare::ModelJson", text).arg(id);
}

class FieldReader
{
public:
    // `ownIds` collects the ids of the object's table (none for the site).
    FieldReader(JsonReader &reader, IdSets &ids, std::unordered_set<Id> *ownIds)
        : m_reader(reader), m_ids(ids), m_ownIds(ownIds)
    {
    }

    void id(QLatin1StringView key, Id &v)
    {
        if (m_reader.read(key, Presence::Required, v, json::toId) && m_ownIds && !m_ownIds->insert(v).second)
            m_reader.fail(m_reader.path().child(key),
                          QCoreApplication::translate("hectare::ModelJson", "duplicate id %1").arg(v));
    }
    void ref(QLatin1StringView key, Id &v, Table table)
    {
        if (m_reader.read(key, Presence::Required, v, json::toId))
            checkReference(key, v, table);
    }
    void nullableRef(QLatin1StringView key, Id &v, Table table)
    {
        if (m_reader.read(key, Presence::Required, v, json::toNullableId) && v != kNoId)
            checkReference(key, v, table);
    }
    void anyId(QLatin1StringView key, Id &v) { m_reader.read(key, Presence::Required, v, json::toId); }
    void nullableAnyId(QLatin1StringView key, Id &v) { m_reader.read(key, Presence::Required, v, json::toNullableId); }
    void nullableNumber(QLatin1StringView key, std::optional<double> &v)
    {
        m_reader.read(key, Presence::Optional, v, toNullableNumber);
    }
    void name(QLatin1StringView key, QString &v) { m_reader.read(key, Presence::Required, v, json::toText); }
    void text(QLatin1StringView key, QString &v) { m_reader.read(key, Presence::Optional, v, json::toText); }
    void number(QLatin1StringView key, double &v) { m_reader.read(key, Presence::Optional, v, json::toNumber); }
    void integer(QLatin1StringView key, int &v) { m_reader.read(key, Presence::Optional, v, json::toInteger); }
    void date(QLatin1StringView key, QDate &v) { m_reader.read(key, Presence::Optional, v, json::toNullableDate); }
    template<typename E>
    void choice(QLatin1StringView key, E &v, std::optional<E> (*fromKey)(const QString &))
    {
        m_reader.read(key, Presence::Optional, v,
                      [&](const QJsonValue &value, E &out) { return json::toChoice(value, out, key, fromKey); });
    }
    void boolean(QLatin1StringView key, bool &v) { m_reader.read(key, Presence::Optional, v, toBoolean); }
    void money(QLatin1StringView key, qint64 &v) { m_reader.read(key, Presence::Optional, v, toMoney); }
    void nullableInteger(QLatin1StringView key, std::optional<int> &v)
    {
        m_reader.read(key, Presence::Optional, v, toNullableInteger);
    }
    // Objects nested in this one, each read like a table's object, ids unique in `table`.
    template<typename T>
    void list(QLatin1StringView key, Table table, std::vector<T> &out)
    {
        const std::optional<QJsonValue> value = m_reader.take(key, Presence::Optional);
        if (!value)
            return;
        const JsonPath path = m_reader.path().child(key);
        if (!value->isArray()) {
            m_reader.fail(path, QCoreApplication::translate("hectare::ModelJson", "expected an array, got %1")
                                    .arg(json::describe(*value)));
            return;
        }
        const QJsonArray items = value->toArray();
        out.clear();
        out.reserve(items.size());
        for (qsizetype i = 0; i < items.size() && !m_reader.failed(); ++i) {
            const JsonPath itemPath = path.at(i);
            if (!items.at(i).isObject()) {
                m_reader.fail(itemPath, QCoreApplication::translate("hectare::ModelJson", "expected an object, got %1")
                                            .arg(json::describe(items.at(i))));
                return;
            }
            const QJsonObject object = items.at(i).toObject();
            JsonReader reader(object, itemPath);
            FieldReader io(reader, m_ids, &m_ids[static_cast<int>(table)]);
            fields(io, out.emplace_back());
            if (std::optional<Error> error = reader.finish())
                m_reader.fail(std::move(*error));
        }
    }
    void point(QLatin1StringView key, PointM &v)
    {
        if (const std::optional<QJsonValue> value = m_reader.take(key, Presence::Optional))
            readPoint(*value, m_reader.path().child(key), v);
    }
    void points(QLatin1StringView key, std::vector<PointM> &v)
    {
        const std::optional<QJsonValue> value = m_reader.take(key, Presence::Optional);
        if (!value)
            return;
        const JsonPath path = m_reader.path().child(key);
        if (!value->isArray()) {
            m_reader.fail(path, QCoreApplication::translate("hectare::ModelJson",
                                                            "expected an array of points [x, y], got %1")
                                    .arg(json::describe(*value)));
            return;
        }
        const QJsonArray array = value->toArray();
        v.clear();
        v.reserve(array.size());
        for (qsizetype i = 0; i < array.size() && !m_reader.failed(); ++i)
            readPoint(array.at(i), path.at(i), v.emplace_back());
    }

private:
    void checkReference(QLatin1StringView key, Id id, Table table)
    {
        if (!m_ids[static_cast<int>(table)].contains(id))
            m_reader.fail(m_reader.path().child(key), missingReference(table, id));
    }

    void readPoint(const QJsonValue &value, const JsonPath &path, PointM &out)
    {
        if (!value.isArray()) {
            m_reader.fail(path, QCoreApplication::translate("hectare::ModelJson", "expected a point [x, y], got %1")
                                    .arg(json::describe(value)));
            return;
        }
        const QJsonArray xy = value.toArray();
        if (xy.size() != 2) {
            m_reader.fail(path, QCoreApplication::translate("hectare::ModelJson",
                                                            "expected a point [x, y], got %n value(s)", nullptr,
                                                            int(xy.size())));
            return;
        }
        for (qsizetype i = 0; i < 2; ++i) {
            QString problem = json::toNumber(xy.at(i), i == 0 ? out.x : out.y);
            if (!problem.isEmpty()) {
                m_reader.fail(path.at(i), problem);
                return;
            }
        }
    }

    JsonReader &m_reader;
    IdSets &m_ids;
    std::unordered_set<Id> *m_ownIds;
};

class ModelReader
{
public:
    explicit ModelReader(JsonReader &top) : m_top(top) {}

    void object(QLatin1StringView key, Site &site)
    {
        if (const std::optional<QJsonValue> value = m_top.take(key, Presence::Required))
            readObject(*value, m_top.path().child(key), site, nullptr);
    }

    void optionalObject(QLatin1StringView key, PriceBook &book)
    {
        if (const std::optional<QJsonValue> value = m_top.take(key, Presence::Optional))
            readObject(*value, m_top.path().child(key), book, nullptr);
    }

    template<typename T>
    void table(QLatin1StringView key, Table table, std::vector<T> &out)
    {
        const std::optional<QJsonValue> value = m_top.take(key, Presence::Optional);
        if (!value)
            return;
        const JsonPath path = m_top.path().child(key);
        if (!value->isArray()) {
            m_top.fail(path, QCoreApplication::translate("hectare::ModelJson", "expected an array, got %1")
                                 .arg(json::describe(*value)));
            return;
        }
        const QJsonArray items = value->toArray();
        std::unordered_set<Id> &ids = m_ids[static_cast<int>(table)];
        ids.reserve(items.size());
        out.reserve(items.size());
        for (qsizetype i = 0; i < items.size() && !m_top.failed(); ++i)
            readObject(items.at(i), path.at(i), out.emplace_back(), &ids);
    }

private:
    template<typename T>
    void readObject(const QJsonValue &value, const JsonPath &path, T &out, std::unordered_set<Id> *ownIds)
    {
        if (!value.isObject()) {
            m_top.fail(path, QCoreApplication::translate("hectare::ModelJson", "expected an object, got %1")
                                 .arg(json::describe(value)));
            return;
        }
        const QJsonObject object = value.toObject();
        JsonReader reader(object, path);
        FieldReader io(reader, m_ids, ownIds);
        fields(io, out);
        if (std::optional<Error> error = reader.finish())
            m_top.fail(std::move(*error));
    }

    JsonReader &m_top;
    IdSets m_ids;
};

Error syntaxError(const QByteArray &json, const QJsonParseError &parseError)
{
    const qsizetype offset = qBound(qsizetype(0), qsizetype(parseError.offset), json.size());
    const qsizetype lineStart = offset > 0 ? json.lastIndexOf('\n', offset - 1) + 1 : 0;
    const qsizetype line = json.left(lineStart).count('\n') + 1;
    const qsizetype column = QString::fromUtf8(json.mid(lineStart, offset - lineStart)).size() + 1;
    return Error{JsonPath::root().toString(),
                 QCoreApplication::translate("hectare::ModelJson", "not valid JSON at offset %1 (line %2, column %3): %4")
                     .arg(QString::number(offset), QString::number(line), QString::number(column),
                          parseError.errorString())};
}

// "format" and "formatVersion" come first: a file that is not ours, or is newer than we
// understand, is said to be so rather than full of unknown keys.
std::optional<Error> checkFormat(JsonReader &top)
{
    const JsonPath &root = top.path();
    const std::optional<QJsonValue> format = top.take("format"_L1, Presence::Optional);
    if (!format)
        return Error{root.toString(),
                     QCoreApplication::translate("hectare::ModelJson", "not a Hectare model (no \"format\" key)")};
    if (format->toString() != kFormatName)
        return Error{root.child("format"_L1).toString(),
                     QCoreApplication::translate("hectare::ModelJson", "not a Hectare model (format is %1)")
                         .arg(json::describe(*format))};

    const QString where = root.child("formatVersion"_L1).toString();
    const std::optional<QJsonValue> versionValue = top.take("formatVersion"_L1, Presence::Optional);
    if (!versionValue)
        return Error{where, QCoreApplication::translate("hectare::ModelJson", "missing required key")};
    int version = 0;
    if (QString problem = json::toInteger(*versionValue, version); !problem.isEmpty())
        return Error{where, problem};
    if (version > kFormatVersion)
        return Error{where, QCoreApplication::translate("hectare::ModelJson",
                                                        "formatVersion %1 is newer than this version of Hectare "
                                                        "understands (%2)")
                                .arg(version)
                                .arg(kFormatVersion)};
    if (version < 1)
        return Error{where, QCoreApplication::translate("hectare::ModelJson",
                                                        "formatVersion %1 is not a valid version (expected 1 to %2)")
                                .arg(version)
                                .arg(kFormatVersion)};
    return std::nullopt;
}

} // namespace
Result<SiteModel> importModelJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return syntaxError(json, parseError);
    if (!doc.isObject())
        return Error{JsonPath::root().toString(),
                     QCoreApplication::translate("hectare::ModelJson", "expected an object, got %1")
                         .arg(json::describe(QJsonValue(doc.array())))};

    const QJsonObject root = doc.object();
    const JsonPath rootPath = JsonPath::root();
    JsonReader top(root, rootPath);
    if (std::optional<Error> error = checkFormat(top))
        return *error;

    SiteModel model;
    ModelReader reader(top);
    document(reader, model);
    if (std::optional<Error> error = top.finish())
        return *error;
    return model;
}

} // namespace hectare
