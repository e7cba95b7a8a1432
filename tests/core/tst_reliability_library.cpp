// The bundled reliability library (data/reliability-library.json): it loads, it covers every kind of
// component issue 6 lists with usable figures and a source, its curves interpolate as documented,
// the reader refuses malformed entries naming the entry and field, and the file follows its schema
// (checked by an independent validator, Debian's python3-jsonschema).
#include "reliability/closed_form.h"
#include "reliability/reliability_library.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace hectare;
using namespace hectare::reliability;

namespace {

const QString kLibraryPath = QStringLiteral(HECTARE_SOURCE_DIR "/data/reliability-library.json");
const QString kSchemaPath = QStringLiteral(HECTARE_SOURCE_DIR "/data/schema/reliability-library.schema.json");
const QString kPython = QStringLiteral("/usr/bin/python3");
const QString kWhere = QStringLiteral("library.json");

QJsonObject libraryJson()
{
    QFile file(kLibraryPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Sets `key` (a dotted path into nested objects) of the entry with entry key `entryKey`; an
// undefined value removes it.
QJsonObject edited(QJsonObject root, const QString &entryKey, const QString &key, const QJsonValue &value)
{
    QJsonArray components = root.value("components").toArray();
    for (qsizetype i = 0; i < components.size(); ++i) {
        QJsonObject entry = components.at(i).toObject();
        if (entry.value("key").toString() != entryKey)
            continue;
        const QString head = key.section(u'.', 0, 0);
        const QString tail = key.section(u'.', 1);
        if (!tail.isEmpty()) {
            QJsonObject child = entry.value(head).toObject();
            if (value.isUndefined())
                child.remove(tail);
            else
                child.insert(tail, value);
            entry.insert(head, child);
        } else if (value.isUndefined()) {
            entry.remove(key);
        } else {
            entry.insert(key, value);
        }
        components.replace(i, entry);
    }
    root.insert("components", components);
    return root;
}

// Runs jsonschema on `document` against the library's schema; exit code 0 when it is valid.
int schemaExitCode(const QJsonObject &document, QString &output)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(document).toJson()) < 0)
        return -1;
    file.close();
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(kPython, {QStringLiteral("-c"),
                           QStringLiteral("import json,jsonschema,sys; s=json.load(open(sys.argv[2])); "
                                          "jsonschema.Draft202012Validator.check_schema(s); "
                                          "jsonschema.validate(json.load(open(sys.argv[1])), s)"),
                           path, kSchemaPath});
    if (!python.waitForFinished(60000))
        return -1;
    output = QString::fromUtf8(python.readAll());
    return python.exitStatus() == QProcess::NormalExit ? python.exitCode() : -1;
}

} // namespace

class TestReliabilityLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bundledLibraryCoversEveryKind();
    void gridProfiles();
    void generatorAvailabilityMatchesClosedForm();
    void deratingInterpolation_data();
    void deratingInterpolation();
    void fuelInterpolation_data();
    void fuelInterpolation();
    void malformedEntryIsRefused_data();
    void malformedEntryIsRefused();
    void nonFiniteNumberIsRefused();
    void bundledLibraryFollowsSchema();

private:
    ReliabilityLibrary m_bundled;
};

void TestReliabilityLibrary::initTestCase()
{
    Result<ReliabilityLibrary> library = bundledReliabilityLibrary();
    QVERIFY2(library.ok(), qPrintable(library.ok() ? QString() : library.error().text()));
    m_bundled = std::move(library).value();
}

