// hectare-cli: the headless face of Hectare. Parses the command line and hands over to
// the command, which calls the same core functions as the desktop window.
#include "commands.h"

#include "language.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

using namespace hectare::cli;

namespace {

QString generalHelp()
{
    return CliContext::tr(
        "Usage: hectare-cli [--json] COMMAND [options]\n"
        "\n"
        "Capacity planning for colocation data centres. FILE is a .hectare document; without\n"
        "FILE the bundled sample site is used.\n"
        "\n"
        "Commands:\n"
        "  info [FILE]                              the site, its halls and its plant\n"
        "  capacity [FILE] [--hall NAME]            space, power, cooling, weight and generator budgets\n"
        "  export-json [FILE] [-o OUT.json]         the whole model as JSON (standard output by default)\n"
        "  import-json IN.json OUT.hectare [--force] a new document from JSON\n"
        "  export-csv [FILE] --table racks|tenants [-o OUT.csv]\n"
        "  generate [--halls N] [--racks-per-hall N] [--tenants N] [--seed S] OUT.hectare\n"
        "                                           a synthetic large site for tests and benchmarks\n"
        "  growth [FILE] [--scenario NAME | --compare A,B] [--runs N] [--seed S] [--threads T] [--csv]\n"
        "                                           when halls and site run out, and by when to decide\n"
        "  floorplan [FILE] --hall NAME [--paper A4..A0] [--orientation landscape|portrait] [--scale N|fit]\n"
        "            [--layers grid,labels,dimensions,tenants,density,clearances] -o OUT.pdf|svg|png|dxf\n"
        "                                           the hall's plan to scale on paper sheets, or as a DXF drawing\n"
        "  import-dxf FILE --hall NAME --layers LAYER=ROLE[,…] [--units mm|m] IN.dxf\n"
        "                                           a hall's outline and obstacles from an architect's drawing\n"
        "  import-dxf --list-layers IN.dxf          the drawing's layers and what is on them\n"
        "  quote [FILE] --customer NAME --racks N --kw KW [--term MONTHS] [--ab] [--start DATE] [--cage M2]\n"
        "        [--fibre N] [--copper N] [--remote-hands H] [--reserve] [-o OUT.pdf|csv]\n"
        "                                           a priced quote placed against the forecast, PDF in --lang\n"
        "  reservations [FILE]                      the positions and kW that quotes hold, with expiry\n"
        "  scenario [FILE] --name NAME [--basis contracted|design] [--today DATE]\n"
        "                                           replay a stored failure scenario: who loses power or cooling\n"
        "  scenario [FILE] --list                   the document's failure scenarios\n"
        "  tier3 [FILE] [--basis contracted|design] [--today DATE]\n"
        "                                           Tier III: maintenance violations, single points of failure,\n"
        "                                           generators N+1, fuel at full load (exit code 1: fails)\n"
        "  availability [FILE] [--years N] [--seed S] [--threads T] [--basis contracted|design] [--today DATE]\n"
        "                                           availability per tenant, hall and site against Tier III\n"
        "\n"
        "Options:\n"
        "  --json       machine-readable output\n"
        "  --lang fr|en language of messages and number format (default: the system's)\n"
        "  -h, --help   help (also after a command)\n"
        "  --version    the version\n"
        "\n"
        "Exit codes: 0 ok, 1 usage error or (import-dxf) a change the document refuses, 2 bad file or input\n"
        "(the message is on standard error); tier3: 0 passes, 1 fails Tier III, 2 any error.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application = createCliApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("hectare-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HECTARE_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext context{out, err, false, {}};

    QStringList args = app.arguments().mid(1);
    // --lang may stand anywhere; it is taken out before the command parses its options.
    QString lang;
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    if (langAt >= 0) {
        lang = args.value(langAt + 1);
        args.remove(langAt, std::min<qsizetype>(2, args.size() - langAt));
        if (lang != QLatin1String("fr") && lang != QLatin1String("en"))
            return context.usage(QStringLiteral("--lang must be fr or en"));
    }
    hectare::installTranslations(app, lang);
    context.language = lang;
    // Global options may come before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--json")) {
            context.json = true;
        } else if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            out << generalHelp();
            return kOk;
        } else if (option == QLatin1String("--version")) {
            out << "hectare-cli " << HECTARE_VERSION << '\n';
            return kOk;
        } else {
            return context.usage(CliContext::tr("unknown option %1").arg(option));
        }
    }
    if (args.isEmpty()) {
        err << generalHelp();
        return kUsage;
    }

    const std::map<QString, std::function<int(const QStringList &, CliContext &)>> commands{
        {QStringLiteral("info"), runInfo},
        {QStringLiteral("capacity"), runCapacity},
        {QStringLiteral("export-json"), runExportJson},
        {QStringLiteral("import-json"), runImportJson},
        {QStringLiteral("export-csv"), runExportCsv},
        {QStringLiteral("generate"), runGenerate},
        {QStringLiteral("growth"), runGrowth},
        {QStringLiteral("floorplan"), runFloorplan},
        {QStringLiteral("import-dxf"), runImportDxf},
        {QStringLiteral("quote"), runQuote},
        {QStringLiteral("reservations"), runReservations},
        {QStringLiteral("scenario"), runScenario},
        {QStringLiteral("tier3"), runTier3},
        {QStringLiteral("availability"), runAvailability},
    };
    const QString command = args.takeFirst();
    const auto it = commands.find(command);
    if (it == commands.end())
        return context.usage(CliContext::tr("unknown command \"%1\"").arg(command));
    const int code = it->second(args, context);
    out.flush();
    return code;
}
