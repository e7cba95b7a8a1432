#include "commands.h"

#include "io/csv_export.h"

namespace hectare::cli {

int runExportCsv(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Writes the rack or tenant table as CSV."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("A .hectare document (default: the sample site)."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption tableOption(QStringLiteral("table"), CliContext::tr("racks or tenants."),
                                         QStringLiteral("TABLE"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          CliContext::tr("Write to OUT.csv instead of standard output."),
                                          QStringLiteral("OUT.csv"));
    parser.addOption(tableOption);
    parser.addOption(outputOption);
    int exitCode = kOk;
    if (!parseCommandLine(parser, QStringLiteral("export-csv"), args, context, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() > 1)
        return context.usage(CliContext::tr("export-csv takes at most one FILE"));
    const QString table = parser.value(tableOption);
    if (table != QLatin1String("racks") && table != QLatin1String("tenants"))
        return context.usage(CliContext::tr("--table must be racks or tenants"));
    std::unique_ptr<Document> document = context.openDocument(parser.positionalArguments().value(0));
    if (!document)
        return kBadInput;
    const QByteArray csv = table == QLatin1String("racks") ? racksCsv(document->model())
                                                           : tenantsCsv(document->model());
    return writeOutput(parser.value(outputOption), csv, context) ? kOk : kBadInput;
}

} // namespace hectare::cli
