#pragma once

#include "model/error.h"

namespace hectare {

class SqliteConnection;

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() succeeded.
// IMMEDIATE takes the write lock up front, so a second writer waits or fails before it
// has changed anything rather than at COMMIT.
class Transaction
{
public:
    explicit Transaction(SqliteConnection &connection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &beginStatus() const { return m_begin; }
    Status commit();

private:
    SqliteConnection &m_connection;
    Status m_begin;
    bool m_open = false;
};

} // namespace hectare
