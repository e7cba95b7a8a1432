#pragma once

#include "migrations.h"
#include "model/error.h"
#include "model/site_model.h"
#include "sqlite_connection.h"

#include <QString>

#include <functional>
#include <memory>

class QLockFile;

namespace hectare {

// An open .hectare file: one SQLite database holding one site.
//
// Edits are durable at once: change() runs one edit in one transaction, validates the
// result and commits, or rolls back and reports why. There is no unsaved state.
// A second program opening the same file gets it read-only (a lock file beside the
// document says who holds it; a lock left by a crashed process is taken over).
class Document
{
public:
    ~Document();
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;

    // Opens an existing document. Refuses, leaving the file byte-for-byte untouched, a file
    // that is missing, empty, not SQLite, not ours, newer than this build, truncated or
    // damaged. An older document is upgraded by `migrations` (each step one transaction).
    static Result<std::unique_ptr<Document>> open(const QString &path,
                                                  const std::vector<Migration> &migrations = bundledMigrations());

    // Writes a new document holding `model` (which must validate) and opens it. Refuses to
    // replace an existing file. The file appears complete or not at all.
    static Result<std::unique_ptr<Document>> create(const QString &path, const SiteModel &model);

    // A document that lives in memory only (the bundled sample before "Save As").
    static Result<std::unique_ptr<Document>> createInMemory(const SiteModel &model);

    QString path() const { return m_path; }   // empty for an in-memory document
    bool isReadOnly() const { return m_readOnly; }
    // Why the document is read-only, for the status bar; empty when it is writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return m_schemaVersion; }

    const SiteModel &model() const { return m_model; }

    // Runs `edit` in one transaction. The edited model is read back and validated inside the
    // transaction; on any error nothing is kept and the error is returned.
    using Edit = std::function<Status(SqliteConnection &db)>;
    Status change(const Edit &edit);

    // Copies the document, as it is now, to `path` with the SQLite backup API. The copy is
    // written beside the target and renamed into place, so a failure leaves no half file.
    Status saveCopyAs(const QString &path);

private:
    Document() = default;
    static Result<std::unique_ptr<Document>> finishOpen(std::unique_ptr<Document> document);

    QString m_path;
    SqliteConnection m_db;
    std::unique_ptr<QLockFile> m_lock;
    SiteModel m_model;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_schemaVersion = 0;
};

} // namespace hectare
