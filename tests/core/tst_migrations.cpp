// Tests core/store/migrations: the bundled steps, and the harness that upgrades documents
// saved at older schema versions (fixtures in tests/data/site-vN.hectare, one per version).
#include "model/model_validation.h"
#include "store/document.h"
#include "store/migrations.h"
#include "store/sqlite_connection.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace hectare;

namespace {

QString copyFixture(const QTemporaryDir &dir, const QString &name)
{
    const QString target = dir.filePath(name);
    QFile::copy(QStringLiteral(HECTARE_TEST_DATA "/") + name, target);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

qint64 userVersion(const QString &path)
{
    Result<SqliteConnection> db = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
    return db ? db->queryInt(QStringLiteral("PRAGMA user_version")).value() : -1;
}

// Read with the SQLite API directly, as a foreign program would see the file.
QStringList tableNames(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name", -1, &s, nullptr);
    QStringList names;
    while (sqlite3_step(s) == SQLITE_ROW)
        names << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
    sqlite3_close(db);
    return names;
}

// The columns of a table, in order.
QStringList columnNames(const QString &path, const QString &table)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(db, QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table).toUtf8().constData(),
                       -1, &s, nullptr);
    QStringList names;
    while (sqlite3_step(s) == SQLITE_ROW)
        names << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
    sqlite3_close(db);
    return names;
}

// Every row of a table as text (type and value of each column asked for), in rowid order.
QString tableDump(const QString &path, const QString &table, const QStringList &columns = {QStringLiteral("*")})
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(db,
                       QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                           .arg(columns.join(QStringLiteral(", ")), table)
                           .toUtf8()
                           .constData(),
                       -1, &s, nullptr);
    QString dump;
    while (sqlite3_step(s) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(s); ++c) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, c));
            dump += QString::number(sqlite3_column_type(s, c)) + u':' + QString::fromUtf8(text ? text : "") + u'|';
        }
        dump += u'\n';
    }
    sqlite3_finalize(s);
    sqlite3_close(db);
    return dump;
}

// The rows of some tables, each dumped with the columns it has now.
struct Dump
{
    QList<QStringList> columns;
    QStringList rows;
};

Dump dump(const QString &path, const QStringList &tables, const QList<QStringList> &columns = {})
{
    Dump d;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        d.columns << (columns.isEmpty() ? columnNames(path, tables[i]) : columns[i]);
        d.rows << tableDump(path, tables[i], d.columns.back());
    }
    return d;
}

// The site row of an upgraded document has the clearance columns at their defaults.
void expectDefaultClearances(const QString &path)
{
    QCOMPARE(tableDump(path, QStringLiteral("site"),
                       {QStringLiteral("cold_aisle_min_m"), QStringLiteral("hot_aisle_min_m"),
                        QStringLiteral("service_min_m"), QStringLiteral("wall_min_m")}),
             QStringLiteral("2:1.2|2:0.9|2:1.2|2:1.0|\n"));
}

