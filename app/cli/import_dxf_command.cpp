#include "commands.h"
#include "text_table.h"

#include "dxf/dxf_import.h"
#include "dxf/dxf_import_change.h"
#include "model/geometry.h"
#include "model/layout_change.h"
#include "model/model_validation.h"
#include "store/layout_writer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace hectare::cli {
namespace {

// The document refused the change (it would leave the hall invalid): nothing was written.
constexpr int kRefused = 1;

// "A-WALL=outline,A-COLS=column" → layer → role. Returns the offending part on error.
bool parseLayerRoles(const QString &text, std::map<QString, DxfLayerRole> &roles, QString &bad)
{
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = part.lastIndexOf(QLatin1Char('='));
        const QString layer = part.left(equals).trimmed();
        const std::optional<DxfLayerRole> role =
            equals > 0 ? dxfLayerRoleFromKey(part.mid(equals + 1).trimmed()) : std::nullopt;
        if (layer.isEmpty() || !role) {
            bad = part;
            return false;
        }
        roles[layer] = *role;
    }
    return !roles.empty();
}

QString number(double value, int decimals) { return QLocale().toString(value, 'f', decimals); }

QString entitySummary(const std::map<QString, int> &entities)
{
    QStringList parts;
    for (const auto &[type, count] : entities)
        parts << QStringLiteral("%1 %2").arg(type).arg(count);
    return parts.join(QStringLiteral(", "));
}

int listLayers(const QString &dxfPath, CliContext &context)
{
    const Result<std::vector<DxfLayerInfo>> layers = readDxfLayers(dxfPath);
    if (!layers)
        return context.fail(layers.error());
    if (context.json) {
        QJsonArray array;
        for (const DxfLayerInfo &layer : layers.value()) {
            QJsonObject entities;
            for (const auto &[type, count] : layer.entities)
                entities.insert(type, count);
            array.append(QJsonObject{{QStringLiteral("name"), layer.name},
                                     {QStringLiteral("usable"), layer.usable},
                                     {QStringLiteral("labels"), layer.labels},
                                     {QStringLiteral("unusable"), layer.unusable},
                                     {QStringLiteral("entities"), entities}});
        }
        return writeOutput(QString(), QJsonDocument(QJsonObject{{QStringLiteral("layers"), array}}).toJson(), context)
                   ? kOk
                   : kBadInput;
    }
    TextTable table;
    using A = TextTable::Align;
    table.setHeader({CliContext::tr("Layer"), CliContext::tr("Usable"), CliContext::tr("Texts"),
                     CliContext::tr("Unusable"), CliContext::tr("Entities")},
                    {A::Left, A::Right, A::Right, A::Right, A::Left});
    for (const DxfLayerInfo &layer : layers.value())
        table.addRow({layer.name, QString::number(layer.usable), QString::number(layer.labels),
                      QString::number(layer.unusable), entitySummary(layer.entities)});
    table.print(context.out);
    return kOk;
}

QJsonObject importJson(const Hall &hall, const QString &dxfPath, const DxfHallImport &import,
                       const std::vector<Obstacle> &written, int removed)
{
    QJsonValue outline;
    if (!import.outline.empty()) {
        QJsonArray points;
        for (const PointM &p : import.outline)
            points.append(QJsonArray{p.x, p.y});
        outline = QJsonObject{{QStringLiteral("layer"), import.outlineLayer},
                              {QStringLiteral("points"), points},
                              {QStringLiteral("areaM2"), polygonAreaM2(import.outline)}};
    }
    QJsonArray obstacles;
    for (size_t i = 0; i < written.size(); ++i) {
        const Obstacle &o = written[i];
        obstacles.append(QJsonObject{{QStringLiteral("name"), o.name},
                                     {QStringLiteral("kind"), toKey(o.kind)},
                                     {QStringLiteral("layer"), import.obstacleLayers[i]},
                                     {QStringLiteral("centre"), QJsonArray{o.centre.x, o.centre.y}},
                                     {QStringLiteral("widthM"), o.widthM},
                                     {QStringLiteral("depthM"), o.depthM},
                                     {QStringLiteral("rotationDeg"), o.rotationDeg}});
    }
    QJsonArray skipped;
    for (const DxfSkipped &s : import.skipped)
        skipped.append(QJsonObject{{QStringLiteral("layer"), s.layer},
                                   {QStringLiteral("entity"), s.entityType},
                                   {QStringLiteral("count"), s.count},
                                   {QStringLiteral("reason"), s.reason}});
    return QJsonObject{{QStringLiteral("hall"), hall.name},
                       {QStringLiteral("file"), dxfPath},
                       {QStringLiteral("metresPerUnit"), import.metresPerUnit},
                       {QStringLiteral("unitsFromFile"), import.unitsFromFile},
                       {QStringLiteral("outline"), outline},
                       {QStringLiteral("obstacles"), obstacles},
                       {QStringLiteral("removedObstacles"), removed},
                       {QStringLiteral("wallsFromLines"), import.wallsFromLines},
                       {QStringLiteral("skipped"), skipped}};
}

