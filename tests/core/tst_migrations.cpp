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

    // The harness itself, with a test-only step 2 added after the bundled ones.
    void aNewStepRunsOnceInItsOwnTransaction()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("site-v1.hectare"));
        std::vector<Migration> migrations = bundledMigrations();
        const int next = migrations.back().version + 1;
        migrations.push_back({next, QStringLiteral("CREATE TABLE scenario (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
                                                   "INSERT INTO scenario (name) VALUES ('Base');")});
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
        QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM scenario")).value(), qint64(1));
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
