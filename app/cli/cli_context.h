#pragma once

#include "model/error.h"
#include "model/site_model.h"
#include "store/document.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace hectare::cli {

// Exit codes of hectare-cli (documented in --help and README).
enum ExitCode { kOk = 0, kUsage = 1, kBadInput = 2 };

// What every command needs: where to write, and how to open the document it is about.
struct CliContext
{
    Q_DECLARE_TR_FUNCTIONS(hectare::Cli)
public:
    QTextStream &out;
    QTextStream &err;
    bool json = false;   // --json: machine-readable output
    QString language;    // --lang: "fr", "en", or empty (the system's)

    // Opens FILE, or the bundled sample site when `path` is empty. On failure prints the
    // error on stderr and returns null.
    std::unique_ptr<Document> openDocument(const QString &path) const;

    int fail(const Error &error) const;            // prints to stderr, returns kBadInput
    int usage(const QString &message) const;       // prints to stderr, returns kUsage
};

} // namespace hectare::cli
