#include "layout_writer.h"

#include "sqlite_connection.h"
#include "statement.h"
#include "table_columns.h"

namespace hectare {
namespace {

// Deleting an id that is not (or no longer) in the file is not an error: removing a row has
// already taken its racks with it (ON DELETE CASCADE) when the change lists them too.
Status deleteIds(SqliteConnection &db, const QString &table, const QString &what, const std::vector<Id> &ids)
{
    if (ids.empty())
        return {};
    Statement statement = db.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(table));
    if (!statement.isValid())
        return writeError(db, what);
    for (Id id : ids) {
        statement.reset();
        statement.bind(1, qint64(id));
        if (!statement.run())
            return writeError(db, what + QStringLiteral(" ") + QString::number(id));
    }
    return {};
}

// Halls are only ever changed by a layout edit (outline, tile…), never created: an unknown id fails.
Status updateHalls(SqliteConnection &db, const std::vector<Hall> &halls)
{
    if (halls.empty())
        return {};
    const TableColumns<Hall> &columns = hallColumns();
    Statement statement = db.prepare(updateSql(columns));
    if (!statement.isValid())
        return writeError(db, columns.what);
    for (const Hall &hall : halls) {
        statement.reset();
        columns.bind(statement, hall);
        Status status = runOne(db, statement, columns.what + QStringLiteral(" ") + QString::number(hall.id));
        if (!status)
            return status;
    }
    return {};
}

template<typename T>
Status upsertAll(SqliteConnection &db, const std::vector<T> &items, const TableColumns<T> &columns)
{
    return writeAll(db, upsertSql(columns), items, columns);
}

} // namespace

Status applyLayoutChange(SqliteConnection &db, const LayoutChange &change)
{
    // Children before parents when deleting, parents before children when writing.
    Status status = deleteIds(db, cageColumns().table, cageColumns().what, change.removedCages);
    if (status)
        status = deleteIds(db, obstacleColumns().table, obstacleColumns().what, change.removedObstacles);
    if (status)
        status = deleteIds(db, rackColumns().table, rackColumns().what, change.removedRacks);
    if (status)
        status = deleteIds(db, rowColumns().table, rowColumns().what, change.removedRows);
    if (status)
        status = updateHalls(db, change.halls);
    if (status)
        status = upsertAll(db, change.rows, rowColumns());
    if (status)
        status = upsertAll(db, change.racks, rackColumns());
    if (status)
        status = upsertAll(db, change.obstacles, obstacleColumns());
    if (status)
        status = upsertAll(db, change.cages, cageColumns());
    return status;
}

} // namespace hectare
