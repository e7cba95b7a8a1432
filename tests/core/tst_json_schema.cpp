// data/schema/hectare-model.schema.json against what exportModelJson() writes and what
// importModelJson() accepts. An independent validator (Debian's python3-jsonschema, run as
// /usr/bin/python3) checks real documents; the key lists are compared here in Qt.
#include "io/model_json.h"

#include "rich_site.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace hectare;

namespace {

const QString kSchemaPath = QStringLiteral(HECTARE_SOURCE_DIR "/data/schema/hectare-model.schema.json");
const QString kPython = QStringLiteral("/usr/bin/python3");

QJsonObject readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject richDocument() { return QJsonDocument::fromJson(exportModelJson(test::richSite())).object(); }

// Sets key in the index-th object of a table (an absent value removes the key).
QJsonObject edited(QJsonObject root, const QString &table, int index, const QString &key, const QJsonValue &value)
{
    QJsonArray items = root.value(table).toArray();
    QJsonObject item = items.at(index).toObject();
    if (value.isUndefined())
        item.remove(key);
    else
        item.insert(key, value);
    items.replace(index, item);
    root.insert(table, items);
    return root;
}

struct Validation
{
    int exitCode = -1;
    QString output;
};

// Runs jsonschema on `document`; exit code 0 when it is valid.
Validation validate(const QJsonObject &document)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("model.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(document).toJson()) < 0)
        return {-1, QStringLiteral("cannot write ") + path};
    file.close();

    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(kPython, {QStringLiteral("-c"),
                           QStringLiteral("import json,jsonschema,sys; "
                                          "jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))"),
                           path, kSchemaPath});
    if (!python.waitForFinished(60000))
        return {-1, python.errorString()};
    return {python.exitStatus() == QProcess::NormalExit ? python.exitCode() : -1,
            QString::fromUtf8(python.readAll())};
}

} // namespace

class TestJsonSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void schemaNamesTheKeysTheFormatHas();
    void exportedModelIsValid();
    void minimalDocumentIsValid();
    void wrongDocumentIsInvalid_data();
    void wrongDocumentIsInvalid();
    void sampleSiteIsValid();

private:
    QJsonObject m_schema;
};

