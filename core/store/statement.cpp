#include "statement.h"

#include <sqlite3.h>

#include <utility>

namespace hectare {

Statement::Statement(sqlite3 *db, const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement::Statement(Statement &&other) noexcept : m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindId(int index, Id id) { return id == kNoId ? bindNull(index) : bind(index, qint64(id)); }

Statement &Statement::bindDate(int index, const QDate &date)
{
    return date.isValid() ? bind(index, date.toString(Qt::ISODate)) : bindNull(index);
}

Statement::StepResult Statement::step()
{
    if (!m_stmt)
        return StepResult::Error;
    switch (sqlite3_step(m_stmt)) {
    case SQLITE_ROW: return StepResult::Row;
    case SQLITE_DONE: return StepResult::Done;
    default: return StepResult::Error;
    }
}

bool Statement::run()
{
    StepResult result;
    while ((result = step()) == StepResult::Row) {
    }
    return result == StepResult::Done;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
qint64 Statement::columnInt64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::columnDouble(int column) const { return sqlite3_column_double(m_stmt, column); }

QString Statement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QDate Statement::columnDate(int column) const
{
    return isNull(column) ? QDate() : QDate::fromString(columnText(column), Qt::ISODate);
}

} // namespace hectare
