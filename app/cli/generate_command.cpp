#include "commands.h"

#include "io/synthetic_site.h"

#include <QFileInfo>

namespace hectare::cli {
namespace {

bool positiveInt(const QString &text, int &value)
{
    bool ok = false;
    value = text.toInt(&ok);
    return ok && value > 0;
}

} // namespace

int runGenerate(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Writes a synthetic site for tests and benchmarks."));
    parser.addPositionalArgument(QStringLiteral("OUT.hectare"), CliContext::tr("The document to create."));
    const QCommandLineOption hallsOption(QStringLiteral("halls"), CliContext::tr("Number of halls (default 10)."),
                                         QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption racksOption(QStringLiteral("racks-per-hall"),
                                         CliContext::tr("Rack positions per hall (default 1000)."), QStringLiteral("N"),
                                         QStringLiteral("1000"));
    const QCommandLineOption tenantsOption(QStringLiteral("tenants"), CliContext::tr("Number of tenants (default 2000)."),
                                           QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), CliContext::tr("Random seed (default 1)."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption forceOption(QStringLiteral("force"), CliContext::tr("Replace OUT.hectare if it exists."));
    parser.addOptions({hallsOption, racksOption, tenantsOption, seedOption, forceOption});
    int exitCode = kOk;
    if (!parseCommandLine(parser, QStringLiteral("generate"), args, context, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.usage(CliContext::tr("generate needs OUT.hectare"));

    SyntheticSiteSpec spec;
    bool seedOk = false;
    spec.seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!positiveInt(parser.value(hallsOption), spec.halls))
        return context.usage(CliContext::tr("--halls must be a whole number greater than 0"));
    if (!positiveInt(parser.value(racksOption), spec.racksPerHall))
        return context.usage(CliContext::tr("--racks-per-hall must be a whole number greater than 0"));
    if (!positiveInt(parser.value(tenantsOption), spec.tenants))
        return context.usage(CliContext::tr("--tenants must be a whole number greater than 0"));
    if (!seedOk)
        return context.usage(CliContext::tr("--seed must be a whole number"));

    const QString output = parser.positionalArguments().first();
    if (QFileInfo::exists(output)) {
        if (!parser.isSet(forceOption))
            return context.fail(Error{output, CliContext::tr("already exists (use --force to replace it)")});
        QFile::remove(output);
    }
    const SiteModel model = generateSyntheticSite(spec);
    Result<std::unique_ptr<Document>> created = Document::create(output, model);
    if (!created)
        return context.fail(created.error());
    if (!context.json)
        context.out << CliContext::tr("Created %1: %2 halls, %3 rack positions, %4 tenants.")
                           .arg(output)
                           .arg(model.halls.size())
                           .arg(model.racks.size())
                           .arg(model.tenants.size())
                    << '\n';
    return kOk;
}

} // namespace hectare::cli
