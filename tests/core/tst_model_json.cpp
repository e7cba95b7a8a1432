#include "io/model_json.h"

#include "rich_site.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using namespace hectare;

namespace {

// An object's keys and their JSON text, in order; edits replace, add (unknown key) or, with
// a null QString, remove a key.
using Fields = QList<std::pair<QString, QString>>;

QString object(Fields fields, const Fields &edits = {})
{
    for (const auto &[key, value] : edits) {
        auto it = std::find_if(fields.begin(), fields.end(), [&](const auto &f) { return f.first == key; });
        if (it == fields.end())
            fields.append({key, value});
        else if (value.isNull())
            fields.erase(it);
        else
            it->second = value;
    }
    QStringList parts;
    for (const auto &[key, value] : fields)
        parts.append(u'"' + key + QStringLiteral("\": ") + value);
    return u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

QString array(const QString &item) { return u'[' + item + u']'; }

const Fields kHall{{"id", "1"}, {"buildingId", "1"}, {"name", "\"H\""}};
const Fields kRow{{"id", "1"}, {"hallId", "1"}, {"name", "\"R\""}};
const Fields kRack{{"id", "1"},         {"rowId", "1"},         {"name", "\"K\""},
                   {"tenantId", "null"}, {"feedAPduId", "null"}, {"feedBPduId", "null"}};
const Fields kPdu{{"id", "1"}, {"hallId", "1"}, {"upsGroupId", "null"}, {"name", "\"P\""}};
const Fields kContract{{"id", "1"}, {"tenantId", "1"}, {"hallId", "1"}};

// The smallest document that has one object of each kind others refer to, and one rack.
const Fields kModel{{"format", "\"hectare-site\""},
                    {"formatVersion", "1"},
                    {"site", "{\"name\": \"S\"}"},
                    {"buildings", "[{\"id\": 1, \"name\": \"B\"}]"},
                    {"halls", array(object(kHall))},
                    {"rows", array(object(kRow))},
                    {"tenants", "[{\"id\": 1, \"name\": \"T\"}]"},
                    {"upsGroups", "[{\"id\": 1, \"name\": \"U\"}]"},
                    {"pdus", array(object(kPdu))},
                    {"racks", array(object(kRack))}};

QByteArray model(const Fields &edits = {}) { return object(kModel, edits).toUtf8(); }

const Fields kScenario{{"id", "1"}, {"name", "\"Base\""}};
const Fields kProspect{{"id", "1"}, {"name", "\"Bank\""}, {"hallId", "null"}};
const Fields kExpansion{{"id", "1"}, {"name", "\"G3\""}, {"hallId", "null"}};
QByteArray withScenario(const Fields &edits) { return model({{"scenarios", array(object(kScenario, edits))}}); }
QByteArray withProspect(const Fields &edits)
{
    return withScenario({{"prospects", array(object(kProspect, edits))}});
}
QByteArray withExpansion(const Fields &edits)
{
    return withScenario({{"expansions", array(object(kExpansion, edits))}});
}
QByteArray withRack(const Fields &edits) { return model({{"racks", array(object(kRack, edits))}}); }
QByteArray withHall(const Fields &edits) { return model({{"halls", array(object(kHall, edits))}}); }

} // namespace

class TestModelJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsLossless();
    void roundTripKeepsEveryDouble();
    void exportWritesEveryKeyAndNulls();
    void exportOfEmptyModel();
    void omittedKeysTakeDefaults();
    void malformed_data();
    void malformed();
    void syntaxErrorGivesLineAndColumn();
    void scenariosRoundTrip();
    void fileWithoutScenariosHasNone();
};

void TestModelJson::roundTripIsLossless()
{
    const SiteModel original = test::richSite();
    const QByteArray json = exportModelJson(original);
    const Result<SiteModel> imported = importModelJson(json);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().text()));
    QVERIFY(imported.value() == original);
    QCOMPARE(exportModelJson(imported.value()), json);
    // Deterministic: the same model gives the same bytes.
    QCOMPARE(exportModelJson(original), json);
    // Non-ASCII text is written as UTF-8, not escaped.
    QVERIFY(json.contains("Société Générale Togo"));
    QVERIFY(json.contains("政府"));
}