void printImport(const Hall &hall, const QString &dxfPath, const DxfHallImport &import,
                 const std::vector<Obstacle> &written, int removed, QTextStream &out)
{
    const QString units = import.metresPerUnit == 1 ? CliContext::tr("metres")
                          : import.metresPerUnit == 0.001 ? CliContext::tr("millimetres")
                                                          : CliContext::tr("%1 m per unit").arg(import.metresPerUnit);
    out << CliContext::tr("Imported %1 into hall \"%2\" (drawing units: %3%4).")
               .arg(QFileInfo(dxfPath).fileName(), hall.name, units,
                    import.unitsFromFile ? CliContext::tr(", as the file says") : QString())
        << '\n';
    if (!import.outline.empty())
        out << CliContext::tr("Outline from layer \"%1\": %2 corners, %3 m² (was %4 m²).")
                   .arg(import.outlineLayer)
                   .arg(import.outline.size())
                   .arg(number(polygonAreaM2(import.outline), 2), number(polygonAreaM2(hall.outline), 2))
            << '\n';
    out << CliContext::tr("Obstacles: %1 imported, %2 replaced.").arg(written.size()).arg(removed) << '\n';
    if (!written.empty()) {
        TextTable table;
        using A = TextTable::Align;
        table.setHeader({CliContext::tr("Name"), CliContext::tr("Kind"), CliContext::tr("Layer"), CliContext::tr("x (m)"),
                         CliContext::tr("y (m)"), CliContext::tr("Width (m)"), CliContext::tr("Depth (m)"),
                         CliContext::tr("Rotation (°)")},
                        {A::Left, A::Left, A::Left, A::Right, A::Right, A::Right, A::Right, A::Right});
        for (size_t i = 0; i < written.size(); ++i) {
            const Obstacle &o = written[i];
            table.addRow({o.name, displayName(o.kind), import.obstacleLayers[i], number(o.centre.x, 3),
                          number(o.centre.y, 3), number(o.widthM, 3), number(o.depthM, 3), number(o.rotationDeg, 1)});
        }
        table.print(out);
    }
    if (import.wallsFromLines > 0)
        out << CliContext::tr("%n wall(s) were single lines: each was given a thickness of %1 m.", nullptr,
                              import.wallsFromLines)
                   .arg(number(kDxfWallThicknessM, 2))
            << '\n';
    if (import.skipped.empty()) {
        out << CliContext::tr("Nothing on the chosen layers was skipped.") << '\n';
        return;
    }
    out << CliContext::tr("Skipped (not imported):") << '\n';
    TextTable table;
    using A = TextTable::Align;
    table.setHeader({CliContext::tr("Layer"), CliContext::tr("Entity"), CliContext::tr("Count"), CliContext::tr("Why")},
                    {A::Left, A::Left, A::Right, A::Left});
    for (const DxfSkipped &s : import.skipped)
        table.addRow({s.layer, s.entityType, QString::number(s.count), s.reason});
    table.print(out);
}

} // namespace

