#include "commands.h"

#include "dxf/dxf_export.h"
#include "printing/plan_export.h"
#include "printing/sheet_layout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hectare::cli {
namespace {

using ui::PlanSheetOptions;
using ui::SheetLayer;
using ui::SheetLayers;

// "grid,labels" → the layers; "all" and "none" too. Returns false on an unknown name.
bool parseLayers(const QString &text, SheetLayers &layers, QString &unknown)
{
    layers = {};
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.trimmed();
        if (key.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            continue;
        if (key.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
            for (const QString &k : ui::sheetLayerKeys())
                layers |= *ui::sheetLayerFromKey(k);
            continue;
        }
        const std::optional<SheetLayer> layer = ui::sheetLayerFromKey(key);
        if (!layer) {
            unknown = key;
            return false;
        }
        layers |= *layer;
    }
    return true;
}

// "100", "1:100" or "fit" (0).
std::optional<int> parseScale(QString text)
{
    if (text.compare(QLatin1String("fit"), Qt::CaseInsensitive) == 0)
        return 0;
    if (text.startsWith(QLatin1String("1:")))
        text = text.mid(2);
    bool ok = false;
    const int denominator = text.toInt(&ok);
    if (!ok || denominator < 1 || denominator > 100000)
        return std::nullopt;
    return denominator;
}

// The whole hall as a CAD drawing: no paper, so no sheets, scale or title block.
int writeDxf(const SiteModel &model, const Hall &hall, const QString &output, CliContext &context)
{
    const Status written = exportHallDxf(model, hall.id, output);
    if (!written)
        return context.fail(written.error());
    if (context.json) {
        const QJsonObject root{{QStringLiteral("hall"), hall.name},
                               {QStringLiteral("format"), QStringLiteral("dxf")},
                               {QStringLiteral("files"), QJsonArray{output}}};
        return writeOutput(QString(), QJsonDocument(root).toJson(), context) ? kOk : kBadInput;
    }
    context.out << CliContext::tr("Hall \"%1\" as a DXF drawing in millimetres").arg(hall.name) << '\n'
                << CliContext::tr("Wrote %1").arg(output) << '\n';
    return kOk;
}

} // namespace

