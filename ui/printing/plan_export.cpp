#include "plan_export.h"

#include "plan_sheet.h"
#include "sheet_ink.h"
#include "sheet_layout.h"

#include "dxf/dxf_export.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSvgGenerator>

#include <cmath>

namespace hectare::ui {
namespace {

constexpr int kPdfDpi = 1200;
constexpr int kSvgDpi = 254;   // 10 device units per millimetre; the painter is scaled back to millimetres
constexpr int kMaxPngPixels = 400'000'000;   // ≈ 1.6 GB of pixels: beyond that, ask for fewer dots per inch

Error fileError(const QString &path, const QString &reason)
{
    return Error{path, PlanSheetText::tr("cannot be written: %1").arg(reason)};
}

QPageLayout pageLayout(const PlanSheetOptions &options)
{
    return QPageLayout(QPageSize(pageSizeId(options.paper)), options.orientation, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Millimeter);
}

QString documentTitle(const SiteModel &model, Id hallId)
{
    const Hall *hall = model.hall(hallId);
    return PlanSheetText::tr("%1, %2: floor plan").arg(model.site.name, hall ? hall->name : QString());
}

} // namespace

std::optional<PlanFileFormat> planFileFormat(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return PlanFileFormat::Pdf;
    if (suffix == QLatin1String("svg"))
        return PlanFileFormat::Svg;
    if (suffix == QLatin1String("png"))
        return PlanFileFormat::Png;
    if (suffix == QLatin1String("dxf"))
        return PlanFileFormat::Dxf;
    return std::nullopt;
}

QStringList sheetFilePaths(const QString &path, int sheetCount)
{
    if (sheetCount <= 1)
        return {path};
    const QFileInfo info(path);
    const QString suffix = info.suffix();
    const QString stem = suffix.isEmpty() ? path : path.left(path.size() - suffix.size() - 1);
    QStringList paths;
    for (int i = 1; i <= sheetCount; ++i)
        paths << QStringLiteral("%1-%2.%3").arg(stem).arg(i).arg(suffix);
    return paths;
}

Result<int> exportPlanPdf(const QString &path, const SiteModel &model, Id hallId, QDate asOf,
                          const PlanSheetOptions &options)
{
    Result<SheetLayout> layout = sheetLayoutFor(model, hallId, options);
    if (!layout)
        return layout.error();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fileError(path, file.errorString());
    QPdfWriter writer(&file);
    writer.setResolution(kPdfDpi);
    writer.setPageLayout(pageLayout(options));
    writer.setTitle(documentTitle(model, hallId));
    writer.setCreator(QStringLiteral("Hectare %1").arg(QStringLiteral(HECTARE_VERSION)));
    QPainter painter;
    if (!painter.begin(&writer))
        return fileError(path, PlanSheetText::tr("the PDF could not be started"));
    for (int sheet = 0; sheet < layout->sheetCount(); ++sheet) {
        if (sheet > 0)
            writer.newPage();
        drawPlanSheet(painter, model, hallId, asOf, options, layout.value(), sheet);
    }
    painter.end();
    if (file.error() != QFileDevice::NoError)
        return fileError(path, file.errorString());
    return layout->sheetCount();
}

Result<QStringList> exportPlanSvg(const QString &path, const SiteModel &model, Id hallId, QDate asOf,
                                  const PlanSheetOptions &options)
{
    Result<SheetLayout> layout = sheetLayoutFor(model, hallId, options);
    if (!layout)
        return layout.error();
    const QStringList paths = sheetFilePaths(path, layout->sheetCount());
    const QSizeF pageMm = layout->pageMm;
    for (int sheet = 0; sheet < layout->sheetCount(); ++sheet) {
        QFile file(paths[sheet]);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fileError(paths[sheet], file.errorString());
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setResolution(kSvgDpi);
        generator.setSize(QSize(int(std::lround(pageMm.width() * kSvgDpi / 25.4)),
                                int(std::lround(pageMm.height() * kSvgDpi / 25.4))));
        generator.setViewBox(QRectF(QPointF(0, 0), pageMm));
        generator.setTitle(documentTitle(model, hallId));
        generator.setDescription(PlanSheetText::tr("Sheet %1 of %2").arg(sheet + 1).arg(layout->sheetCount()));
        QPainter painter;
        if (!painter.begin(&generator))
            return fileError(paths[sheet], PlanSheetText::tr("the SVG could not be started"));
        // drawPlanSheet scales by the generator's resolution; undo it so that SVG units are millimetres.
        painter.scale(25.4 / kSvgDpi, 25.4 / kSvgDpi);
        drawPlanSheet(painter, model, hallId, asOf, options, layout.value(), sheet);
        painter.end();
        if (file.error() != QFileDevice::NoError)
            return fileError(paths[sheet], file.errorString());
    }
    return paths;
}

Result<QStringList> exportPlanPng(const QString &path, int dpi, const SiteModel &model, Id hallId, QDate asOf,
                                  const PlanSheetOptions &options)
{
    Result<SheetLayout> layout = sheetLayoutFor(model, hallId, options);
    if (!layout)
        return layout.error();
    const QSize size(int(std::lround(layout->pageMm.width() * dpi / 25.4)),
                     int(std::lround(layout->pageMm.height() * dpi / 25.4)));
    if (dpi < 10 || double(size.width()) * size.height() > kMaxPngPixels)
        return Error{path, PlanSheetText::tr("%1 dots per inch on %2 is more than a PNG can hold here; use fewer")
                               .arg(dpi)
                               .arg(paperName(options.paper))};
    const QStringList paths = sheetFilePaths(path, layout->sheetCount());
    for (int sheet = 0; sheet < layout->sheetCount(); ++sheet) {
        QFile file(paths[sheet]);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fileError(paths[sheet], file.errorString());
        QImage image(size, QImage::Format_RGB32);
        image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
        image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
        image.fill(Qt::white);
        QPainter painter(&image);
        drawPlanSheet(painter, model, hallId, asOf, options, layout.value(), sheet);
        painter.end();
        if (!image.save(&file, "PNG"))
            return fileError(paths[sheet], file.errorString());
    }
    return paths;
}

Result<QStringList> exportPlanFile(const QString &path, const SiteModel &model, Id hallId, QDate asOf,
                                   const PlanSheetOptions &options, int pngDpi)
{
    const std::optional<PlanFileFormat> format = planFileFormat(path);
    if (!format)
        return Error{path, PlanSheetText::tr("unknown format: the name must end in .pdf, .svg, .png or .dxf")};
    switch (*format) {
    case PlanFileFormat::Pdf: {
        Result<int> sheets = exportPlanPdf(path, model, hallId, asOf, options);
        if (!sheets)
            return sheets.error();
        return QStringList{path};
    }
    case PlanFileFormat::Svg: return exportPlanSvg(path, model, hallId, asOf, options);
    case PlanFileFormat::Png: return exportPlanPng(path, pngDpi, model, hallId, asOf, options);
    case PlanFileFormat::Dxf: {
        // A CAD drawing of the whole hall in millimetres: the sheet options do not apply.
        const Status written = exportHallDxf(model, hallId, path);
        if (!written)
            return written.error();
        return QStringList{path};
    }
    }
    return QStringList{};
}

void applyPageLayout(QPrinter &printer, const PlanSheetOptions &options)
{
    printer.setFullPage(true);
    printer.setPageLayout(pageLayout(options));
}

Status printPlan(QPrinter *printer, const SiteModel &model, Id hallId, QDate asOf, const PlanSheetOptions &options)
{
    Result<SheetLayout> layout = sheetLayoutFor(model, hallId, options);
    if (!layout)
        return layout.error();
    printer->setFullPage(true);
    QPainter painter;
    if (!painter.begin(printer))
        return Error{printer->printerName(), PlanSheetText::tr("the printer could not be started")};
    for (int sheet = 0; sheet < layout->sheetCount(); ++sheet) {
        if (sheet > 0)
            printer->newPage();
        drawPlanSheet(painter, model, hallId, asOf, options, layout.value(), sheet);
    }
    painter.end();
    return {};
}

} // namespace hectare::ui
