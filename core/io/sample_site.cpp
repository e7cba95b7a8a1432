#include "sample_site.h"

#include "model_json.h"

#include <QCoreApplication>
#include <QFile>

namespace hectare {

Result<SiteModel> sampleSiteModel()
{
    QFile file(QStringLiteral(":/data/sample-site.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{file.fileName(), QCoreApplication::translate("hectare::Document", "cannot be read: %1")
                                          .arg(file.errorString())};
    return importModelJson(file.readAll());
}

} // namespace hectare