// An upgraded document has the price book row at its defaults and no items or discounts.
void expectDefaultPriceBook(const QString &path, const SiteModel &m)
{
    QVERIFY(m.priceBook == PriceBook{});
    QCOMPARE(m.priceBook.vatBasisPoints, 1800);
    QCOMPARE(m.priceBook.validityDays, 30);
    QCOMPARE(tableDump(path, QStringLiteral("price_book")), QStringLiteral("1:1|3:XOF|1:1800|1:0|1:30|1:0|3:|1:12|1:3|\n"));
    QCOMPARE(tableDump(path, QStringLiteral("price_item")), QString());
    QCOMPARE(tableDump(path, QStringLiteral("term_discount")), QString());
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledMigrationsAreNumberedFromOneWithoutGaps()
    {
        const std::vector<Migration> &migrations = bundledMigrations();
        QVERIFY(!migrations.empty());
        for (std::size_t i = 0; i < migrations.size(); ++i) {
            QCOMPARE(migrations[i].version, int(i) + 1);
            QVERIFY(!migrations[i].sql.trimmed().isEmpty());
        }
        QCOMPARE(migrations.back().version, kSchemaVersion);
    }

    // Every schema version we ever shipped has a fixture; each opens, upgrades and validates.
    void everyOlderFixtureOpensAtTheCurrentVersion_data()
    {
        QTest::addColumn<QString>("fixture");
        for (int version = 1; version <= kSchemaVersion; ++version)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(version))) << QStringLiteral("site-v%1.hectare").arg(version);
    }

    void everyOlderFixtureOpensAtTheCurrentVersion()
    {
        QFETCH(QString, fixture);
        QTemporaryDir dir;
        const QString path = copyFixture(dir, fixture);
        QVERIFY2(QFile::exists(path), qPrintable(fixture));
        Result<std::unique_ptr<Document>> doc = Document::open(path);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().text()));
        QCOMPARE(doc.value()->schemaVersion(), kSchemaVersion);
        QVERIFY(validateModel(doc.value()->model()).empty());
        QCOMPARE(doc.value()->model().racks.size(), std::size_t(200));
        doc.value().reset();
        QCOMPARE(userVersion(path), qint64(kSchemaVersion));
    }

    // Version 2 added growth scenarios, version 3 obstacles, cages and the site's clearance rules:
    // a version-1 document gains the scenario and layout tables, empty, the site its clearances at
    // their defaults, and every row it had is still there, byte for byte.
    void version1UpgradesWithItsDataIntact()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("site-v1.hectare"));
        QCOMPARE(userVersion(path), qint64(1));
        const QStringList v1Tables = tableNames(path);
        QVERIFY(!v1Tables.contains(QStringLiteral("scenario")));
        QVERIFY(!v1Tables.contains(QStringLiteral("cage")));
        const Dump before = dump(path, v1Tables);

        Result<std::unique_ptr<Document>> doc = Document::open(path);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().text()));
        QCOMPARE(doc.value()->schemaVersion(), kSchemaVersion);
        const SiteModel &m = doc.value()->model();
        QVERIFY(m.scenarios.empty() && m.obstacles.empty() && m.cages.empty());
        QVERIFY(m.site.clearance == ClearanceRules{});
        QCOMPARE(m.tenants.size(), std::size_t(18));
        const SiteModel upgraded = m;
        doc.value().reset();
        expectDefaultPriceBook(path, upgraded);

        QCOMPARE(userVersion(path), qint64(kSchemaVersion));
        const QStringList v3Tables = tableNames(path);
        for (const char *table : {"scenario", "scenario_tenant_growth", "scenario_prospect", "scenario_expansion",
                                  "hall_obstacle", "cage"}) {
            QVERIFY2(v3Tables.contains(QLatin1String(table)), table);
            QCOMPARE(tableDump(path, QLatin1String(table)), QString());
        }
        QCOMPARE(dump(path, v1Tables, before.columns).rows, before.rows);
        expectDefaultClearances(path);
    }

    // Version 3 on the version-2 fixture (the sample site with its scenarios, before obstacles).
    void version2GainsLayoutWithItsDataIntact()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("site-v2.hectare"));
        QCOMPARE(userVersion(path), qint64(2));
        const QStringList v2Tables = tableNames(path);
        QVERIFY(!v2Tables.contains(QStringLiteral("hall_obstacle")));
        const Dump before = dump(path, v2Tables);

        Result<std::unique_ptr<Document>> doc = Document::open(path);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().text()));
        QCOMPARE(doc.value()->schemaVersion(), kSchemaVersion);
        const SiteModel &m = doc.value()->model();
        QVERIFY(m.obstacles.empty() && m.cages.empty());
        QVERIFY(m.site.clearance == ClearanceRules{});
        QCOMPARE(m.scenarios.size(), std::size_t(2));
        QCOMPARE(m.racks.size(), std::size_t(200));
        const SiteModel upgraded = m;
        doc.value().reset();
        expectDefaultPriceBook(path, upgraded);

        QCOMPARE(userVersion(path), qint64(kSchemaVersion));
        const QStringList v3Tables = tableNames(path);
        for (const char *table : {"hall_obstacle", "cage"}) {
            QVERIFY2(v3Tables.contains(QLatin1String(table)), table);
            QCOMPARE(tableDump(path, QLatin1String(table)), QString());
        }
        // Schema 3 adds the clearance columns (later versions add more after them).
        QCOMPARE(columnNames(path, QStringLiteral("site")).mid(before.columns.at(v2Tables.indexOf("site")).size(), 4),
                 (QStringList{"cold_aisle_min_m", "hot_aisle_min_m", "service_min_m", "wall_min_m"}));
        QCOMPARE(dump(path, v2Tables, before.columns).rows, before.rows);
        expectDefaultClearances(path);
    }

    // The version-3 fixture (the sample site with its obstacles and cages) opens as it is.
    void version3FixtureHasItsLayout()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("site-v3.hectare"));
        QCOMPARE(userVersion(path), qint64(3));
        Result<std::unique_ptr<Document>> doc = Document::open(path);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().text()));
        const SiteModel &m = doc.value()->model();
        QCOMPARE(m.obstacles.size(), std::size_t(15));
        QCOMPARE(std::count_if(m.obstacles.begin(), m.obstacles.end(),
                               [](const Obstacle &o) { return o.kind == ObstacleKind::Crah; }),
                 qsizetype(6));
        const Obstacle &crah = m.obstacles.front();
        QCOMPARE(crah.name, QStringLiteral("CRAH-C1"));
        QVERIFY(crah.centre == (PointM{0.5, 6}));
        QCOMPARE(crah.rotationDeg, 90.0);
        QCOMPARE(m.cages.size(), std::size_t(2));
        QCOMPARE(m.cages.front().name, QStringLiteral("Cage Kpessi"));
        QCOMPARE(m.cages.front().outline.size(), std::size_t(4));
        QCOMPARE(m.tenant(m.cages.front().tenantId)->name, QStringLiteral("Banque Kpessi du Togo"));
        QVERIFY(m.site.clearance == ClearanceRules{});
        QCOMPARE(m.scenarios.size(), std::size_t(2));
    }

    // Version 4 on the version-3 fixture: the price book tables appear, the book empty with its
    // default terms, and every row the document had is still there.
    void version3GainsAnEmptyPriceBookWithItsDataIntact()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("site-v3.hectare"));
        QCOMPARE(userVersion(path), qint64(3));
        const QStringList v3Tables = tableNames(path);
        QVERIFY(!v3Tables.contains(QStringLiteral("price_book")));
        const Dump before = dump(path, v3Tables);

        Result<std::unique_ptr<Document>> doc = Document::open(path);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().text()));
        QCOMPARE(doc.value()->schemaVersion(), kSchemaVersion);
        const SiteModel upgraded = doc.value()->model();
        QCOMPARE(upgraded.obstacles.size(), std::size_t(15));
        QCOMPARE(upgraded.cages.size(), std::size_t(2));
        QCOMPARE(upgraded.scenarios.size(), std::size_t(2));
        doc.value().reset();

        QCOMPARE(userVersion(path), qint64(kSchemaVersion));
        const QStringList v4Tables = tableNames(path);
        for (const char *table : {"price_book", "price_item", "term_discount"})
            QVERIFY2(v4Tables.contains(QLatin1String(table)), table);
        QCOMPARE(dump(path, v3Tables, before.columns).rows, before.rows);
        expectDefaultPriceBook(path, upgraded);
    }

    // The version-4 fixture (the sample site with its illustrative price book) opens as it is.
    void version4FixtureHasItsPriceBook()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("site-v4.hectare"));
        QCOMPARE(userVersion(path), qint64(4));
        Result<std::unique_ptr<Document>> doc = Document::open(path);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().text()));
        const PriceBook &book = doc.value()->model().priceBook;
        QVERIFY(book.illustrative);
        QCOMPARE(book.items.size(), std::size_t(14));
        QCOMPARE(book.item(QStringLiteral("rack-full"))->unitPrice, qint64(450000));
        QCOMPARE(book.item(QStringLiteral("power-kw:over-10"))->densityBandMinKw, 10.0);
        QCOMPARE(book.termDiscounts.size(), std::size_t(4));
        QCOMPARE(book.termDiscounts.back().months, 60);
        QCOMPARE(book.termDiscounts.back().basisPoints, 1200);
        QCOMPARE(book.escalatorBasisPoints, 300);
        QCOMPARE(doc.value()->model().obstacles.size(), std::size_t(15));
    }

    // Version 4 gains quotes (none yet) and the price book's renewal and notice terms at their
    // defaults; everything else stays as it was.
    void version4GainsQuotesWithItsDataIntact()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("site-v4.hectare"));
        const QStringList v4Tables = tableNames(path);
        QVERIFY(!v4Tables.contains(QStringLiteral("quote")));
        const Dump before = dump(path, v4Tables);

        Result<std::unique_ptr<Document>> doc = Document::open(path);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().text()));
        const SiteModel upgraded = doc.value()->model();
        QVERIFY(upgraded.quotes.empty());
        QCOMPARE(upgraded.priceBook.renewalMonths, 12);
        QCOMPARE(upgraded.priceBook.noticeMonths, 3);
        QCOMPARE(upgraded.priceBook.items.size(), std::size_t(14));
        doc.value().reset();

        QCOMPARE(userVersion(path), qint64(kSchemaVersion));
        const QStringList v5Tables = tableNames(path);
        for (const char *table : {"quote", "quote_line", "quote_rack", "quote_hold"})
            QVERIFY2(v5Tables.contains(QLatin1String(table)), table);
        QCOMPARE(dump(path, v4Tables, before.columns).rows, before.rows);
    }

    // The version-5 fixture (the sample site with a reserved and an issued quote) reads them back.
    void version5FixtureHasItsQuotes()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Document>> doc = Document::open(copyFixture(dir, QStringLiteral("site-v5.hectare")));
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().text()));
        const SiteModel &m = doc.value()->model();
        QCOMPARE(m.quotes.size(), std::size_t(2));
        const Quote &held = m.quotes.front();
        QCOMPARE(held.status, QuoteStatus::Reserved);
        QCOMPARE(held.rackIds.size(), std::size_t(held.requirement.racks));
        QVERIFY(!held.lines.empty());
        QCOMPARE(m.quotes.back().status, QuoteStatus::Issued);
    }

    // Version 5 gains the topology: new tables empty, new columns at their defaults (a utility that
    // never fails, the library's generator figures, 10 min batteries, shared transformers, halls of
    // air alone); every row that was there keeps every value it had.
    void version5GainsTopologyWithItsDataIntact()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("site-v5.hectare"));
        const QStringList v5Tables = tableNames(path);
        QVERIFY(!v5Tables.contains(QStringLiteral("fuel_tank")));
        const Dump before = dump(path, v5Tables);

        Result<std::unique_ptr<Document>> doc = Document::open(path);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().text()));
        const SiteModel upgraded = doc.value()->model();
        QCOMPARE(upgraded.site.grid, GridOutageProfile{});
        QCOMPARE(upgraded.site.grid.outagesPerYear, 0.0);
        QVERIFY(!upgraded.generators.empty());
        for (const GeneratorGroup &g : upgraded.generators) {
            QCOMPARE(g.failToStart, 0.0094);
            QCOMPARE(g.startSeconds, 10.0);
            QCOMPARE(g.fuelLph25, 65.7);
            QCOMPARE(g.fuelLph100, 215.5);
        }
        QVERIFY(!upgraded.upsGroups.empty());
        for (const UpsGroup &u : upgraded.upsGroups)
            QCOMPARE(u.batteryMinutes, 10.0);
        for (const TransformerGroup &t : upgraded.transformers)
            QCOMPARE(t.path, FeedPath::None);
        for (const Hall &h : upgraded.halls) {
            QCOMPARE(h.thermalMassKjPerK, 0.0);
            QCOMPARE(h.inletLimitRiseK, 10.0);
        }
        QVERIFY(upgraded.fuelTanks.empty());
        QVERIFY(upgraded.switchgear.empty());
        QVERIFY(upgraded.pumps.empty());
        QVERIFY(upgraded.componentReliability.empty());
        QCOMPARE(upgraded.quotes.size(), std::size_t(2));
        doc.value().reset();

        QCOMPARE(userVersion(path), qint64(kSchemaVersion));
        const QStringList v6Tables = tableNames(path);
        for (const char *table : {"fuel_tank", "switchgear", "pump_group", "component_reliability"})
            QVERIFY2(v6Tables.contains(QLatin1String(table)), table);
        QCOMPARE(dump(path, v5Tables, before.columns).rows, before.rows);
    }

    // The version-6 fixture (the sample site) reads its topology back.
    void version6FixtureHasItsTopology()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Document>> doc = Document::open(copyFixture(dir, QStringLiteral("site-v6.hectare")));
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().text()));
        const SiteModel &m = doc.value()->model();
        QCOMPARE(m.site.grid.outagesPerYear, 100.0);
        QCOMPARE(m.site.grid.tailShare, 0.05);
        QCOMPARE(m.fuelTanks.size(), std::size_t(2));
        QCOMPARE(m.switchgear.size(), std::size_t(4));
        QCOMPARE(m.switchgear.front().kind, SwitchgearKind::Ats);
        QCOMPARE(m.switchgear.back().path, FeedPath::B);
        QCOMPARE(m.pumps.size(), std::size_t(1));
        QCOMPARE(m.generators.front().startSeconds, 30.0);
        QCOMPARE(m.halls.front().thermalMassKjPerK, 15000.0);
    }

    // Version 6 gains the failure scenario tables, empty; every row it had is still there.
    void version6GainsFailureScenariosWithItsDataIntact()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("site-v6.hectare"));
        QCOMPARE(userVersion(path), qint64(6));
        const QStringList v6Tables = tableNames(path);
        QVERIFY(!v6Tables.contains(QStringLiteral("failure_scenario")));
        const Dump before = dump(path, v6Tables);

        Result<std::unique_ptr<Document>> doc = Document::open(path);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().text()));
        QCOMPARE(doc.value()->schemaVersion(), kSchemaVersion);
        const SiteModel upgraded = doc.value()->model();
        QVERIFY(upgraded.failureScenarios.empty());
        QCOMPARE(upgraded.fuelTanks.size(), std::size_t(2));
        QCOMPARE(upgraded.switchgear.size(), std::size_t(4));
        QCOMPARE(upgraded.racks.size(), std::size_t(200));
        QVERIFY(validateModel(upgraded).empty());
        doc.value().reset();

        QCOMPARE(userVersion(path), qint64(kSchemaVersion));
        const QStringList v7Tables = tableNames(path);
        for (const char *table : {"failure_scenario", "failure_scenario_event"}) {
            QVERIFY2(v7Tables.contains(QLatin1String(table)), table);
            QCOMPARE(tableDump(path, QLatin1String(table)), QString());
        }
        QCOMPARE(dump(path, v6Tables, before.columns).rows, before.rows);
    }

    // The version-2 fixture (the sample site with its two scenarios) reads them back.
    void version2FixtureHasItsScenarios()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Document>> doc = Document::open(copyFixture(dir, QStringLiteral("site-v2.hectare")));
        QVERIFY(doc.ok());
        const SiteModel &m = doc.value()->model();
        QCOMPARE(m.scenarios.size(), std::size_t(2));
        QCOMPARE(m.scenarios[0].name, QStringLiteral("Base"));
        QCOMPARE(m.scenarios[1].expansions.size(), std::size_t(2));
        QVERIFY(m.scenarios[1].expansions[0].whenNeeded());
    }

    // The harness itself, with a test-only step 2 added after the bundled ones.
    void aNewStepRunsOnceInItsOwnTransaction()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("site-v1.hectare"));
        std::vector<Migration> migrations = bundledMigrations();
        const int next = migrations.back().version + 1;
        migrations.push_back({next, QStringLiteral("CREATE TABLE test_step (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
                                                   "INSERT INTO test_step (name) VALUES ('Base');")});
        {
            Result<std::unique_ptr<Document>> doc = Document::open(path, migrations);
            QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().text()));
            QCOMPARE(doc.value()->schemaVersion(), next);
        }
        QCOMPARE(userVersion(path), qint64(next));
        // Opening again does not run the step a second time (it would fail: the table exists).
        Result<std::unique_ptr<Document>> again = Document::open(path, migrations);
        QVERIFY(again.ok());
        again.value().reset();
        Result<SqliteConnection> db = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
        QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM test_step")).value(), qint64(1));
        // And this build, which knows only the bundled steps, refuses the upgraded file untouched.
        db->close();
        Result<std::unique_ptr<Document>> older = Document::open(path);
        QVERIFY(!older.ok());
        QVERIFY(older.error().message.contains(QStringLiteral("newer version")));
    }

    void aFailingStepLeavesTheDocumentAtItsLastGoodVersion()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("site-v1.hectare"));
        std::vector<Migration> migrations = bundledMigrations();
        const int base = migrations.back().version;
        // Step base+1 succeeds; step base+2 half-succeeds then fails: its first statement must not survive.
        migrations.push_back({base + 1, QStringLiteral("CREATE TABLE good_step (x INTEGER);")});
        migrations.push_back({base + 2, QStringLiteral("CREATE TABLE half_step (x INTEGER); CREATE TABLE site (x);")});
        Result<std::unique_ptr<Document>> doc = Document::open(path, migrations);
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().message.contains(QStringLiteral("schema version %1").arg(base + 2)),
                 qPrintable(doc.error().text()));
        QCOMPARE(userVersion(path), qint64(base + 1));
        Result<SqliteConnection> db = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
        QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'good_step'")).value(),
                 qint64(1));
        QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half_step'")).value(),
                 qint64(0));
        db->close();
        // The site itself is intact and opens with the steps that work.
        migrations.pop_back();
        Result<std::unique_ptr<Document>> reopened = Document::open(path, migrations);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->model().racks.size(), std::size_t(200));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
