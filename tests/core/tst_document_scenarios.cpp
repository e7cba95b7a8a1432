// Tests core/store/scenario_store: scenarios and their children through the schema, and the
// single writes an undo command makes (insert, update, delete) inside Document::change().
#include "model/model_validation.h"
#include "store/document.h"
#include "store/model_reader.h"
#include "store/model_writer.h"
#include "store/scenario_store.h"
#include "store/sqlite_connection.h"
#include "rich_site.h"
#include "test_site.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace hectare;

namespace {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

QString text(const Status &status) { return status.ok() ? QString() : status.error().text(); }

// The small test site, a second tenant without racks, and a scenario that uses every child table.
SiteModel siteWithScenario()
{
    SiteModel m = test::smallSite();
    m.tenants.push_back(Tenant{2, QStringLiteral("Prospecteur"), QString(), QString()});
    Scenario s;
    s.id = 1;
    s.name = QStringLiteral("Base");
    s.start = QDate(2026, 1, 1);
    s.tenantGrowth = {TenantGrowth{1, 1, 8}, TenantGrowth{2, 2, 20}};
    Prospect p;
    p.id = 1;
    p.name = QStringLiteral("Bank");
    p.racks = 2;
    p.committedKw = 10;
    s.prospects = {p};
    Expansion e;
    e.id = 1;
    e.name = QStringLiteral("G2");
    e.kind = ExpansionKind::Generator;
    e.generatorKva = 500;
    e.capexXof = 450000000;
    s.expansions = {e};
    m.scenarios = {s};
    return m;
}

qint64 count(SqliteConnection &db, const char *sql) { return db.queryInt(QString::fromLatin1(sql)).value(); }

} // namespace

