#include "file_check.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace hectare {
Status checkSqliteFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{path, QCoreApplication::translate("hectare::Document", "does not exist")};
    if (!info.isFile())
        return Error{path, QCoreApplication::translate("hectare::Document", "is not a file")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, QCoreApplication::translate("hectare::Document", "cannot be read: %1").arg(file.errorString())};
    const qint64 size = file.size();
    if (size == 0)
        return Error{path, QCoreApplication::translate("hectare::Document", "is empty: it is not a Hectare document")};
    // The SQLite file format: a 100-byte header starting with this magic string.
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 16 || !header.startsWith(magic))
        return Error{path, QCoreApplication::translate("hectare::Document", "is not a Hectare document: it is not an SQLite database")};
    if (header.size() < 100)
        return Error{path, QCoreApplication::translate("hectare::Document", "is truncated: it ends inside the database header")};
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 versionValidFor = qFromBigEndian<quint32>(bytes + 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return Error{path, QCoreApplication::translate("hectare::Document", "is damaged: its header gives an impossible page size (%1)").arg(pageSize)};
    // The in-header page count is only trustworthy when written by SQLite ≥ 3.7.0 in the
    // same transaction as the change counter (see the file format documentation, §1.3.7).
    if (pageCount > 0 && changeCounter == versionValidFor) {
        const qint64 expected = qint64(pageCount) * pageSize;
        if (size < expected)
            return Error{path, QCoreApplication::translate("hectare::Document", "is truncated: it holds %1 bytes but its header announces %2")
                                   .arg(size)
                                   .arg(expected)};
    }
    if (size % pageSize != 0)
        return Error{path, QCoreApplication::translate("hectare::Document", "is truncated or damaged: its size (%1 bytes) is not a whole number of %2-byte pages")
                               .arg(size)
                               .arg(pageSize)};
    return {};
}

} // namespace hectare
