#pragma once

#include "model/error.h"

#include <QString>

#include <vector>

namespace hectare {

class SqliteConnection;

// One step of the schema: the SQL that takes a document from version − 1 to version.
struct Migration
{
    int version = 0;
    QString sql;
};

// Our own SQLite application_id ("HCTR"), so a foreign SQLite file is never taken for ours.
inline constexpr qint32 kApplicationId = 0x48435452;

// The schema this build writes and reads; equals the last bundled migration's version.
inline constexpr int kSchemaVersion = 7;

// The migrations compiled into the program (core/store/migrations/NNNN_name.sql), in order.
const std::vector<Migration> &bundledMigrations();

// Runs every migration newer than the document's user_version, each in its own transaction
// that also sets user_version, so a failure leaves the document at the last good version.
// Forward only: a document newer than the last migration is refused before this is called.
Status migrate(SqliteConnection &db, const std::vector<Migration> &migrations);

} // namespace hectare