void TestModelJson::roundTripKeepsEveryDouble()
{
    // Random doubles over the whole exponent range, and a few awkward ones: Qt writes the
    // shortest representation that reads back to the same double.
    std::mt19937_64 rng(20240611);
    std::vector<double> values{0.1,  1e-9,   1.0 / 3.0, 0.30000000000000004, 5e-324, 1e300, 123456789012345678.0,
                               -0.5, 2e-308, std::numeric_limits<double>::max(), 9007199254740993.0};
    for (int i = 0; i < 2000; ++i) {
        double d = 0;
        const quint64 bits = rng();
        std::memcpy(&d, &bits, sizeof d);
        if (std::isfinite(d))
            values.push_back(d);
    }
    SiteModel m;
    m.site.name = QStringLiteral("doubles");
    m.buildings = {Building{1, QStringLiteral("B")}};
    Hall hall;
    hall.id = 1;
    hall.buildingId = 1;
    for (double v : values)
        hall.outline.push_back({v, -v});
    m.halls = {hall};

    const QByteArray json = exportModelJson(m);
    const Result<SiteModel> imported = importModelJson(json);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().text()));
    const std::vector<PointM> &outline = imported->halls.at(0).outline;
    QCOMPARE(outline.size(), values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        // Bitwise, except that -0 is written as 0.
        if (values[i] != 0)
            QVERIFY2(std::memcmp(&outline[i].x, &values[i], sizeof(double)) == 0,
                     qPrintable(QString::number(values[i], 'g', 17)));
    }
    QCOMPARE(exportModelJson(imported.value()), json);
}

void TestModelJson::exportWritesEveryKeyAndNulls()
{
    const QJsonObject root = QJsonDocument::fromJson(exportModelJson(test::richSite())).object();
    QCOMPARE(root.value("format").toString(), QStringLiteral("hectare-site"));
    QCOMPARE(root.value("formatVersion").toInteger(), qint64(1));
    QCOMPARE(root.keys().size(), 25);   // format, formatVersion, site, 21 tables and the price book
    QCOMPARE(root.value("priceBook").toObject().keys().size(), 10);   // even when the book is empty

    const QJsonObject rackWithDefaults = root.value("racks").toArray().at(3).toObject();
    QCOMPARE(rackWithDefaults.keys().size(), 13);
    QVERIFY(rackWithDefaults.value("tenantId").isNull());
    QVERIFY(rackWithDefaults.value("feedAPduId").isNull());
    QCOMPARE(rackWithDefaults.value("widthMm").toDouble(), 600.0);
    QCOMPARE(rackWithDefaults.value("state").toString(), QStringLiteral("free"));

    const QJsonArray halls = root.value("halls").toArray();
    QCOMPARE(halls.at(0).toObject().value("id").toInteger(), 9007199254740993);   // vector order kept
    QVERIFY(halls.at(0).toObject().value("commissioned").isNull());
    QVERIFY(halls.at(0).toObject().value("buildingId").isNull());
    QCOMPARE(halls.at(1).toObject().value("commissioned").toString(), QStringLiteral("2019-11-04"));
    QCOMPARE(halls.at(1).toObject().value("outline").toArray().at(1).toArray(), (QJsonArray{24.6, 0}));

    const QJsonObject contract = root.value("contracts").toArray().at(0).toObject();
    QCOMPARE(contract.value("start").toString(), QStringLiteral("2024-02-29"));
    QCOMPARE(contract.value("status").toString(), QStringLiteral("active"));
    QCOMPARE(root.value("transformers").toArray().at(0).toObject().value("redundancy").toString(),
             QStringLiteral("2N"));
    QVERIFY(root.value("pdus").toArray().at(2).toObject().value("upsGroupId").isNull());
    QCOMPARE(root.value("site").toObject().keys().size(), 16);
    QCOMPARE(root.value("site").toObject().value("gridOutageTailMeanHours").toDouble(), 30.0);
    QCOMPARE(root.value("switchgear").toArray().at(0).toObject().value("kind").toString(), QStringLiteral("ats"));
    QCOMPARE(root.value("componentReliability").toArray().at(1).toObject().value("componentId").toInteger(), qint64(1));
    QCOMPARE(root.value("site").toObject().value("serviceMinM").toDouble(), 1.5);

    const QJsonObject crah = root.value("obstacles").toArray().at(0).toObject();
    QCOMPARE(crah.keys().size(), 8);
    QCOMPARE(crah.value("id").toInteger(), qint64(21));   // vector order kept
    QCOMPARE(crah.value("kind").toString(), QStringLiteral("crah"));
    QCOMPARE(crah.value("centre").toArray(), (QJsonArray{0.5, 9.15}));
    QCOMPARE(root.value("obstacles").toArray().at(1).toObject().value("kind").toString(),
             QStringLiteral("fire-cylinder"));
    const QJsonArray cages = root.value("cages").toArray();
    QCOMPARE(cages.at(0).toObject().keys().size(), 5);
    QCOMPARE(cages.at(0).toObject().value("tenantId").toInteger(), qint64(2));
    QCOMPARE(cages.at(0).toObject().value("outline").toArray().size(), 6);
    QCOMPARE(cages.at(1).toObject().value("outline").toArray(), QJsonArray());
}

