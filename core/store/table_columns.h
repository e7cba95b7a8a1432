#pragma once

// Private to core/store: the columns of the layout tables (hall, hall_row, rack, hall_obstacle,
// cage) and of the price book's items (price_item) and how an object binds them, written once and shared by insertModel() (model_writer.cpp),
// the single-object writes and applyLayoutChange() (layout_writer.cpp); and the small helpers
// that run such writes and word their errors.

#include "model/error.h"
#include "model/site_model.h"
#include "sqlite_connection.h"
#include "statement.h"

#include <QStringList>

#include <vector>

namespace hectare {

// One table's columns in bind order: the id is ?1, `columns` are ?2, ?3, …
template<typename T>
struct TableColumns
{
    QString table;                          // SQL name
    QString what;                           // for messages: "rack 12 could not be written"
    QStringList columns;                    // after id
    void (*bind)(Statement &, const T &);   // binds ?1 (the id) and every column
};

const TableColumns<Hall> &hallColumns();
const TableColumns<Row> &rowColumns();
const TableColumns<Rack> &rackColumns();
const TableColumns<Obstacle> &obstacleColumns();
const TableColumns<Cage> &cageColumns();
const TableColumns<PriceItem> &priceItemColumns();

// SQL for one object: a new row; a new row or, when the id exists, the same row updated in place
// (INSERT … ON CONFLICT(id) DO UPDATE: unlike INSERT OR REPLACE it deletes nothing, so a row's
// racks stay); an update of an existing row.
QString insertSql(const QString &table, const QStringList &columns);
QString upsertSql(const QString &table, const QStringList &columns);
QString updateSql(const QString &table, const QStringList &columns);

template<typename T>
QString insertSql(const TableColumns<T> &t) { return insertSql(t.table, t.columns); }
template<typename T>
QString upsertSql(const TableColumns<T> &t) { return upsertSql(t.table, t.columns); }
template<typename T>
QString updateSql(const TableColumns<T> &t) { return updateSql(t.table, t.columns); }

// `what` (a table and id) could not be written, with SQLite's reason.
Error writeError(SqliteConnection &db, const QString &what);

// Runs a single-row statement and checks that it touched exactly one row ("does not exist" if not).
Status runOne(SqliteConnection &db, Statement &statement, const QString &what);

// Prepares `sql` once, then binds and runs it for each item; stops at the first failure.
template<typename T, typename Bind>
Status writeAll(SqliteConnection &db, const QString &sql, const std::vector<T> &items, const QString &what,
                Bind bindRow)
{
    if (items.empty())
        return {};
    Statement statement = db.prepare(sql);
    if (!statement.isValid())
        return writeError(db, what);
    for (const T &item : items) {
        statement.reset();
        bindRow(statement, item);
        if (!statement.run())
            return writeError(db, what + QStringLiteral(" ") + QString::number(item.id));
    }
    return {};
}

template<typename T>
Status writeAll(SqliteConnection &db, const QString &sql, const std::vector<T> &items, const TableColumns<T> &t)
{
    return writeAll(db, sql, items, t.what, t.bind);
}

} // namespace hectare