void TestReliabilityLibrary::bundledLibraryCoversEveryKind()
{
    const Result<ReliabilityLibrary> library = bundledReliabilityLibrary();
    QVERIFY2(library.ok(), qPrintable(library.ok() ? QString() : library.error().text()));

    // The kinds issue 6 names, spelt as the file spells them.
    const QStringList issueKinds{"utility-feed", "diesel-generator", "fuel-tank", "ats", "static-transfer-switch",
                                 "lv-breaker", "lv-switchgear", "transformer", "ups-module", "pdu-rpp", "chiller",
                                 "chw-pump", "cooling-tower", "dry-cooler", "crah-crac"};
    QCOMPARE(componentKinds(), issueKinds);
    for (const QString &kind : issueKinds) {
        const std::vector<const LibraryEntry *> entries = library->ofKind(kind);
        QVERIFY2(!entries.empty(), qPrintable(kind));
        for (const LibraryEntry *e : entries) {
            QVERIFY2(e->mtbfHours > 0 && std::isfinite(e->mtbfHours), qPrintable(e->key));
            QVERIFY2(e->mttrHours > 0 && std::isfinite(e->mttrHours), qPrintable(e->key));
            QVERIFY2(!e->source.trimmed().isEmpty(), qPrintable(e->key));
        }
    }
    QCOMPARE(library->entries.size(), size_t(16));   // the utility feed twice
    QVERIFY(library->find(u"nonsense") == nullptr);

    // The figures particular to a kind are there.
    const LibraryEntry *generator = library->find(u"diesel-generator");
    QVERIFY(generator);
    QCOMPARE(generator->basis, Basis::Published);
    QCOMPARE(generator->failToStart, 0.0094);
    QCOMPARE(generator->availabilityOnDemand, 0.995);
    QCOMPARE(generator->startSeconds, 10.0);
    QVERIFY(generator->fuel.has_value());
    QCOMPARE(generator->fuel->ratedKw, 800.0);
    QCOMPARE(library->find(u"ups-module")->batteryFailToSupport, 0.005);
    QCOMPARE(library->find(u"fuel-tank")->refuelLeadHours, 24.0);
    QCOMPARE(library->find(u"chiller")->capacityDerating.size(), size_t(3));
    QCOMPARE(library->find(u"transformer")->basis, Basis::Judgement);
}

void TestReliabilityLibrary::gridProfiles()
{
    const ReliabilityLibrary &library = m_bundled;
    const std::vector<const LibraryEntry *> feeds = library.ofKind(u"utility-feed");
    QCOMPARE(feeds.size(), size_t(2));

    const LibraryEntry *lome = library.find(u"utility-feed-lome");
    QVERIFY(lome && lome->grid);
    QCOMPARE(lome->basis, Basis::Judgement);
    QCOMPARE(lome->grid->outagesPerYear, 100.0);
    QCOMPARE(lome->grid->meanDurationHours(), 0.95 * 2 + 0.05 * 24);   // 3.1 h
    // About 3.5 % of the year without the grid: the generators are the source that matters.
    QVERIFY(std::abs(lome->grid->outagesPerYear * lome->grid->meanDurationHours() / kHoursPerYear - 0.0354) < 0.0005);

    const LibraryEntry *benchmark = library.find(u"utility-feed-benchmark");
    QVERIFY(benchmark && benchmark->grid);
    QCOMPARE(benchmark->basis, Basis::Published);
    QCOMPARE(benchmark->grid->outagesPerYear, 1.3);
    // MTBF + MTTR is the mean time between outages, to the 1 % the reader allows.
    QVERIFY(std::abs(benchmark->mtbfHours + benchmark->mttrHours - kHoursPerYear / 1.3) < 1);
}

void TestReliabilityLibrary::generatorAvailabilityMatchesClosedForm()
{
    const LibraryEntry *generator = m_bundled.find(u"diesel-generator");
    QVERIFY(generator);
    const double a = generator->mtbfHours / (generator->mtbfHours + generator->mttrHours);
    QCOMPARE(unitAvailability(generator->mtbfHours, generator->mttrHours), a);
    QVERIFY(std::abs(a - 1100.0 / 1121.0) < 1e-12);   // by hand: 0.98127
}

void TestReliabilityLibrary::deratingInterpolation_data()
{
    QTest::addColumn<double>("ambientC");
    QTest::addColumn<double>("fraction");
    // The bundled chiller: (35, 1.00), (45, 0.88), (50, 0.80).
    QTest::newRow("below the first point: held") << 25.0 << 1.0;
    QTest::newRow("35 °C rating point") << 35.0 << 1.0;
    QTest::newRow("40 °C halfway") << 40.0 << 0.94;
    QTest::newRow("45 °C a point") << 45.0 << 0.88;
    QTest::newRow("47.5 °C steeper segment") << 47.5 << 0.84;
    QTest::newRow("50 °C last point") << 50.0 << 0.80;
    QTest::newRow("beyond the last point: held") << 55.0 << 0.80;
}

