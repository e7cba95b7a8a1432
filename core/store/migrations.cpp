#include "migrations.h"

#include "sqlite_connection.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace hectare {

const std::vector<Migration> &bundledMigrations()
{
    static const std::vector<Migration> migrations = [] {
        std::vector<Migration> list;
        static const QRegularExpression numbered(QStringLiteral("^(\\d{4})_.*\\.sql$"));
        const QDir dir(QStringLiteral(":/store/migrations"));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            const QRegularExpressionMatch match = numbered.match(name);
            if (!match.hasMatch())
                continue;
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                list.push_back({match.captured(1).toInt(), QString::fromUtf8(file.readAll())});
        }
        std::sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return list;
    }();
    return migrations;
}

Status migrate(SqliteConnection &db, const std::vector<Migration> &migrations)
{
    const Result<qint64> current = db.queryInt(QStringLiteral("PRAGMA user_version"));
    if (!current)
        return current.error();
    for (const Migration &migration : migrations) {
        if (migration.version <= current.value())
            continue;
        Transaction transaction(db);
        if (!transaction.beginStatus())
            return transaction.beginStatus();
        Status status = db.exec(migration.sql);
        if (status) {
            if (migration.version == 1)   // a new document: stamp it as ours in the same step
                status = db.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        }
        if (status)
            status = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        if (status)
            status = transaction.commit();
        if (!status)
            return Error{QString(), QCoreApplication::translate("hectare::Document",
                                                                "upgrade to schema version %1 failed: %2")
                                        .arg(migration.version)
                                        .arg(status.error().message)};
    }
    return {};
}

} // namespace hectare
