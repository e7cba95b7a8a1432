#include "model_json.h"

#include "json_reader.h"
#include "model_json_fields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <unordered_set>

namespace hectare {
namespace {

using namespace modeljson;

// ---------------------------------------------------------------------------------------
// Writing: every key, ids of kNoId and invalid dates as null.

QJsonValue idOrNull(Id id) { return id == kNoId ? QJsonValue(QJsonValue::Null) : QJsonValue(id); }
QJsonArray pointArray(const PointM &p) { return QJsonArray{p.x, p.y}; }

class FieldWriter
{
public:
    QJsonObject object;

    void id(QLatin1StringView key, Id v) { object.insert(key, QJsonValue(v)); }
    void ref(QLatin1StringView key, Id v, Table) { object.insert(key, idOrNull(v)); }
    void nullableRef(QLatin1StringView key, Id v, Table) { object.insert(key, idOrNull(v)); }
    void name(QLatin1StringView key, const QString &v) { object.insert(key, v); }
    void text(QLatin1StringView key, const QString &v) { object.insert(key, v); }
    void number(QLatin1StringView key, double v) { object.insert(key, v); }
    void integer(QLatin1StringView key, int v) { object.insert(key, v); }
    void date(QLatin1StringView key, const QDate &v)
    {
        object.insert(key, v.isValid() ? QJsonValue(v.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null));
    }
    template<typename E>
    void choice(QLatin1StringView key, E v, std::optional<E> (*)(const QString &))
    {
        object.insert(key, toKey(v));
    }
    void point(QLatin1StringView key, const PointM &v) { object.insert(key, pointArray(v)); }
    void points(QLatin1StringView key, const std::vector<PointM> &v)
    {
        QJsonArray array;
        for (const PointM &p : v)
            array.append(pointArray(p));
        object.insert(key, array);
    }
};

template<typename T>
QJsonObject objectOf(const T &item)
{
    FieldWriter writer;
    fields(writer, item);
    return writer.object;
}

class ModelWriter
{
public:
    QJsonObject root;

    void object(QLatin1StringView key, const Site &site) { root.insert(key, objectOf(site)); }

    template<typename T>
    void table(QLatin1StringView key, Table, const std::vector<T> &items)
    {
        QJsonArray array;
        for (const T &item : items)
            array.append(objectOf(item));
        root.insert(key, array);
    }
};

// ---------------------------------------------------------------------------------------
// Reading: strict keys and types, unique ids, references to objects read before.

using IdSets = std::array<std::unordered_set<Id>, kTableCount>;

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

QByteArray exportModelJson(const SiteModel &model)
{
    ModelWriter writer;
    writer.root.insert("format"_L1, kFormatName);
    writer.root.insert("formatVersion"_L1, kFormatVersion);
    document(writer, model);
    return QJsonDocument(writer.root).toJson(QJsonDocument::Indented);
}

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
