#pragma once

#include "model/error.h"

#include <QString>

struct sqlite3;

namespace hectare {

class Statement;

// Owns one sqlite3 connection and closes it. The C API stays visible to store/ only.
class SqliteConnection
{
public:
    enum class Mode { ReadOnly, ReadWrite, ReadWriteCreate };

    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(SqliteConnection &&other) noexcept;
    SqliteConnection &operator=(SqliteConnection &&other) noexcept;
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // `path` may be ":memory:" for a private in-memory database.
    static Result<SqliteConnection> open(const QString &path, Mode mode);

    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    // Runs SQL without parameters (schema scripts, pragmas). Never pass user text here.
    Status exec(const QString &sql);
    Statement prepare(const QString &sql);
    // The value of a pragma or any single-value query, as text ("" when there is no row).
    Result<QString> queryText(const QString &sql);
    Result<qint64> queryInt(const QString &sql);

    QString lastErrorMessage() const;
    void close();

    // The SQLite library's version, for the About box.
    static QString libraryVersion();

private:
    explicit SqliteConnection(sqlite3 *db) : m_db(db) {}
    sqlite3 *m_db = nullptr;
};

} // namespace hectare
