// Tests core/store/document: opening, refusing bad files untouched, read-only when held,
// transactions that keep nothing on error, and Save As through the backup API.
#include "model/model_validation.h"
#include "store/document.h"
#include "store/model_reader.h"
#include "store/model_writer.h"
#include "store/sqlite_connection.h"
#include "rich_site.h"
#include "test_site.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace hectare;

namespace {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs raw SQL on a file, as a foreign program would.
void rawSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    QVERIFY2(rc == SQLITE_OK, message);
    sqlite3_close(db);
}

// A valid document at `path`, closed again.
void makeDocument(const QString &path)
{
    Result<std::unique_ptr<Document>> created = Document::create(path, test::smallSite());
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().text()));
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAndReopenKeepsTheModel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("site.hectare"));
        makeDocument(path);
        Result<std::unique_ptr<Document>> opened = Document::open(path);
        QVERIFY(opened.ok());
        QVERIFY(!opened.value()->isReadOnly());
        QCOMPARE(opened.value()->schemaVersion(), kSchemaVersion);
        QVERIFY(opened.value()->model() == test::smallSite());
    }

    // Every table and every field, nulls and dates included, survives the schema (written and
    // read without validation: the rich test model is about coverage, not plausibility).
    void everyTableRoundTripsThroughTheSchema()
    {
        SiteModel rich = test::richSite();
        // The file reads objects back in id order; the rich model lists some tables out of order.
        const auto byId = [](auto &items) {
            std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
        };
        byId(rich.buildings), byId(rich.halls), byId(rich.rows), byId(rich.racks), byId(rich.tenants);
        byId(rich.contracts), byId(rich.utilityFeeds), byId(rich.transformers), byId(rich.generators);
        byId(rich.upsGroups), byId(rich.pdus), byId(rich.chillers), byId(rich.crahs);
        QVERIFY(!rich.utilityFeeds.empty() && !rich.transformers.empty() && !rich.chillers.empty());
        Result<SqliteConnection> db = SqliteConnection::open(QStringLiteral(":memory:"),
                                                             SqliteConnection::Mode::ReadWriteCreate);
        QVERIFY(db.ok());
        QVERIFY(migrate(db.value(), bundledMigrations()).ok());
        const Status written = insertModel(db.value(), rich);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().text()));
        Result<SiteModel> read = readModel(db.value());
        QVERIFY(read.ok());
        const SiteModel &m = read.value();
        QVERIFY(m.site == rich.site);
        QVERIFY(m.buildings == rich.buildings);
        QVERIFY(m.halls == rich.halls);
        QVERIFY(m.rows == rich.rows);
        QVERIFY(m.racks == rich.racks);
        QVERIFY(m.tenants == rich.tenants);
        QVERIFY(m.contracts == rich.contracts);
        QVERIFY(m.utilityFeeds == rich.utilityFeeds && m.transformers == rich.transformers);
        QVERIFY(m.generators == rich.generators && m.upsGroups == rich.upsGroups && m.pdus == rich.pdus);
        QVERIFY(m.chillers == rich.chillers && m.crahs == rich.crahs);
        QVERIFY(!rich.failureScenarios.empty() && m.failureScenarios == rich.failureScenarios);
    }

    void fileIsOursAndInWalMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("site.hectare"));
        makeDocument(path);
        Result<std::unique_ptr<Document>> opened = Document::open(path);
        QVERIFY(opened.ok());
        Result<SqliteConnection> raw = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
        QVERIFY(raw.ok());
        QCOMPARE(raw->queryInt(QStringLiteral("PRAGMA application_id")).value(), qint64(kApplicationId));
        QCOMPARE(raw->queryInt(QStringLiteral("PRAGMA user_version")).value(), qint64(kSchemaVersion));
        QCOMPARE(raw->queryText(QStringLiteral("PRAGMA journal_mode")).value(), QStringLiteral("wal"));
    }

    void createRefusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("taken.hectare"));
        writeBytes(path, "keep me");
        Result<std::unique_ptr<Document>> created = Document::create(path, test::smallSite());
        QVERIFY(!created.ok());
        QVERIFY(created.error().message.contains(QStringLiteral("already exists")));
        QCOMPARE(readBytes(path), QByteArray("keep me"));
    }

    void createRefusesAnInvalidModelAndLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.hectare"));
        SiteModel model = test::smallSite();
        model.racks[1].designKw = -2;
        Result<std::unique_ptr<Document>> created = Document::create(path, model);
        QVERIFY(!created.ok());
        QVERIFY2(created.error().where.contains(QStringLiteral("R1-02")), qPrintable(created.error().text()));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
    }

    void badFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("messageFragment");
        QTest::newRow("text file") << "text" << "not an SQLite database";
        QTest::newRow("empty file") << "empty" << "is empty";
        QTest::newRow("another program's SQLite file") << "foreign" << "another program";
        QTest::newRow("newer schema") << "newer" << "newer version of Hectare";
        QTest::newRow("corrupt page") << "corrupt" << "damaged";
        QTest::newRow("truncated to half") << "truncated" << "truncated";
        QTest::newRow("header only") << "header-only" << "truncated";
        QTest::newRow("missing") << "missing" << "does not exist";
    }

    void badFilesAreRefusedUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, messageFragment);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.hectare"));
        if (kind == QLatin1String("text")) {
            writeBytes(path, "Rack;kW\nA01;5\n");
        } else if (kind == QLatin1String("empty")) {
            writeBytes(path, QByteArray());
        } else if (kind == QLatin1String("foreign")) {
            rawSql(path, "CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos VALUES (1, 'x');");
        } else if (kind == QLatin1String("newer")) {
            makeDocument(path);
            rawSql(path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;");
        } else if (kind == QLatin1String("corrupt")) {
            makeDocument(path);
            rawSql(path, "PRAGMA journal_mode = DELETE;");
            QByteArray bytes = readBytes(path);
            QVERIFY(bytes.size() >= 4096 * 4);
            // Scribble over the b-tree header of page 3 (the site table's root page, or close by).
            for (int i = 0; i < 64; ++i)
                bytes[4096 * 2 + i] = char(0xA5);
            writeBytes(path, bytes);
        } else if (kind == QLatin1String("truncated")) {
            makeDocument(path);
            rawSql(path, "PRAGMA journal_mode = DELETE;");
            const QByteArray bytes = readBytes(path);
            writeBytes(path, bytes.left(bytes.size() / 2));
        } else if (kind == QLatin1String("header-only")) {
            makeDocument(path);
            rawSql(path, "PRAGMA journal_mode = DELETE;");
            writeBytes(path, readBytes(path).left(60));
        }
        const QByteArray before = sha256(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

        Result<std::unique_ptr<Document>> opened = Document::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().where.endsWith(QStringLiteral("bad.hectare")), qPrintable(opened.error().text()));
        QVERIFY2(opened.error().message.contains(messageFragment), qPrintable(opened.error().text()));
        QCOMPARE(sha256(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);   // no -wal, -shm or lock left behind
    }

    void secondOpenIsReadOnlyAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.hectare"));
        makeDocument(path);
        Result<std::unique_ptr<Document>> first = Document::open(path);
        QVERIFY(first.ok());
        QVERIFY(!first.value()->isReadOnly());

        Result<std::unique_ptr<Document>> second = Document::open(path);
        QVERIFY(second.ok());
        QVERIFY(second.value()->isReadOnly());
        QVERIFY2(second.value()->readOnlyReason().contains(QStringLiteral("read-only")),
                 qPrintable(second.value()->readOnlyReason()));
        QVERIFY(second.value()->model() == first.value()->model());
        const Status refused = second.value()->change([](SqliteConnection &) { return Status(); });
        QVERIFY(!refused.ok());

        // A change by the writer is seen by a reader that opens afterwards.
        Rack rack = first.value()->model().racks[2];
        rack.state = RackState::Blocked;
        QVERIFY(first.value()->change([&](SqliteConnection &db) { return updateRack(db, rack); }).ok());
        Result<std::unique_ptr<Document>> third = Document::open(path);
        QVERIFY(third.ok());
        QCOMPARE(third.value()->model().racks[2].state, RackState::Blocked);

        first.value().reset();
        second.value().reset();
        third.value().reset();
        Result<std::unique_ptr<Document>> again = Document::open(path);
        QVERIFY(again.ok());
        QVERIFY(!again.value()->isReadOnly());
    }

    void anotherProcessSeesTheFileReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("held.hectare"));
        makeDocument(path);
        Result<std::unique_ptr<Document>> holder = Document::open(path);
        QVERIFY(holder.ok());
        QProcess cli;
        cli.start(QStringLiteral(HECTARE_CLI), {QStringLiteral("info"), path});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("read-only")), qPrintable(err));
        QVERIFY(QString::fromUtf8(cli.readAllStandardOutput()).contains(QStringLiteral("(read-only)")));
    }

    void lockLeftByACrashedProcessIsTakenOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crashed.hectare"));
        makeDocument(path);
        // QLockFile's format: pid, application name, host name. Process 2^22 + 1 cannot exist on Linux.
        writeBytes(path + QStringLiteral(".lock"),
                   QByteArray("4194305\nhectare\n") + QSysInfo::machineHostName().toUtf8() + '\n');
        Result<std::unique_ptr<Document>> opened = Document::open(path);
        QVERIFY(opened.ok());
        QVERIFY2(!opened.value()->isReadOnly(), qPrintable(opened.value()->readOnlyReason()));
    }

    void changeCommitsOneTransaction()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edit.hectare"));
        makeDocument(path);
        {
            Result<std::unique_ptr<Document>> doc = Document::open(path);
            QVERIFY(doc.ok());
            Rack rack = doc.value()->model().racks[1];
            rack.state = RackState::Reserved;
            rack.tenantId = 1;
            // Give the tenant a second rack in its contract, in the same transaction.
            const Status status = doc.value()->change([&](SqliteConnection &db) -> Status {
                Status s = updateRack(db, rack);
                if (!s)
                    return s;
                return db.exec(QStringLiteral("UPDATE contract SET racks = 2 WHERE id = 1"));
            });
            QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().text()));
            QCOMPARE(doc.value()->model().racks[1].state, RackState::Reserved);
        }
        Result<std::unique_ptr<Document>> reopened = Document::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->model().racks[1].state, RackState::Reserved);
        QCOMPARE(reopened.value()->model().contracts[0].racks, 2);
    }

    void invalidChangeKeepsNothing_data()
    {
        QTest::addColumn<QString>("defect");
        QTest::addColumn<QString>("whereFragment");
        QTest::newRow("negative design kW") << "negative-kw" << "R1-03";
        QTest::newRow("tenant over-allocated") << "over-allocated" << "Société Test";
        QTest::newRow("edit reports its own error") << "edit-error" << "rack 99";
    }

    void invalidChangeKeepsNothing()
    {
        QFETCH(QString, defect);
        QFETCH(QString, whereFragment);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edit.hectare"));
        makeDocument(path);
        Result<std::unique_ptr<Document>> doc = Document::open(path);
        QVERIFY(doc.ok());
        const SiteModel before = doc.value()->model();
        Rack rack = before.racks[2];
        if (defect == QLatin1String("negative-kw")) {
            rack.designKw = -2;
        } else if (defect == QLatin1String("over-allocated")) {
            rack.state = RackState::Occupied;
            rack.tenantId = 1;
        } else {
            rack.id = 99;
        }
        const Status status = doc.value()->change([&](SqliteConnection &db) {
            // A first, valid write that must be rolled back with the rest.
            Status s = db.exec(QStringLiteral("UPDATE site SET name = 'changed'"));
            return s ? updateRack(db, rack) : s;
        });
        QVERIFY(!status.ok());
        QVERIFY2(status.error().where.contains(whereFragment), qPrintable(status.error().text()));
        QVERIFY(doc.value()->model() == before);
        doc.value().reset();
        Result<std::unique_ptr<Document>> reopened = Document::open(path);
        QVERIFY(reopened.ok());
        QVERIFY(reopened.value()->model() == before);
    }

    void saveCopyAsWritesACompleteIndependentCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("original.hectare"));
        const QString copyPath = dir.filePath(QStringLiteral("copy.hectare"));
        makeDocument(path);
        Result<std::unique_ptr<Document>> doc = Document::open(path);
        QVERIFY(doc.ok());
        QVERIFY(doc.value()->saveCopyAs(copyPath).ok());
        QVERIFY(!QFile::exists(copyPath + QStringLiteral("-wal")));
        {
            Result<std::unique_ptr<Document>> copy = Document::open(copyPath);
            QVERIFY2(copy.ok(), qPrintable(copy.ok() ? QString() : copy.error().text()));
            QVERIFY(!copy.value()->isReadOnly());
            QVERIFY(copy.value()->model() == doc.value()->model());
        }
        // Saving over an existing copy replaces it.
        Rack rack = doc.value()->model().racks[3];
        rack.state = RackState::Blocked;
        QVERIFY(doc.value()->change([&](SqliteConnection &db) { return updateRack(db, rack); }).ok());
        QVERIFY(doc.value()->saveCopyAs(copyPath).ok());
        Result<std::unique_ptr<Document>> copy = Document::open(copyPath);
        QVERIFY(copy.ok());
        QCOMPARE(copy.value()->model().racks[3].state, RackState::Blocked);
        QVERIFY(!doc.value()->saveCopyAs(path).ok());
    }

    void inMemoryDocumentEditsAndSaves()
    {
        Result<std::unique_ptr<Document>> doc = Document::createInMemory(test::smallSite());
        QVERIFY(doc.ok());
        QVERIFY(doc.value()->path().isEmpty());
        Rack rack = doc.value()->model().racks[3];
        rack.designKw = 7.5;
        QVERIFY(doc.value()->change([&](SqliteConnection &db) { return updateRack(db, rack); }).ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saved.hectare"));
        QVERIFY(doc.value()->saveCopyAs(path).ok());
        Result<std::unique_ptr<Document>> saved = Document::open(path);
        QVERIFY(saved.ok());
        QCOMPARE(saved.value()->model().racks[3].designKw, 7.5);
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
