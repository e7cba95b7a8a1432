#include "transaction.h"

#include "sqlite_connection.h"

namespace hectare {

Transaction::Transaction(SqliteConnection &connection) : m_connection(connection)
{
    m_begin = m_connection.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_open = m_begin.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        m_connection.exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begin.ok() ? Status(Error{QString(), QStringLiteral("transaction already finished")}) : m_begin;
    Status status = m_connection.exec(QStringLiteral("COMMIT"));
    if (status.ok())
        m_open = false;
    return status;
}

} // namespace hectare
