// Writing the Hectare JSON format: exportModelJson() (model_json.h). Reading is in model_json.cpp.
#include "model_json.h"

#include "model_json_fields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hectare {
namespace {

using namespace modeljson;

// ---------------------------------------------------------------------------------------
// Writing: every key, ids of kNoId and invalid dates as null.

QJsonValue idOrNull(Id id) { return id == kNoId ? QJsonValue(QJsonValue::Null) : QJsonValue(id); }
QJsonArray pointArray(const PointM &p) { return QJsonArray{p.x, p.y}; }

template<typename T>
QJsonObject objectOf(const T &item);

class FieldWriter
{
public:
    QJsonObject object;

    void id(QLatin1StringView key, Id v) { object.insert(key, QJsonValue(v)); }
    void ref(QLatin1StringView key, Id v, Table) { object.insert(key, idOrNull(v)); }
    void nullableRef(QLatin1StringView key, Id v, Table) { object.insert(key, idOrNull(v)); }
    void anyId(QLatin1StringView key, Id v) { object.insert(key, QJsonValue(v)); }
    void nullableAnyId(QLatin1StringView key, Id v) { object.insert(key, idOrNull(v)); }
    void nullableNumber(QLatin1StringView key, const std::optional<double> &v)
    {
        object.insert(key, v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null));
    }
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
    void boolean(QLatin1StringView key, bool v) { object.insert(key, v); }
    void money(QLatin1StringView key, qint64 v) { object.insert(key, QJsonValue(v)); }
    void nullableInteger(QLatin1StringView key, const std::optional<int> &v)
    {
        object.insert(key, v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null));
    }
    template<typename T>
    void list(QLatin1StringView key, Table, const std::vector<T> &items)
    {
        QJsonArray array;
        for (const T &item : items)
            array.append(objectOf(item));
        object.insert(key, array);
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
    void optionalObject(QLatin1StringView key, const PriceBook &book) { root.insert(key, objectOf(book)); }

    template<typename T>
    void table(QLatin1StringView key, Table, const std::vector<T> &items)
    {
        QJsonArray array;
        for (const T &item : items)
            array.append(objectOf(item));
        root.insert(key, array);
    }
};

} // namespace

QByteArray exportModelJson(const SiteModel &model)
{
    ModelWriter writer;
    writer.root.insert("format"_L1, kFormatName);
    writer.root.insert("formatVersion"_L1, kFormatVersion);
    document(writer, model);
    return QJsonDocument(writer.root).toJson(QJsonDocument::Indented);
}
} // namespace hectare
