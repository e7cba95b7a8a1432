#pragma once

#include "model/ids.h"

#include <QDate>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace hectare {

// A prepared statement with bound parameters; finalized on destruction.
// Parameters are 1-based as in SQLite; columns 0-based.
class Statement
{
public:
    enum class StepResult { Row, Done, Error };

    Statement(sqlite3 *db, const QString &sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bindNull(int index);
    // kNoId is stored as NULL so foreign keys stay meaningful.
    Statement &bindId(int index, Id id);
    // An invalid date is stored as NULL, a valid one as ISO 8601 text.
    Statement &bindDate(int index, const QDate &date);

    StepResult step();
    // step() until Done; false on error.
    bool run();
    void reset();

    bool isNull(int column) const;
    qint64 columnInt64(int column) const;
    int columnInt(int column) const { return int(columnInt64(column)); }
    double columnDouble(int column) const;
    QString columnText(int column) const;
    Id columnId(int column) const { return isNull(column) ? kNoId : columnInt64(column); }
    QDate columnDate(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace hectare