void TestModelJson::exportOfEmptyModel()
{
    const QByteArray json = exportModelJson(SiteModel{});
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value("racks").toArray().size(), 0);
    QCOMPARE(root.value("site").toObject().value("currency").toString(), QStringLiteral("XOF"));
    const Result<SiteModel> imported = importModelJson(json);
    QVERIFY(imported.ok());
    QVERIFY(imported.value() == SiteModel{});
}

void TestModelJson::omittedKeysTakeDefaults()
{
    const Result<SiteModel> imported = importModelJson(model());
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().text()));
    const SiteModel &m = imported.value();
    Rack rack;
    rack.id = 1;
    rack.rowId = 1;
    rack.name = QStringLiteral("K");
    QVERIFY(m.racks == std::vector<Rack>{rack});
    Site site;
    site.name = QStringLiteral("S");
    QVERIFY(m.site == site);
    QCOMPARE(m.halls.at(0).tileM, Hall{}.tileM);
    QVERIFY(!m.halls.at(0).commissioned.isValid());
    QCOMPARE(m.pdus.at(0).voltageV, Pdu{}.voltageV);
    QVERIFY(m.contracts.empty() && m.crahs.empty());   // omitted tables are empty
    QVERIFY(m.obstacles.empty() && m.cages.empty());
    QVERIFY(m.site.clearance == ClearanceRules{});   // files from before clearances take the defaults

    // Only format, version and site are needed at the top.
    const Result<SiteModel> bare = importModelJson(R"({"format": "hectare-site", "formatVersion": 1,
                                                       "site": {"name": ""}})");
    QVERIFY(bare.ok());
}

