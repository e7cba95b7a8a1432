#include "document.h"

#include "file_check.h"
#include "model/model_validation.h"
#include "model_reader.h"
#include "model_writer.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <filesystem>

namespace hectare {
namespace {

// Checks what makes a file ours and readable, through a read-only connection so that a
// file we refuse is never written to.
Status checkDocument(const QString &path, const std::vector<Migration> &migrations, int &schemaVersion)
{
    Status status = checkSqliteFile(path);
    if (!status)
        return status;
    Result<SqliteConnection> db = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
    if (!db)
        return db.error();
    const Result<qint64> applicationId = db->queryInt(QStringLiteral("PRAGMA application_id"));
    if (!applicationId)
        return Error{path, QCoreApplication::translate("hectare::Document", "cannot be read: %1")
                               .arg(applicationId.error().message)};
    if (applicationId.value() != kApplicationId)
        return Error{path, QCoreApplication::translate("hectare::Document",
                                                       "is not a Hectare document: it is an SQLite database of "
                                                       "another program")};
    const qint64 version = db->queryInt(QStringLiteral("PRAGMA user_version")).value();
    const int newest = migrations.empty() ? 0 : migrations.back().version;
    if (version > newest)
        return Error{path, QCoreApplication::translate("hectare::Document",
                                                       "was saved by a newer version of Hectare (document schema %1; "
                                                       "this version reads up to schema %2)")
                               .arg(version)
                               .arg(newest)};
    if (version < 1)
        return Error{path, QCoreApplication::translate("hectare::Document",
                                                       "is damaged: it has no schema version")};
    const Result<QString> integrity = db->queryText(QStringLiteral("PRAGMA integrity_check(1)"));
    if (!integrity)
        return Error{path, QCoreApplication::translate("hectare::Document", "is damaged: %1")
                               .arg(integrity.error().message)};
    if (integrity.value() != QLatin1String("ok"))
        return Error{path, QCoreApplication::translate("hectare::Document", "is damaged (integrity check: %1)")
                               .arg(integrity.value())};
    schemaVersion = int(version);
    return {};
}

QString lockPath(const QString &path) { return path + QStringLiteral(".lock"); }

QString heldByText(QLockFile &lock)
{
    qint64 pid = 0;
    QString host, application;
    if (lock.getLockInfo(&pid, &host, &application))
        return QCoreApplication::translate("hectare::Document",
                                           "open for writing in another program (%1, process %2 on %3): "
                                           "opened read-only")
            .arg(application.isEmpty() ? QStringLiteral("?") : application)
            .arg(pid)
            .arg(host);
    return QCoreApplication::translate("hectare::Document", "open for writing in another program: opened read-only");
}

Status configureWritable(SqliteConnection &db)
{
    // WAL: readers never block the writer and a crash mid-write leaves the last commit intact.
    // synchronous=FULL: a commit survives a power cut, not only a program crash.
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"}) {
        Status status = db.exec(QString::fromLatin1(pragma));
        if (!status)
            return status;
    }
    return {};
}

} // namespace

Document::~Document()
{
    m_db.close();   // closes the last connection: SQLite checkpoints and removes the -wal file
    if (m_lock)
        m_lock->unlock();
}

Result<std::unique_ptr<Document>> Document::open(const QString &path, const std::vector<Migration> &migrations)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    int version = 0;
    Status status = checkDocument(absolute, migrations, version);
    if (!status)
        return status.error();

    std::unique_ptr<Document> document(new Document);
    document->m_path = absolute;
    document->m_lock = std::make_unique<QLockFile>(lockPath(absolute));
    document->m_lock->setStaleLockTime(0);   // held for as long as the document is open; staleness = dead process
    const bool locked = document->m_lock->tryLock(0);
    if (!locked) {
        document->m_readOnly = true;
        document->m_readOnlyReason = document->m_lock->error() == QLockFile::LockFailedError
            ? heldByText(*document->m_lock)
            : QCoreApplication::translate("hectare::Document", "the folder is not writable: opened read-only");
        document->m_lock.reset();
    } else if (!QFileInfo(absolute).isWritable()) {
        document->m_readOnly = true;
        document->m_readOnlyReason = QCoreApplication::translate("hectare::Document",
                                                                 "the file is write-protected: opened read-only");
    }

    Result<SqliteConnection> db = SqliteConnection::open(
        absolute, document->m_readOnly ? SqliteConnection::Mode::ReadOnly : SqliteConnection::Mode::ReadWrite);
    if (!db)
        return db.error();
    document->m_db = std::move(db.value());

    const int newest = migrations.back().version;
    if (document->m_readOnly && version < newest)
        return Error{absolute, QCoreApplication::translate("hectare::Document",
                                                           "needs an upgrade to schema %1 but is %2; close it "
                                                           "there and open it again")
                                   .arg(newest)
                                   .arg(document->m_readOnlyReason)};
    if (!document->m_readOnly) {
        status = configureWritable(document->m_db);
        if (status)
            status = migrate(document->m_db, migrations);
        if (!status)
            return Error{absolute, status.error().message};
    }
    document->m_schemaVersion = newest;
    return finishOpen(std::move(document));
}