class TestDocumentScenarios : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every field of every child survives the schema, nulls (any hall, when needed) included.
    void everyFieldRoundTripsThroughTheSchema()
    {
        SiteModel rich = test::richSite();
        std::sort(rich.scenarios.begin(), rich.scenarios.end(), [](const Scenario &a, const Scenario &b) {
            return a.id < b.id;
        });
        Result<SqliteConnection> db = SqliteConnection::open(QStringLiteral(":memory:"),
                                                             SqliteConnection::Mode::ReadWriteCreate);
        QVERIFY(db.ok());
        QVERIFY(db->exec(QStringLiteral("PRAGMA foreign_keys = ON")).ok());
        QVERIFY(migrate(db.value(), bundledMigrations()).ok());
        const Status written = insertModel(db.value(), rich);
        QVERIFY2(written.ok(), qPrintable(text(written)));
        const Result<SiteModel> read = readModel(db.value());
        QVERIFY(read.ok());
        QCOMPARE(read->scenarios.size(), std::size_t(2));
        QVERIFY(read->scenarios[0] == rich.scenarios[0]);
        QVERIFY(read->scenarios[1] == rich.scenarios[1]);
        QVERIFY(!read->scenarios[0].expansions[0].onlineMonth);   // "when needed" stays null
        QCOMPARE(read->scenarios[0].expansions[0].capexXof, qint64(12760000000));
        QCOMPARE(count(db.value(), "SELECT count(*) FROM scenario_prospect WHERE hall_id IS NULL"), qint64(1));
    }

    void insertUpdateDeleteInOneTransactionEach()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("scenarios.hectare"));
        {
            Result<std::unique_ptr<Document>> created = Document::create(path, siteWithScenario());
            QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().text()));
        }
        Result<std::unique_ptr<Document>> doc = Document::open(path);
        QVERIFY(doc.ok());
        Document &d = *doc.value();
        const SiteModel original = d.model();
        QVERIFY(original == siteWithScenario());

        // Duplicate, as "Duplicate scenario" does.
        const Scenario copy = duplicateScenario(d.model(), d.model().scenarios[0],
                                                scenarioCopyName(d.model(), QStringLiteral("Base")));
        Status status = d.change([&](SqliteConnection &db) { return insertScenario(db, copy); });
        QVERIFY2(status.ok(), qPrintable(text(status)));
        QCOMPARE(d.model().scenarios.size(), std::size_t(2));
        QVERIFY(d.model().scenarios[1] == copy);

        // Edit the copy: a new prospect, no expansion, another growth rate.
        Scenario edited = copy;
        edited.growthPctPerYear = 6;
        edited.prospects.push_back(Prospect{99, QStringLiteral("Telco"), 1, 4, 20, true, 0.7, 3, 1, 50, 6, 0.8});
        edited.expansions.clear();
        status = d.change([&](SqliteConnection &db) { return updateScenario(db, edited); });
        QVERIFY2(status.ok(), qPrintable(text(status)));
        QVERIFY(d.model().scenarios[1] == edited);

        // Undo the edit, then the duplication: the document is as it was.
        status = d.change([&](SqliteConnection &db) { return updateScenario(db, copy); });
        QVERIFY(status.ok());
        status = d.change([&](SqliteConnection &db) { return deleteScenario(db, copy.id); });
        QVERIFY2(status.ok(), qPrintable(text(status)));
        QVERIFY(d.model() == original);
        doc.value().reset();

        Result<std::unique_ptr<Document>> reopened = Document::open(path);
        QVERIFY(reopened.ok());
        QVERIFY(reopened.value()->model() == original);
    }

    void deletingAScenarioTakesItsChildren()
    {
        Result<std::unique_ptr<Document>> doc = Document::createInMemory(siteWithScenario());
        QVERIFY(doc.ok());
        const Status status = doc.value()->change([](SqliteConnection &db) { return deleteScenario(db, 1); });
        QVERIFY2(status.ok(), qPrintable(text(status)));
        QVERIFY(doc.value()->model().scenarios.empty());
        // A look inside the file, through a change that always rolls back.
        const Status looked = doc.value()->change([](SqliteConnection &db) -> Status {
            for (const char *table : {"scenario_tenant_growth", "scenario_prospect", "scenario_expansion"})
                if (db.queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).value() != 0)
                    return Error{QString::fromLatin1(table), QStringLiteral("not empty")};
            return Error{QString(), QStringLiteral("all empty")};
        });
        QCOMPARE(looked.error().text(), QStringLiteral("all empty"));
        QCOMPARE(doc.value()->model().tenants.size(), std::size_t(2));   // the base is untouched
    }

    // Removing a tenant removes its growth override with it (ON DELETE CASCADE), so the
    // scenario stays valid; undoing that is the UI's business.
    void deletingATenantTakesItsGrowthOverride()
    {
        Result<std::unique_ptr<Document>> doc = Document::createInMemory(siteWithScenario());
        QVERIFY(doc.ok());
        const Status status = doc.value()->change([](SqliteConnection &db) { return deleteTenant(db, 2); });
        QVERIFY2(status.ok(), qPrintable(text(status)));
        QCOMPARE(doc.value()->model().scenarios[0].tenantGrowth.size(), std::size_t(1));
        QCOMPARE(doc.value()->model().scenarios[0].tenantGrowth[0].tenantId, Id(1));
    }

    void invalidEditKeepsNothing_data()
    {
        QTest::addColumn<QString>("defect");
        QTest::addColumn<QString>("where");
        QTest::newRow("probability 1.4") << "probability" << "Scenario \"Base\", prospect \"Bank\": probability";
        QTest::newRow("missing scenario") << "missing" << "scenario 7";
        QTest::newRow("duplicate id") << "duplicate" << "scenario 1";
    }

    void invalidEditKeepsNothing()
    {
        QFETCH(QString, defect);
        QFETCH(QString, where);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edit.hectare"));
        QVERIFY(Document::create(path, siteWithScenario()).ok());
        const QByteArray before = sha256(path);
        {
            Result<std::unique_ptr<Document>> doc = Document::open(path);
            QVERIFY(doc.ok());
            const SiteModel model = doc.value()->model();
            Scenario s = model.scenarios[0];
            const Status status = doc.value()->change([&](SqliteConnection &db) -> Status {
                if (defect == QLatin1String("probability")) {
                    s.prospects[0].probability = 1.4;
                    return updateScenario(db, s);
                }
                if (defect == QLatin1String("missing")) {
                    s.id = 7;
                    return updateScenario(db, s);
                }
                return insertScenario(db, s);
            });
            QVERIFY(!status.ok());
            QVERIFY2(status.error().where == where, qPrintable(status.error().text()));
            QVERIFY(doc.value()->model() == model);
        }
        QCOMPARE(sha256(path), before);
    }
};

QTEST_GUILESS_MAIN(TestDocumentScenarios)
#include "tst_document_scenarios.moc"