void TestModelJson::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");

    // The document as a whole.
    QTest::newRow("syntax: trailing comma") << QByteArray(R"({"format": "hectare-site",})") << "$"
                                            << "not valid JSON at offset 27 (line 1, column 28)";
    QTest::newRow("syntax: empty") << QByteArray() << "$" << "not valid JSON at offset 0";
    QTest::newRow("top level is an array") << QByteArray("[]") << "$" << "expected an object, got an array";
    QTest::newRow("no format key") << QByteArray(R"({"devices": []})") << "$"
                                   << "not a Hectare model (no \"format\" key)";
    QTest::newRow("another format") << QByteArray(R"({"format": "netbox", "formatVersion": 1})") << "$.format"
                                    << "not a Hectare model (format is \"netbox\")";
    QTest::newRow("format not a string") << model({{"format", "1"}}) << "$.format"
                                         << "not a Hectare model (format is 1)";
    QTest::newRow("newer version, even with keys we do not know")
        << model({{"formatVersion", "2"}, {"newTable", "[]"}}) << "$.formatVersion"
        << "formatVersion 2 is newer than this version of Hectare understands (1)";
    QTest::newRow("version 0") << model({{"formatVersion", "0"}}) << "$.formatVersion"
                               << "formatVersion 0 is not a valid version";
    QTest::newRow("version not whole") << model({{"formatVersion", "1.5"}}) << "$.formatVersion"
                                       << "expected a whole number, got 1.5";
    QTest::newRow("version missing") << model({{"formatVersion", QString()}}) << "$.formatVersion"
                                     << "missing required key";
    QTest::newRow("site missing") << model({{"site", QString()}}) << "$.site" << "missing required key";
    QTest::newRow("site not an object") << model({{"site", "\"Lomé\""}}) << "$.site"
                                        << "expected an object, got \"Lomé\"";
    QTest::newRow("unknown top-level key") << model({{"rakcs", "[]"}}) << "$" << "unknown key \"rakcs\"";
    QTest::newRow("table not an array") << model({{"racks", "{}"}}) << "$.racks"
                                        << "expected an array, got an object";
    QTest::newRow("table item not an object") << model({{"racks", "[3]"}}) << "$.racks[0]"
                                              << "expected an object, got 3";

    // Keys and types.
    QTest::newRow("wrong type: number") << withRack({{"designKw", "\"abc\""}}) << "$.racks[0].designKw"
                                        << "expected a number, got \"abc\"";
    QTest::newRow("wrong type: string") << withRack({{"name", "3"}}) << "$.racks[0].name"
                                        << "expected a string, got 3";
    QTest::newRow("wrong type: null for a number") << withRack({{"maxWeightKg", "null"}})
                                                   << "$.racks[0].maxWeightKg" << "expected a number, got null";
    QTest::newRow("missing name") << withRack({{"name", QString()}}) << "$.racks[0].name" << "missing required key";
    QTest::newRow("missing nullable reference") << withRack({{"tenantId", QString()}}) << "$.racks[0].tenantId"
                                                << "missing required key";
    QTest::newRow("missing site name") << model({{"site", "{}"}}) << "$.site.name" << "missing required key";
    QTest::newRow("unknown key") << withRack({{"desingKw", "5"}}) << "$.racks[0]" << "unknown key \"desingKw\"";
    QTest::newRow("misspelt required key is unknown, not missing")
        << withRack({{"name", QString()}, {"nmae", "\"K\""}}) << "$.racks[0]" << "unknown key \"nmae\"";
    QTest::newRow("unknown key in site") << model({{"site", R"({"name": "S", "currancy": "XOF"})"}}) << "$.site"
                                         << "unknown key \"currancy\"";
    QTest::newRow("whole number: heightU 42.5") << withRack({{"heightU", "42.5"}}) << "$.racks[0].heightU"
                                                << "expected a whole number, got 42.5";
    QTest::newRow("whole number: out of int range") << withRack({{"heightU", "1e10"}}) << "$.racks[0].heightU"
                                                    << "expected a whole number from";

    // Enums.
    QTest::newRow("bad enum") << withRack({{"state", "\"rented\""}}) << "$.racks[0].state"
                              << "unknown state \"rented\" (expected free, reserved, occupied, blocked)";
    QTest::newRow("enum is case-sensitive") << withHall({{"status", "\"Live\""}}) << "$.halls[0].status"
                                            << "unknown status \"Live\" (expected planned, built, live)";
    QTest::newRow("enum not a string")
        << model({{"upsGroups", R"([{"id": 1, "name": "U", "redundancy": 2}])"}}) << "$.upsGroups[0].redundancy"
        << "expected one of N, N+1, N+2, 2N, got 2";

    // Dates.
    QTest::newRow("bad date: 30 February") << withHall({{"commissioned", "\"2024-02-30\""}})
                                           << "$.halls[0].commissioned"
                                           << "expected a date as YYYY-MM-DD or null, got \"2024-02-30\"";
    QTest::newRow("bad date: no leading zeros") << withHall({{"commissioned", "\"2024-2-3\""}})
                                                << "$.halls[0].commissioned" << "got \"2024-2-3\"";
    QTest::newRow("bad date: a date-time") << withHall({{"commissioned", "\"2024-02-03T10:00\""}})
                                           << "$.halls[0].commissioned" << "got \"2024-02-03T10:00\"";
    QTest::newRow("bad date: a number")
        << model({{"contracts", array(object(kContract, {{"end", "20240203"}}))}}) << "$.contracts[0].end"
        << "got 20240203";

    // Ids.
    QTest::newRow("non-integer id") << withRack({{"id", "1.5"}}) << "$.racks[0].id"
                                    << "expected an id (a whole number greater than 0), got 1.5";
    QTest::newRow("id 0") << withRack({{"id", "0"}}) << "$.racks[0].id" << "got 0";
    QTest::newRow("negative id") << withRack({{"id", "-3"}}) << "$.racks[0].id" << "got -3";
    QTest::newRow("id as a string") << withRack({{"id", "\"1\""}}) << "$.racks[0].id" << "got \"1\"";
    QTest::newRow("id null") << withRack({{"id", "null"}}) << "$.racks[0].id" << "got null";
    QTest::newRow("required reference null") << withRack({{"rowId", "null"}}) << "$.racks[0].rowId"
                                             << "expected an id (a whole number greater than 0), got null";
    QTest::newRow("nullable reference not an id") << withRack({{"tenantId", "0"}}) << "$.racks[0].tenantId"
                                                  << "expected an id (a whole number greater than 0) or null, got 0";
    QTest::newRow("duplicate id")
        << model({{"racks", array(object(kRack) + QStringLiteral(", ") + object(kRack, {{"id", "7"}}) +
                                  QStringLiteral(", ") + object(kRack, {{"id", "7"}, {"name", "\"L\""}}))}})
        << "$.racks[2].id" << "duplicate id 7";

    // References.
    QTest::newRow("dangling row") << withRack({{"rowId", "9"}}) << "$.racks[0].rowId" << "no row has id 9";
    QTest::newRow("dangling tenant") << withRack({{"tenantId", "5"}}) << "$.racks[0].tenantId"
                                     << "no tenant has id 5";
    QTest::newRow("dangling PDU") << withRack({{"feedBPduId", "2"}}) << "$.racks[0].feedBPduId"
                                  << "no PDU has id 2";
    QTest::newRow("dangling building") << withHall({{"buildingId", "2"}}) << "$.halls[0].buildingId"
                                       << "no building has id 2";
    QTest::newRow("dangling UPS group") << model({{"pdus", array(object(kPdu, {{"upsGroupId", "4"}}))}})
                                        << "$.pdus[0].upsGroupId" << "no UPS group has id 4";
    QTest::newRow("dangling hall")
        << model({{"contracts", array(object(kContract, {{"hallId", "3"}}))}}) << "$.contracts[0].hallId"
        << "no hall has id 3";
    QTest::newRow("reference to a table left out")
        << model({{"tenants", QString()}, {"racks", array(object(kRack, {{"tenantId", "1"}}))}})
        << "$.racks[0].tenantId" << "no tenant has id 1";

    // Points.
    QTest::newRow("point with one value") << model({{"rows", array(object(kRow, {{"origin", "[1]"}}))}})
                                          << "$.rows[0].origin" << "expected a point [x, y], got 1 value";
    QTest::newRow("outline: not an array") << withHall({{"outline", "3"}}) << "$.halls[0].outline"
                                           << "expected an array of points [x, y], got 3";
    QTest::newRow("outline: bad coordinate") << withHall({{"outline", R"([[0, 0], [1, "a"]])"}})
                                             << "$.halls[0].outline[1][1]" << "expected a number, got \"a\"";

    // Scenarios and the objects nested in them.
    QTest::newRow("obstacle kind") << model({{"obstacles", R"([{"id": 1, "hallId": 1, "name": "C1", "kind": "pillar"}])"}})
                                   << "$.obstacles[0].kind" << "unknown kind \"pillar\"";
    QTest::newRow("obstacle in a missing hall") << model({{"obstacles", R"([{"id": 1, "hallId": 3, "name": "C1"}])"}})
                                                << "$.obstacles[0].hallId" << "no hall has id 3";
    QTest::newRow("obstacle centre of three numbers")
        << model({{"obstacles", R"([{"id": 1, "hallId": 1, "name": "C1", "centre": [1, 2, 3]}])"}})
        << "$.obstacles[0].centre" << "expected a point [x, y], got 3 value(s)";
    QTest::newRow("obstacle: unknown key") << model({{"obstacles", R"([{"id": 1, "hallId": 1, "name": "C1", "width": 1}])"}})
                                           << "$.obstacles[0]" << "unknown key \"width\"";
    QTest::newRow("cage of a missing tenant")
        << model({{"cages", R"([{"id": 1, "hallId": 1, "tenantId": 4, "name": "K"}])"}}) << "$.cages[0].tenantId"
        << "no tenant has id 4";
    QTest::newRow("cage without a tenant") << model({{"cages", R"([{"id": 1, "hallId": 1, "name": "K"}])"}})
                                           << "$.cages[0].tenantId" << "missing required key";
    QTest::newRow("cage outline: bad point") << model({{"cages", R"([{"id": 1, "hallId": 1, "tenantId": 1, "name": "K",
                                                        "outline": [[0, 0], [1, 0], "x"]}])"}})
                                             << "$.cages[0].outline[2]" << "expected a point [x, y], got \"x\"";
    QTest::newRow("site clearance a string") << model({{"site", R"({"name": "S", "wallMinM": "1 m"})"}})
                                             << "$.site.wallMinM" << "expected a number";

    QTest::newRow("scenarios not an array") << model({{"scenarios", "{}"}}) << "$.scenarios"
                                            << "expected an array, got an object";
    QTest::newRow("scenario name missing") << withScenario({{"name", QString()}}) << "$.scenarios[0].name"
                                           << "missing required key";
    QTest::newRow("scenario start not a date") << withScenario({{"start", "\"2026-01\""}}) << "$.scenarios[0].start"
                                               << "expected a date as YYYY-MM-DD or null";
    QTest::newRow("prospects not an array") << withScenario({{"prospects", "3"}}) << "$.scenarios[0].prospects"
                                            << "expected an array, got 3";
    QTest::newRow("prospect not an object") << withScenario({{"prospects", "[true]"}})
                                            << "$.scenarios[0].prospects[0]" << "expected an object, got true";
    QTest::newRow("prospect probability a string") << withProspect({{"probability", "\"30 %\""}})
                                                   << "$.scenarios[0].prospects[0].probability"
                                                   << "expected a number, got \"30 %\"";
    QTest::newRow("prospect dualCorded a number") << withProspect({{"dualCorded", "1"}})
                                                  << "$.scenarios[0].prospects[0].dualCorded"
                                                  << "expected true or false, got 1";
    QTest::newRow("prospect in a missing hall") << withProspect({{"hallId", "4"}})
                                                << "$.scenarios[0].prospects[0].hallId" << "no hall has id 4";
    QTest::newRow("prospect: unknown key") << withProspect({{"probabilty", "0.3"}}) << "$.scenarios[0].prospects[0]"
                                           << "unknown key \"probabilty\"";
    QTest::newRow("duplicate prospect id across scenarios")
        << model({{"scenarios", array(object(kScenario, {{"prospects", array(object(kProspect))}}) + QStringLiteral(", ")
                                      + object(kScenario, {{"id", "2"}, {"prospects", array(object(kProspect))}}))}})
        << "$.scenarios[1].prospects[0].id" << "duplicate id 1";
    QTest::newRow("growth of a missing tenant")
        << withScenario({{"tenantGrowth", R"([{"id": 1, "tenantId": 8, "growthPctPerYear": 5}])"}})
        << "$.scenarios[0].tenantGrowth[0].tenantId" << "no tenant has id 8";
    QTest::newRow("expansion kind") << withExpansion({{"kind", "\"ups\""}}) << "$.scenarios[0].expansions[0].kind"
                                    << "unknown kind \"ups\" (expected hall, power-block, chiller, generator)";
    QTest::newRow("expansion online month 1.5") << withExpansion({{"onlineMonth", "1.5"}})
                                                << "$.scenarios[0].expansions[0].onlineMonth"
                                                << "expected a whole number or null, got 1.5";
    QTest::newRow("capex in centimes") << withExpansion({{"capexXof", "450000000.5"}})
                                       << "$.scenarios[0].expansions[0].capexXof"
                                       << "expected a whole amount of money, got 450000000.5";
}