void TestReliabilityLibrary::deratingInterpolation()
{
    QFETCH(double, ambientC);
    QFETCH(double, fraction);
    const LibraryEntry *chiller = m_bundled.find(u"chiller");
    QVERIFY(chiller);
    QVERIFY2(std::abs(interpolateDerating(chiller->capacityDerating, ambientC) - fraction) < 1e-12,
             qPrintable(QString::number(interpolateDerating(chiller->capacityDerating, ambientC))));
    QCOMPARE(interpolateDerating({}, ambientC), 1.0);
    QCOMPARE(interpolateDerating({{30, 0.9}}, ambientC), 0.9);
}

void TestReliabilityLibrary::fuelInterpolation_data()
{
    QTest::addColumn<double>("load");
    QTest::addColumn<double>("litresPerHour");
    // The bundled 800 kW set: 65.7 / 110.7 / 158.3 / 215.5 L/h at 25 / 50 / 75 / 100 %.
    QTest::newRow("no load: 25–50 % line extended") << 0.0 << 65.7 - 45.0;
    QTest::newRow("negative load as none") << -0.5 << 65.7 - 45.0;
    QTest::newRow("10 %") << 0.10 << 65.7 - 0.6 * 45.0;
    QTest::newRow("25 %") << 0.25 << 65.7;
    QTest::newRow("50 %") << 0.50 << 110.7;
    QTest::newRow("62.5 %") << 0.625 << (110.7 + 158.3) / 2;
    QTest::newRow("75 %") << 0.75 << 158.3;
    QTest::newRow("90 %") << 0.90 << 158.3 + 0.6 * 57.2;
    QTest::newRow("100 %") << 1.0 << 215.5;
    QTest::newRow("110 %: 75–100 % line extended") << 1.1 << 215.5 + 0.4 * 57.2;
}

void TestReliabilityLibrary::fuelInterpolation()
{
    QFETCH(double, load);
    QFETCH(double, litresPerHour);
    const LibraryEntry *generator = m_bundled.find(u"diesel-generator");
    QVERIFY(generator && generator->fuel);
    const double got = fuelLitresPerHour(*generator->fuel, load);
    QVERIFY2(std::abs(got - litresPerHour) < 1e-9, qPrintable(QString::number(got)));

    // A curve whose first segment would cross zero above no load is held at 0.
    const FuelCurve steep{100, {10, 50, 60, 70}};
    QCOMPARE(fuelLitresPerHour(steep, 0.0), 0.0);
    QCOMPARE(fuelLitresPerHour(steep, 0.25), 10.0);
}