void TestJsonSchema::initTestCase()
{
    m_schema = readJsonFile(kSchemaPath);
    QVERIFY2(!m_schema.isEmpty(), qPrintable(kSchemaPath));
    QProcess probe;
    probe.start(kPython, {QStringLiteral("-c"), QStringLiteral("import jsonschema")});
    QVERIFY2(probe.waitForFinished(60000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0,
             "this test needs Debian's python3-jsonschema (apt-get install python3-jsonschema)");
}

void TestJsonSchema::schemaNamesTheKeysTheFormatHas()
{
    // For the site and each table: the schema's properties are the keys the export writes, and
    // a key is required by the schema exactly when the import fails without it.
    const QJsonObject exported = richDocument();
    const QJsonObject properties = m_schema.value("properties").toObject();
    const QJsonObject defs = m_schema.value("$defs").toObject();
    QCOMPARE(properties.keys(), exported.keys());

    int checked = 0;
    for (const QString &table : exported.keys()) {
        const QString ref = properties.value(table).toObject().value("$ref").toString();
        const QString itemRef = properties.value(table).toObject().value("items").toObject().value("$ref").toString();
        if (ref.isEmpty() && itemRef.isEmpty())
            continue;   // format, formatVersion
        const bool isTable = !itemRef.isEmpty();
        const QJsonObject def = defs.value((isTable ? itemRef : ref).section(u'/', -1)).toObject();
        QCOMPARE(def.value("additionalProperties").toBool(true), false);
        ++checked;
        const QJsonObject item = isTable ? exported.value(table).toArray().at(0).toObject()
                                         : exported.value(table).toObject();
        QVERIFY2(def.value("properties").toObject().keys() == item.keys(), qPrintable(table));

        const QJsonArray required = def.value("required").toArray();
        for (const QString &key : item.keys()) {
            QJsonObject root = exported;
            if (isTable) {
                root = edited(root, table, 0, key, QJsonValue(QJsonValue::Undefined));
            } else {
                QJsonObject site = item;
                site.remove(key);
                root.insert(table, site);
            }
            const Result<SiteModel> imported = importModelJson(QJsonDocument(root).toJson());
            const QString path = QStringLiteral("$.") + table + (isTable ? QStringLiteral("[0].") : QStringLiteral("."))
                                 + key;
            // Removing an id also breaks references to it: only the first error is reported.
            const bool failedAtKey = !imported.ok() && imported.error().where == path
                                     && imported.error().message == QStringLiteral("missing required key");
            QVERIFY2(failedAtKey == required.contains(key),
                     qPrintable(path + QStringLiteral(": ")
                                + (imported.ok() ? QStringLiteral("imported") : imported.error().text())));
        }
    }
    QCOMPARE(checked, 23);   // the site, 21 tables and the price book

    // The objects nested in a scenario or a failure scenario: the same two rules, one level down,
    // on the first one that has such objects.
    const std::pair<QString, QString> nested[] = {{QStringLiteral("scenarios"), QStringLiteral("tenantGrowth")},
                                                  {QStringLiteral("scenarios"), QStringLiteral("prospects")},
                                                  {QStringLiteral("scenarios"), QStringLiteral("expansions")},
                                                  {QStringLiteral("failureScenarios"), QStringLiteral("events")}};
    for (const auto &[table, list] : nested) {
        const QJsonArray scenarios = exported.value(table).toArray();
        const QString ownerRef = properties.value(table).toObject().value("items").toObject().value("$ref").toString();
        const QJsonObject scenarioProperties =
            defs.value(ownerRef.section(u'/', -1)).toObject().value("properties").toObject();
        const QString ref = scenarioProperties.value(list).toObject().value("items").toObject().value("$ref").toString();
        const QJsonObject def = defs.value(ref.section(u'/', -1)).toObject();
        QCOMPARE(def.value("additionalProperties").toBool(true), false);
        int owner = 0;
        while (owner < scenarios.size() && scenarios.at(owner).toObject().value(list).toArray().isEmpty())
            ++owner;
        QVERIFY2(owner < scenarios.size(), qPrintable(list));
        const QJsonObject item = scenarios.at(owner).toObject().value(list).toArray().at(0).toObject();
        QVERIFY2(def.value("properties").toObject().keys() == item.keys(), qPrintable(list));
        for (const QString &key : item.keys()) {
            QJsonObject child = item;
            child.remove(key);
            QJsonObject scenario = scenarios.at(owner).toObject();
            QJsonArray children = scenario.value(list).toArray();
            children.replace(0, child);
            scenario.insert(list, children);
            QJsonArray changed = scenarios;
            changed.replace(owner, scenario);
            QJsonObject root = exported;
            root.insert(table, changed);
            const Result<SiteModel> imported = importModelJson(QJsonDocument(root).toJson());
            const QString path = QStringLiteral("$.%1[%2].%3[0].%4").arg(table).arg(owner).arg(list, key);
            const bool failedAtKey = !imported.ok() && imported.error().where == path
                                     && imported.error().message == QStringLiteral("missing required key");
            QVERIFY2(failedAtKey == def.value("required").toArray().contains(key),
                     qPrintable(path + QStringLiteral(": ")
                                + (imported.ok() ? QStringLiteral("imported") : imported.error().text())));
        }
    }
}

void TestJsonSchema::exportedModelIsValid()
{
    const Validation v = validate(richDocument());
    QVERIFY2(v.exitCode == 0, qPrintable(v.output));
}

void TestJsonSchema::minimalDocumentIsValid()
{
    const QJsonObject minimal = QJsonDocument::fromJson(R"({"format": "hectare-site", "formatVersion": 1,
        "site": {"name": "S"}, "buildings": [{"id": 1, "name": "B"}],
        "halls": [{"id": 1, "buildingId": 1, "name": "H"}], "rows": [{"id": 1, "hallId": 1, "name": "R"}],
        "racks": [{"id": 1, "rowId": 1, "name": "K", "tenantId": null, "feedAPduId": null, "feedBPduId": null}]})")
                                    .object();
    QVERIFY(importModelJson(QJsonDocument(minimal).toJson()).ok());
    const Validation v = validate(minimal);
    QVERIFY2(v.exitCode == 0, qPrintable(v.output));
}

