#include "cli_context.h"

#include "io/sample_site.h"

namespace hectare::cli {

std::unique_ptr<Document> CliContext::openDocument(const QString &path) const
{
    if (path.isEmpty()) {
        Result<SiteModel> sample = sampleSiteModel();
        if (!sample) {
            fail(sample.error());
            return nullptr;
        }
        Result<std::unique_ptr<Document>> document = Document::createInMemory(sample.value());
        if (!document) {
            fail(document.error());
            return nullptr;
        }
        return std::move(document.value());
    }
    Result<std::unique_ptr<Document>> document = Document::open(path);
    if (!document) {
        fail(document.error());
        return nullptr;
    }
    if (document.value()->isReadOnly())
        err << tr("Note: %1 is %2.").arg(path, document.value()->readOnlyReason()) << Qt::endl;
    return std::move(document.value());
}

int CliContext::fail(const Error &error) const
{
    err << tr("hectare-cli: %1").arg(error.text()) << Qt::endl;
    return kBadInput;
}

int CliContext::usage(const QString &message) const
{
    err << tr("hectare-cli: %1").arg(message) << Qt::endl
        << tr("Run \"hectare-cli --help\" for usage.") << Qt::endl;
    return kUsage;
}

} // namespace hectare::cli