int runImportDxf(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Imports a hall's outline and obstacles from an architect's DXF drawing into FILE. Say which layers hold "
        "what with --layers; the drawing's coordinates are taken as the hall's. The new outline replaces the "
        "hall's; the imported obstacles replace the hall's obstacles of the same kinds. Everything on the chosen "
        "layers that cannot be read (arcs, splines, hatches, open polylines …) is listed. The document refuses "
        "the whole import if racks would end up outside the new outline (exit code 1; the file is unchanged)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("The .hectare document to change."));
    parser.addPositionalArgument(QStringLiteral("IN.dxf"), CliContext::tr("The drawing."));
    const QCommandLineOption hallOption(QStringLiteral("hall"), CliContext::tr("The hall to import into."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption layersOption(
        QStringLiteral("layers"),
        CliContext::tr("LAYER=ROLE[,LAYER=ROLE…] where ROLE is %1.").arg(dxfLayerRoleKeys().join(QStringLiteral("|"))),
        QStringLiteral("LIST"));
    const QCommandLineOption unitsOption(QStringLiteral("units"),
                                         CliContext::tr("mm or m: the drawing's units (default: as the file says in "
                                                        "$INSUNITS)."),
                                         QStringLiteral("mm|m"));
    const QCommandLineOption listOption(QStringLiteral("list-layers"),
                                        CliContext::tr("Only list the drawing's layers and what is on them "
                                                       "(then FILE is not needed)."));
    parser.addOptions({hallOption, layersOption, unitsOption, listOption});
    int exitCode = kOk;
    if (!parseCommandLine(parser, QStringLiteral("import-dxf"), args, context, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(listOption)) {
        if (positional.isEmpty() || positional.size() > 2)
            return context.usage(CliContext::tr("import-dxf --list-layers needs IN.dxf"));
        return listLayers(positional.last(), context);
    }
    if (positional.size() != 2)
        return context.usage(CliContext::tr("import-dxf needs FILE and IN.dxf"));
    const QString dxfPath = positional[1];

    DxfImportOptions options;
    QString bad;
    if (!parser.isSet(layersOption) || !parseLayerRoles(parser.value(layersOption), options.layers, bad))
        return context.usage(CliContext::tr("--layers needs LAYER=ROLE pairs, ROLE one of %1%2")
                                 .arg(dxfLayerRoleKeys().join(QStringLiteral(", ")),
                                      bad.isEmpty() ? QString() : CliContext::tr(" (not \"%1\")").arg(bad)));
    if (parser.isSet(unitsOption)) {
        const QString units = parser.value(unitsOption).toLower();
        if (units == QLatin1String("mm"))
            options.metresPerUnit = 0.001;
        else if (units == QLatin1String("m"))
            options.metresPerUnit = 1.0;
        else
            return context.usage(CliContext::tr("--units must be mm or m"));
    }

    std::unique_ptr<Document> document = context.openDocument(positional[0]);
    if (!document)
        return kBadInput;
    if (document->isReadOnly())
        return context.fail(Error{document->path(), CliContext::tr("is read-only: %1").arg(document->readOnlyReason())});
    const SiteModel &model = document->model();
    QString hallName = parser.value(hallOption);
    if (hallName.isEmpty() && model.halls.size() == 1)
        hallName = model.halls.front().name;
    if (hallName.isEmpty())
        return context.usage(CliContext::tr("import-dxf needs --hall NAME"));
    const Hall *hall = model.hallByName(hallName);
    if (!hall)
        return context.fail(Error{CliContext::tr("Hall \"%1\"").arg(hallName), CliContext::tr("not found in this site")});

    const Result<DxfHallImport> import = readHallDxf(dxfPath, options);
    if (!import)
        return context.fail(import.error());
    const LayoutChange change = dxfImportChange(model, hall->id, import.value());
    const Hall hallBefore = *hall;

    // Validate in memory first so that every object in the way is named, not only the first.
    SiteModel preview = model;
    applyTo(preview, change);
    const std::vector<Error> errors = validateModel(preview, 20);
    if (!errors.empty()) {
        for (const Error &error : errors)
            context.fail(error);
        context.err << CliContext::tr("Nothing was imported: the document refuses this change.") << Qt::endl;
        return kRefused;
    }
    const Status applied = document->change([&](SqliteConnection &db) { return applyLayoutChange(db, change); });
    if (!applied) {
        context.fail(applied.error());
        context.err << CliContext::tr("Nothing was imported: the document refuses this change.") << Qt::endl;
        return kRefused;
    }

    const int removed = int(change.removedObstacles.size());
    if (context.json)
        return writeOutput(QString(), QJsonDocument(importJson(hallBefore, dxfPath, import.value(), change.obstacles, removed)).toJson(),
                           context)
                   ? kOk
                   : kBadInput;
    printImport(hallBefore, dxfPath, import.value(), change.obstacles, removed, context.out);
    return kOk;
}

} // namespace hectare::cli