void TestReliabilityLibrary::malformedEntryIsRefused_data()
{
    QTest::addColumn<QJsonObject>("document");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("schemaRejects");   // false: a rule only Hectare checks

    const QJsonObject root = libraryJson();
    const QString generator = kWhere + QStringLiteral(", entry \"diesel-generator\": ");
    QTest::newRow("unknown key") << edited(root, "diesel-generator", "mtbfHrs", 1100) << generator + "mtbfHrs"
                                 << "unknown key for a diesel-generator entry" << true;
    QTest::newRow("key of another kind") << edited(root, "transformer", "failToStart", 0.01)
                                         << kWhere + ", entry \"transformer\": failToStart"
                                         << "unknown key for a transformer entry" << true;
    QTest::newRow("negative MTBF") << edited(root, "diesel-generator", "mtbfHours", -5) << generator + "mtbfHours"
                                   << "must be greater than 0 (got -5)" << true;
    QTest::newRow("zero MTTR") << edited(root, "chw-pump", "mttrHours", 0) << kWhere + ", entry \"chw-pump\": mttrHours"
                               << "must be greater than 0 (got 0)" << true;
    QTest::newRow("probability 1.5") << edited(root, "diesel-generator", "failToStart", 1.5) << generator + "failToStart"
                                     << "must be a probability between 0 and 1 (got 1.5)" << true;
    QTest::newRow("battery probability 1.5") << edited(root, "ups-module", "batteryFailToSupport", 1.5)
                                             << kWhere + ", entry \"ups-module\": batteryFailToSupport"
                                             << "must be a probability between 0 and 1 (got 1.5)" << true;
    QTest::newRow("missing source") << edited(root, "diesel-generator", "source", QJsonValue(QJsonValue::Undefined))
                                    << generator + "source" << "missing required key" << true;
    QTest::newRow("empty source") << edited(root, "lv-breaker", "source", "  ")
                                  << kWhere + ", entry \"lv-breaker\": source" << "must not be empty" << false;
    QTest::newRow("basis") << edited(root, "pdu-rpp", "basis", "guess") << kWhere + ", entry \"pdu-rpp\": basis"
                           << "\"guess\"" << true;
    QTest::newRow("missing fuel point") << edited(root, "diesel-generator", "fuelLitresPerHour.load75",
                                                  QJsonValue(QJsonValue::Undefined))
                                        << generator + "fuelLitresPerHour.load75" << "missing required key" << true;
    QTest::newRow("fuel falling with load") << edited(root, "diesel-generator", "fuelLitresPerHour.load100", 100)
                                            << generator + "fuelLitresPerHour.load100"
                                            << "must not be less than at a lower load" << false;
    QTest::newRow("grid tail share 1.5") << edited(root, "utility-feed-lome", "grid.tailShare", 1.5)
                                         << kWhere + ", entry \"utility-feed-lome\": grid.tailShare"
                                         << "between 0 and 1 (got 1.5)" << true;
    QTest::newRow("MTTR against the grid") << edited(root, "utility-feed-lome", "mttrHours", 6)
                                           << kWhere + ", entry \"utility-feed-lome\": mttrHours"
                                           << "mean outage duration, 3.1 h" << false;
    QTest::newRow("derating not increasing")
        << edited(root, "chiller", "capacityDerating", QJsonArray{QJsonArray{35, 1.0}, QJsonArray{35, 0.9}})
        << kWhere + ", entry \"chiller\": capacityDerating[1]" << "must increase" << false;
    QTest::newRow("unknown kind") << edited(root, "crah-crac", "kind", "crah") << kWhere + ", entry \"crah-crac\": kind"
                                  << "\"crah\"" << true;
    QTest::newRow("duplicate key") << edited(root, "dry-cooler", "key", "cooling-tower")
                                   << kWhere + ", entry \"cooling-tower\": key" << "same key" << false;
    QTest::newRow("entry without a key") << edited(root, "ats", "key", QJsonValue(QJsonValue::Undefined))
                                         << kWhere + ", entry 5: key" << "missing required key" << true;
}

void TestReliabilityLibrary::malformedEntryIsRefused()
{
    QFETCH(QJsonObject, document);
    QFETCH(QString, where);
    QFETCH(QString, message);
    QFETCH(bool, schemaRejects);

    const Result<ReliabilityLibrary> read = readReliabilityLibrary(QJsonDocument(document).toJson(), kWhere);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().where, where);
    QVERIFY2(read.error().message.contains(message), qPrintable(read.error().message));

    QString output;
    const int exitCode = schemaExitCode(document, output);
    QVERIFY2(exitCode >= 0, "this test needs Debian's python3-jsonschema (apt-get install python3-jsonschema)");
    QVERIFY2((exitCode > 0 && output.contains(QStringLiteral("ValidationError"))) == schemaRejects, qPrintable(output));
}

void TestReliabilityLibrary::nonFiniteNumberIsRefused()
{
    // JSON has no infinity or NaN, and Qt's parser refuses a number too large for a double: the
    // reader's own finiteness check is a second line that JSON input cannot reach.
    QFile file(kLibraryPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    const QByteArray ats = "\"key\": \"ats\",\n      \"kind\": \"ats\",\n      \"mtbfHours\": 500000";
    QVERIFY(text.contains(ats));
    text.replace(ats, QByteArray(ats).replace("500000", "1e999"));
    const Result<ReliabilityLibrary> read = readReliabilityLibrary(text, kWhere);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().where, kWhere);
    QVERIFY2(read.error().message.startsWith(QStringLiteral("not valid JSON at offset")), qPrintable(read.error().message));
}

void TestReliabilityLibrary::bundledLibraryFollowsSchema()
{
    const QJsonObject root = libraryJson();
    QVERIFY(!root.isEmpty());
    QString output;
    QCOMPARE(schemaExitCode(root, output), 0);

    // Unedited, the file as a document reads as well as the resource.
    QVERIFY(readReliabilityLibrary(QJsonDocument(root).toJson(), kWhere).ok());
}

QTEST_GUILESS_MAIN(TestReliabilityLibrary)
#include "tst_reliability_library.moc"