int runFloorplan(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Draws a hall's floor plan to scale on paper sheets: PDF (one page per sheet), SVG or PNG "
                       "(one file per sheet: name-1.svg, name-2.svg, …). A hall larger than the sheet at the "
                       "scale is tiled with overlap, assembly marks and a key sheet."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("A .hectare document (default: the sample site)."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption hallOption(QStringLiteral("hall"), CliContext::tr("The hall to draw."), QStringLiteral("NAME"));
    const QCommandLineOption paperOption(QStringLiteral("paper"), CliContext::tr("A4, A3, A2, A1 or A0 (default A3)."),
                                         QStringLiteral("SIZE"), QStringLiteral("A3"));
    const QCommandLineOption orientationOption(QStringLiteral("orientation"),
                                               CliContext::tr("landscape or portrait (default landscape)."),
                                               QStringLiteral("ORIENTATION"), QStringLiteral("landscape"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         CliContext::tr("1:N as N (20, 50, 100, 200 …) or fit: the largest standard "
                                                        "scale at which the hall fits one sheet (default 50)."),
                                         QStringLiteral("N|fit"), QStringLiteral("50"));
    const QCommandLineOption layersOption(
        QStringLiteral("layers"),
        CliContext::tr("Comma-separated: grid, labels, dimensions, tenants, density, clearances; all or none "
                       "(default grid,labels,dimensions)."),
        QStringLiteral("LIST"), QStringLiteral("grid,labels,dimensions"));
    const QCommandLineOption grayOption(QStringLiteral("grayscale"), CliContext::tr("Grey levels instead of colours."));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        CliContext::tr("The hall as on this date (YYYY-MM-DD; default today)."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption titleOption(QStringLiteral("title"), CliContext::tr("Drawing title."), QStringLiteral("TEXT"));
    const QCommandLineOption companyOption(QStringLiteral("company"), CliContext::tr("Company in the title block."),
                                           QStringLiteral("TEXT"));
    const QCommandLineOption authorOption(QStringLiteral("author"), CliContext::tr("Author in the title block."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption revisionOption(QStringLiteral("revision"), CliContext::tr("Revision in the title block."),
                                            QStringLiteral("TEXT"));
    const QCommandLineOption dpiOption(QStringLiteral("dpi"), CliContext::tr("PNG resolution (default 150)."),
                                       QStringLiteral("DPI"), QStringLiteral("150"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          CliContext::tr("OUT.pdf, OUT.svg, OUT.png or OUT.dxf. A DXF drawing holds the "
                                                         "whole hall in millimetres, one layer per kind of object, "
                                                         "for CAD programs: paper, orientation, scale, layers, "
                                                         "grayscale, date, title block and dpi do not apply to it."),
                                          QStringLiteral("OUT"));
    parser.addOptions({hallOption, paperOption, orientationOption, scaleOption, layersOption, grayOption, dateOption,
                       titleOption, companyOption, authorOption, revisionOption, dpiOption, outputOption});
    int exitCode = kOk;
    if (!parseCommandLine(parser, QStringLiteral("floorplan"), args, context, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() > 1)
        return context.usage(CliContext::tr("floorplan takes at most one FILE"));

    PlanSheetOptions options;
    const std::optional<ui::PaperSize> paper = ui::paperFromName(parser.value(paperOption));
    if (!paper)
        return context.usage(CliContext::tr("--paper must be A4, A3, A2, A1 or A0"));
    options.paper = *paper;
    const QString orientation = parser.value(orientationOption).toLower();
    if (orientation != QLatin1String("landscape") && orientation != QLatin1String("portrait"))
        return context.usage(CliContext::tr("--orientation must be landscape or portrait"));
    options.orientation = orientation == QLatin1String("portrait") ? QPageLayout::Portrait : QPageLayout::Landscape;
    const std::optional<int> scale = parseScale(parser.value(scaleOption));
    if (!scale)
        return context.usage(CliContext::tr("--scale must be a whole number like 50 (for 1:50) or fit"));
    options.scaleDenominator = *scale;
    QString unknownLayer;
    if (!parseLayers(parser.value(layersOption), options.layers, unknownLayer))
        return context.usage(CliContext::tr("unknown layer \"%1\" (known: %2)")
                                 .arg(unknownLayer, ui::sheetLayerKeys().join(QStringLiteral(", "))));
    options.grayscale = parser.isSet(grayOption);
    QDate asOf = QDate::currentDate();
    if (parser.isSet(dateOption)) {
        asOf = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!asOf.isValid())
            return context.usage(CliContext::tr("--date must be a date like 2026-11-25"));
    }
    options.title.drawingTitle = parser.value(titleOption);
    options.title.company = parser.value(companyOption);
    options.title.author = parser.value(authorOption);
    options.title.revision = parser.value(revisionOption);
    bool dpiOk = false;
    const int dpi = parser.value(dpiOption).toInt(&dpiOk);
    if (!dpiOk || dpi < 10 || dpi > 2400)
        return context.usage(CliContext::tr("--dpi must be a whole number from 10 to 2400"));
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return context.usage(CliContext::tr("floorplan needs -o OUT.pdf, OUT.svg, OUT.png or OUT.dxf"));
    const std::optional<ui::PlanFileFormat> format = ui::planFileFormat(output);
    if (!format)
        return context.usage(CliContext::tr("-o must end in .pdf, .svg, .png or .dxf"));

    std::unique_ptr<Document> document = context.openDocument(parser.positionalArguments().value(0));
    if (!document)
        return kBadInput;
    const SiteModel &model = document->model();
    QString hallName = parser.value(hallOption);
    if (hallName.isEmpty() && model.halls.size() == 1)
        hallName = model.halls.front().name;
    if (hallName.isEmpty())
        return context.usage(CliContext::tr("floorplan needs --hall NAME"));
    const Hall *hall = model.hallByName(hallName);
    if (!hall)
        return context.fail(Error{CliContext::tr("Hall \"%1\"").arg(hallName), CliContext::tr("not found in this site")});

    if (*format == ui::PlanFileFormat::Dxf)
        return writeDxf(model, *hall, output, context);

    const Result<ui::SheetLayout> layout = ui::sheetLayoutFor(model, hall->id, options);
    if (!layout)
        return context.fail(layout.error());
    const Result<QStringList> files = ui::exportPlanFile(output, model, hall->id, asOf, options, dpi);
    if (!files)
        return context.fail(files.error());

    const QString scaleName = ui::scaleText(layout->scaleDenominator);
    if (context.json) {
        const QJsonObject root{{QStringLiteral("hall"), hall->name},
                               {QStringLiteral("paper"), ui::paperName(options.paper)},
                               {QStringLiteral("orientation"), orientation},
                               {QStringLiteral("scale"), layout->scaleDenominator},
                               {QStringLiteral("fitted"), layout->fitted},
                               {QStringLiteral("sheets"), layout->sheetCount()},
                               {QStringLiteral("columns"), layout->columns},
                               {QStringLiteral("rows"), layout->rows},
                               {QStringLiteral("files"), QJsonArray::fromStringList(files.value())}};
        return writeOutput(QString(), QJsonDocument(root).toJson(), context) ? kOk : kBadInput;
    }
    const QString paperText = options.orientation == QPageLayout::Landscape
                                  ? CliContext::tr("%1 landscape").arg(ui::paperName(options.paper))
                                  : CliContext::tr("%1 portrait").arg(ui::paperName(options.paper));
    context.out << CliContext::tr("Hall \"%1\" at %2 on %3: %4 sheet(s)")
                       .arg(hall->name, scaleName, paperText)
                       .arg(layout->sheetCount());
    if (layout->hasKeySheet())
        context.out << CliContext::tr(" (key sheet and %1 × %2 tiles)").arg(layout->columns).arg(layout->rows);
    context.out << '\n';
    for (const QString &file : files.value())
        context.out << CliContext::tr("Wrote %1").arg(file) << '\n';
    return kOk;
}

} // namespace hectare::cli