void TestModelJson::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    QFETCH(QString, message);

    const Result<SiteModel> result = importModelJson(json);
    QVERIFY2(!result.ok(), "imported a malformed document");
    QCOMPARE(result.error().where, where);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
}

void TestModelJson::syntaxErrorGivesLineAndColumn()
{
    // The "x" on line 3 is at byte offset 47, character column 17: "é" is two bytes in UTF-8.
    const QByteArray json = "{\n  \"format\": \"hectare-site\",\n  \"site\": {\"é\": x}\n}";
    const Result<SiteModel> result = importModelJson(json);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("offset 47 (line 3, column 17)")), qPrintable(result.error().text()));
}

// Scenarios, nested prospects and expansions, nulls ("any hall", "when needed") and money above
// 2^31 francs come back exactly.
void TestModelJson::scenariosRoundTrip()
{
    const SiteModel original = test::richSite();
    const QByteArray json = exportModelJson(original);
    const Result<SiteModel> imported = importModelJson(json);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().text()));
    QVERIFY(imported->scenarios == original.scenarios);
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonArray scenarios = root.value("scenarios").toArray();
    QCOMPARE(scenarios.size(), 2);
    QCOMPARE(scenarios.at(0).toObject().value("id").toInteger(), qint64(4));   // vector order kept
    QCOMPARE(scenarios.at(0).toObject().keys().size(), 15);
    const QJsonObject generator = scenarios.at(1).toObject().value("expansions").toArray().at(0).toObject();
    QVERIFY(generator.value("onlineMonth").isNull());
    QCOMPARE(generator.value("capexXof").toInteger(), qint64(12760000000));
    QCOMPARE(generator.value("kind").toString(), QStringLiteral("generator"));
    const QJsonObject sme = scenarios.at(0).toObject().value("prospects").toArray().at(0).toObject();
    QVERIFY(sme.value("hallId").isNull());
    QCOMPARE(sme.value("dualCorded").toBool(), true);
    QCOMPARE(exportModelJson(imported.value()), json);
}

