#include "sqlite_connection.h"

#include "statement.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <utility>

namespace hectare {

SqliteConnection::~SqliteConnection() { close(); }

SqliteConnection::SqliteConnection(SqliteConnection &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

SqliteConnection &SqliteConnection::operator=(SqliteConnection &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

void SqliteConnection::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<SqliteConnection> SqliteConnection::open(const QString &path, Mode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return Error{path, QCoreApplication::translate("hectare::Document", "cannot be opened: %1").arg(reason)};
    }
    sqlite3_extended_result_codes(db, 1);
    // Another connection (our own read-only check, another instance) may hold a lock briefly.
    sqlite3_busy_timeout(db, 2000);
    return SqliteConnection(db);
}

Status SqliteConnection::exec(const QString &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        Error error{QString(), QString::fromUtf8(message ? message : sqlite3_errmsg(m_db))};
        sqlite3_free(message);
        return error;
    }
    return {};
}

Statement SqliteConnection::prepare(const QString &sql) { return Statement(m_db, sql); }

Result<QString> SqliteConnection::queryText(const QString &sql)
{
    Statement statement = prepare(sql);
    if (!statement.isValid())
        return Error{QString(), lastErrorMessage()};
    const Statement::StepResult step = statement.step();
    if (step == Statement::StepResult::Error)
        return Error{QString(), lastErrorMessage()};
    return step == Statement::StepResult::Row ? statement.columnText(0) : QString();
}

Result<qint64> SqliteConnection::queryInt(const QString &sql)
{
    Statement statement = prepare(sql);
    if (!statement.isValid())
        return Error{QString(), lastErrorMessage()};
    const Statement::StepResult step = statement.step();
    if (step == Statement::StepResult::Error)
        return Error{QString(), lastErrorMessage()};
    return step == Statement::StepResult::Row ? statement.columnInt64(0) : qint64(0);
}

QString SqliteConnection::libraryVersion() { return QString::fromLatin1(sqlite3_libversion()); }

QString SqliteConnection::lastErrorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

} // namespace hectare