void TestJsonSchema::wrongDocumentIsInvalid_data()
{
    QTest::addColumn<QJsonObject>("document");
    const QJsonObject rich = richDocument();
    QJsonObject newer = rich;
    newer.insert("formatVersion", 2);
    QJsonObject unknownTable = rich;
    unknownTable.insert("rakcs", QJsonArray());

    QTest::newRow("newer version") << newer;
    QTest::newRow("unknown table") << unknownTable;
    QTest::newRow("bad enum") << edited(rich, "racks", 0, "state", "rented");
    QTest::newRow("unknown key") << edited(rich, "racks", 0, "desingKw", 5);
    QTest::newRow("missing name") << edited(rich, "tenants", 1, "name", QJsonValue(QJsonValue::Undefined));
    QTest::newRow("missing nullable reference") << edited(rich, "racks", 3, "tenantId", QJsonValue(QJsonValue::Undefined));
    QTest::newRow("id 0") << edited(rich, "buildings", 0, "id", 0);
    QTest::newRow("id not whole") << edited(rich, "buildings", 0, "id", 1.5);
    QTest::newRow("number as a string") << edited(rich, "racks", 0, "designKw", "6.5");
    QTest::newRow("negative kW") << edited(rich, "racks", 0, "designKw", -1);
    QTest::newRow("zero units") << edited(rich, "generators", 0, "count", 0);
    QTest::newRow("date shape") << edited(rich, "contracts", 0, "start", "2024-2-29");
    QTest::newRow("point of three numbers") << edited(rich, "rows", 0, "origin", QJsonArray{1, 2, 3});
    QTest::newRow("required reference null") << edited(rich, "contracts", 0, "tenantId", QJsonValue(QJsonValue::Null));
    QTest::newRow("obstacle kind") << edited(rich, "obstacles", 0, "kind", "pillar");
    QTest::newRow("obstacle width 0") << edited(rich, "obstacles", 1, "widthM", 0);
    QTest::newRow("obstacle centre of one number") << edited(rich, "obstacles", 0, "centre", QJsonArray{1});
    QTest::newRow("cage without a tenant") << edited(rich, "cages", 0, "tenantId", QJsonValue(QJsonValue::Undefined));
    QTest::newRow("cage outline of strings") << edited(rich, "cages", 0, "outline", QJsonArray{"a", "b", "c"});
    QTest::newRow("wall clearance 12 m") << [&] {
        QJsonObject root = rich;
        QJsonObject site = root.value("site").toObject();
        site.insert("wallMinM", 12);
        root.insert("site", site);
        return root;
    }();
    QTest::newRow("scenario probability 1.4") << [&] {
        QJsonObject root = rich;
        QJsonArray scenarios = root.value("scenarios").toArray();
        QJsonObject scenario = scenarios.at(0).toObject();
        QJsonArray prospects = scenario.value("prospects").toArray();
        QJsonObject prospect = prospects.at(0).toObject();
        prospect.insert("probability", 1.4);
        prospects.replace(0, prospect);
        scenario.insert("prospects", prospects);
        scenarios.replace(0, scenario);
        root.insert("scenarios", scenarios);
        return root;
    }();
    QTest::newRow("failure event kind") << [&] {
        QJsonObject root = rich;
        QJsonArray scenarios = root.value("failureScenarios").toArray();
        QJsonObject scenario = scenarios.at(0).toObject();
        QJsonArray events = scenario.value("events").toArray();
        QJsonObject event = events.at(0).toObject();
        event.insert("kind", "flood");
        events.replace(0, event);
        scenario.insert("events", events);
        scenarios.replace(0, scenario);
        root.insert("failureScenarios", scenarios);
        return root;
    }();
    QTest::newRow("expansion kind") << [&] {
        QJsonObject root = rich;
        QJsonArray scenarios = root.value("scenarios").toArray();
        QJsonObject scenario = scenarios.at(1).toObject();
        QJsonArray expansions = scenario.value("expansions").toArray();
        QJsonObject expansion = expansions.at(0).toObject();
        expansion.insert("kind", "ups");
        expansions.replace(0, expansion);
        scenario.insert("expansions", expansions);
        scenarios.replace(1, scenario);
        root.insert("scenarios", scenarios);
        return root;
    }();
}

void TestJsonSchema::wrongDocumentIsInvalid()
{
    QFETCH(QJsonObject, document);
    const Validation v = validate(document);
    QVERIFY2(v.exitCode > 0, qPrintable(v.output));
    QVERIFY2(v.output.contains(QStringLiteral("ValidationError")), qPrintable(v.output));
}

void TestJsonSchema::sampleSiteIsValid()
{
    const QJsonObject sample = readJsonFile(QStringLiteral(HECTARE_SOURCE_DIR "/data/sample-site.json"));
    if (!sample.contains("format"))
        QSKIP("data/sample-site.json is still a placeholder");
    const Validation v = validate(sample);
    QVERIFY2(v.exitCode == 0, qPrintable(v.output));
}

QTEST_GUILESS_MAIN(TestJsonSchema)
#include "tst_json_schema.moc"