// Version-1 files from before scenarios import with none; omitted keys take their defaults.
void TestModelJson::fileWithoutScenariosHasNone()
{
    const Result<SiteModel> old = importModelJson(model());
    QVERIFY(old.ok());
    QVERIFY(old->scenarios.empty());
    QVERIFY(QJsonDocument::fromJson(exportModelJson(old.value())).object().value("scenarios").toArray().isEmpty());

    const Result<SiteModel> minimal = importModelJson(withProspect({}));
    QVERIFY2(minimal.ok(), qPrintable(minimal.ok() ? QString() : minimal.error().text()));
    const Scenario &s = minimal->scenarios.at(0);
    QCOMPARE(s.horizonMonths, 120);
    QCOMPARE(s.decisionRisk, 0.1);
    QVERIFY(!s.start.isValid());
    const Prospect &p = s.prospects.at(0);
    QCOMPARE(p.hallId, kNoId);
    QCOMPARE(p.probability, Prospect{}.probability);
    QVERIFY(p.dualCorded);
    const Result<SiteModel> expansion = importModelJson(withExpansion({}));
    QVERIFY(expansion.ok());
    QVERIFY(expansion->scenarios.at(0).expansions.at(0).whenNeeded());
    QCOMPARE(expansion->scenarios.at(0).expansions.at(0).kind, ExpansionKind::PowerBlock);
}

QTEST_GUILESS_MAIN(TestModelJson)
#include "tst_model_json.moc"
