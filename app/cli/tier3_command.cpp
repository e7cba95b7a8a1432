// hectare-cli tier3: the Tier III check of a document (core/reliability/tier3_site.h) at a load
// basis, in words with the document's names or as JSON. Exit code 0: passes; 1: fails; 2: errors
// (a usage error too, so that 1 always means "fails Tier III").
#include "commands.h"
#include "reliability_basis.h"
#include "tier3_json.h"

#include "reliability/tier3_site.h"
#include "reliability/tier3_text.h"

#include <QJsonDocument>

namespace hectare::cli {
namespace {

using namespace reliability;

constexpr int kFailsTier3 = 1;

void printFindings(QTextStream &out, const QString &title, const std::vector<Tier3Finding> &findings,
                   const Network &network)
{
    if (findings.empty()) {
        out << CliContext::tr("%1: none").arg(title) << '\n';
        return;
    }
    out << CliContext::tr("%1: %2").arg(title).arg(findings.size()) << '\n';
    for (const Tier3Finding &f : findings) {
        out << "  - " << tier3FindingText(f, &network) << '\n';
        for (const Tier3Drop &d : f.drops)
            out << "      " << tier3DropText(d, &network) << '\n';
    }
}

void printReport(QTextStream &out, const SiteModel &model, const SiteTier3 &checked)
{
    const Network &n = checked.site.network;
    const Tier3Report &r = checked.report;
    out << CliContext::tr("%1: Tier III check (concurrent maintainability)").arg(model.site.name) << '\n'
        << basisLine(checked.site) << "\n\n"
        << tier3SummaryText(r.summary) << "\n\n";
    printFindings(out, CliContext::tr("Maintenance violations"), r.violations, n);
    printFindings(out, CliContext::tr("Single-corded exposures (do not fail the check)"), r.singleCorded, n);
    printFindings(out, CliContext::tr("Single points of failure (grid present; informational)"), r.singlePointsOfFailure, n);
    if (r.overloadedGroups.empty()) {
        out << CliContext::tr("Groups short with every unit in: none") << '\n';
    } else {
        out << CliContext::tr("Groups short with every unit in: %1").arg(r.overloadedGroups.size()) << '\n';
        for (const Tier3Shortfall &s : r.overloadedGroups)
            out << "  - " << tier3ShortfallText(s, &n) << '\n';
    }
    out << '\n' << tier3GeneratorText(r.generators, &n) << '\n' << tier3FuelText(r.fuel) << '\n';
}

} // namespace

int runTier3(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Tier III concurrent maintainability: every unit, path and side taken out for maintenance with the "
        "generators as the only source; single points of failure; generators N+1 as the primary source; fuel "
        "at full load. Exit code 0: passes, 1: fails, 2: error."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("A .hectare document (default: the sample site)."),
                                 QStringLiteral("[FILE]"));
    const ReliabilityBasisOptions basisOptions;
    basisOptions.addTo(parser);
    int exitCode = kOk;
    // A usage error exits with 2 here: 1 means the site fails Tier III.
    if (!parseCommandLine(parser, QStringLiteral("tier3"), args, context, exitCode))
        return exitCode == kUsage ? kBadInput : exitCode;
    if (parser.positionalArguments().size() > 1) {
        context.usage(CliContext::tr("tier3 takes at most one FILE"));
        return kBadInput;
    }
    CompileOptions options;
    if (QString problem; !basisOptions.read(parser, options, problem)) {
        context.usage(problem);
        return kBadInput;
    }

    std::unique_ptr<Document> document = context.openDocument(parser.positionalArguments().value(0));
    if (!document)
        return kBadInput;
    const SiteModel &model = document->model();
    const Result<SiteTier3> checked = checkSiteTier3(model, options);
    if (!checked)
        return context.fail(checked.error());

    const int code = checked->report.summary.passed ? kOk : kFailsTier3;
    if (context.json)
        return writeOutput(QString(), QJsonDocument(tier3ToJson(model, checked.value())).toJson(), context) ? code : kBadInput;
    printReport(context.out, model, checked.value());
    return code;
}

} // namespace hectare::cli