Result<std::unique_ptr<Document>> Document::finishOpen(std::unique_ptr<Document> document)
{
    Result<SiteModel> model = readModel(document->m_db);
    if (!model)
        return Error{document->m_path, QCoreApplication::translate("hectare::Document", "cannot be read: %1")
                                           .arg(model.error().text())};
    document->m_model = std::move(model.value());
    return document;
}

Result<std::unique_ptr<Document>> Document::create(const QString &path, const SiteModel &model)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute))
        return Error{absolute, QCoreApplication::translate("hectare::Document", "already exists")};
    const std::vector<Error> errors = validateModel(model, 1);
    if (!errors.empty())
        return errors.front();

    // Build the file under a temporary name in the same folder, then rename it into place.
    QTemporaryFile temporary(absolute + QStringLiteral(".XXXXXX.part"));
    if (!temporary.open())
        return Error{absolute, QCoreApplication::translate("hectare::Document", "cannot be written: %1")
                                   .arg(temporary.errorString())};
    temporary.close();
    {
        Result<SqliteConnection> db = SqliteConnection::open(temporary.fileName(),
                                                             SqliteConnection::Mode::ReadWrite);
        if (!db)
            return Error{absolute, db.error().message};
        Status status = db->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (status)
            status = migrate(db.value(), bundledMigrations());
        if (status) {
            Transaction transaction(db.value());
            status = transaction.beginStatus();
            if (status)
                status = insertModel(db.value(), model);
            if (status)
                status = transaction.commit();
        }
        if (!status)
            return Error{absolute, QCoreApplication::translate("hectare::Document", "cannot be written: %1")
                                       .arg(status.error().text())};
    }
    if (!QFile::rename(temporary.fileName(), absolute))
        return Error{absolute, QCoreApplication::translate("hectare::Document", "cannot be written")};
    temporary.setAutoRemove(false);
    return open(absolute);
}

Result<std::unique_ptr<Document>> Document::createInMemory(const SiteModel &model)
{
    const std::vector<Error> errors = validateModel(model, 1);
    if (!errors.empty())
        return errors.front();
    std::unique_ptr<Document> document(new Document);
    Result<SqliteConnection> db = SqliteConnection::open(QStringLiteral(":memory:"),
                                                         SqliteConnection::Mode::ReadWriteCreate);
    if (!db)
        return db.error();
    document->m_db = std::move(db.value());
    Status status = document->m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (status)
        status = migrate(document->m_db, bundledMigrations());
    if (status) {
        Transaction transaction(document->m_db);
        status = transaction.beginStatus();
        if (status)
            status = insertModel(document->m_db, model);
        if (status)
            status = transaction.commit();
    }
    if (!status)
        return status.error();
    document->m_schemaVersion = kSchemaVersion;
    return finishOpen(std::move(document));
}

Status Document::change(const Edit &edit)
{
    if (m_readOnly)
        return Error{m_path, QCoreApplication::translate("hectare::Document", "is read-only: %1")
                                 .arg(m_readOnlyReason)};
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return Error{m_path, QCoreApplication::translate("hectare::Document", "cannot be changed now: %1")
                                 .arg(transaction.beginStatus().error().message)};
    Status status = edit(m_db);
    if (!status)
        return status;
    Result<SiteModel> edited = readModel(m_db);
    if (!edited)
        return edited.error();
    const std::vector<Error> errors = validateModel(edited.value(), 1);
    if (!errors.empty())
        return errors.front();
    status = transaction.commit();
    if (!status)
        return Error{m_path, QCoreApplication::translate("hectare::Document", "the change could not be saved: %1")
                                 .arg(status.error().message)};
    m_model = std::move(edited.value());
    return {};
}

Status Document::saveCopyAs(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == m_path)
        return Error{absolute, QCoreApplication::translate("hectare::Document", "is this document itself")};
    QTemporaryFile temporary(absolute + QStringLiteral(".XXXXXX.part"));
    if (!temporary.open())
        return Error{absolute, QCoreApplication::translate("hectare::Document", "cannot be written: %1")
                                   .arg(temporary.errorString())};
    temporary.close();
    {
        Result<SqliteConnection> target = SqliteConnection::open(temporary.fileName(),
                                                                 SqliteConnection::Mode::ReadWrite);
        if (!target)
            return Error{absolute, target.error().message};
        sqlite3_backup *backup = sqlite3_backup_init(target->handle(), "main", m_db.handle(), "main");
        if (!backup)
            return Error{absolute, QCoreApplication::translate("hectare::Document", "cannot be written: %1")
                                       .arg(target->lastErrorMessage())};
        const int stepResult = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (stepResult != SQLITE_DONE)
            return Error{absolute, QCoreApplication::translate("hectare::Document", "cannot be written: %1")
                                       .arg(QString::fromUtf8(sqlite3_errstr(stepResult)))};
        // The copy takes the source's journal mode; a copy at rest is a single file.
        target->exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    // rename(2) replaces an existing target atomically: the old copy stays whole until then.
    std::error_code renameError;
    std::filesystem::rename(temporary.fileName().toStdString(), absolute.toStdString(), renameError);
    if (renameError)
        return Error{absolute, QCoreApplication::translate("hectare::Document", "cannot be written: %1")
                                   .arg(QString::fromStdString(renameError.message()))};
    temporary.setAutoRemove(false);
    return {};
}

} // namespace hectare
