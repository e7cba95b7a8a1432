#include "growth_export.h"

#include "growth_chart.h"

#include "growth/growth_csv.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace hectare::ui {
namespace {

constexpr int kImageWidth = 1200;
constexpr int kImageHeight = 700;

Error fileError(const QString &path, const QString &reason)
{
    return Error {path,
                  QCoreApplication::translate("hectare::ui::GrowthExport", "could not be written: %1").arg(reason)};
}

} // namespace

Status writeGrowthCsv(const QString &path, const std::vector<const GrowthResult *> &results)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(path, file.errorString());
    const QByteArray csv = growthCsv(results);
    if (file.write(csv) != csv.size() || !file.commit())
        return fileError(path, file.errorString());
    return {};
}

Status saveChartImage(const GrowthChart &chart, const QString &path)
{
    const bool pdf = path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
    const bool saved = pdf ? chart.savePdf(path, kImageWidth, kImageHeight)
                           : chart.savePng(path, kImageWidth, kImageHeight);
    if (!saved)
        return fileError(path,
                         QCoreApplication::translate("hectare::ui::GrowthExport", "the chart could not be saved"));
    return {};
}

} // namespace hectare::ui
