#include "commands.h"
#include "text_table.h"

#include "growth/growth_csv.h"
#include "growth/growth_engine.h"
#include "growth/growth_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>
#include <limits>

namespace hectare::cli {
namespace {

struct GrowthRequest
{
    QStringList scenarioNames;   // one, or two with --compare; empty: the document's first
    GrowthOptions options;
    bool csv = false;
};

int decimalsFor(Resource r) { return r == Resource::Power || r == Resource::Cooling ? 1 : 0; }

QString monthText(const GrowthResult &result, const std::optional<int> &month)
{
    return month ? monthKey(result, *month) : QStringLiteral("–");
}

QString decisionText(const GrowthResult &result, const ResourceOutlook &o)
{
    if (!o.decisionMonth)
        return QStringLiteral("–");
    const QString month = monthKey(result, *o.decisionMonth);
    return o.lateDecision() ? CliContext::tr("%1 (late)").arg(month) : month;
}

QString scopeName(const ScopeOutlook &scope)
{
    return scope.hallId == kNoId ? CliContext::tr("Site") : CliContext::tr("Hall \"%1\"").arg(scope.name);
}

QString percentText(const QLocale &locale, double share) { return locale.toString(share * 100, 'f', 0) + QStringLiteral(" %"); }

void printHeading(QTextStream &out, const QLocale &locale, const QString &siteName, const GrowthResult &result)
{
    out << CliContext::tr("%1: growth scenario \"%2\", %3 to %4 (%5 months)")
               .arg(siteName, result.scenarioName, monthKey(result, 0), monthKey(result, result.months - 1),
                    locale.toString(result.months));
    if (result.runs > 0)
        out << CliContext::tr(", %1 runs, seed %2").arg(locale.toString(result.runs), QString::number(result.seed));
    else
        out << CliContext::tr(", expected values only");
    out << "\n\n";
}

void printLegend(QTextStream &out, const QLocale &locale, const GrowthResult &result)
{
    out << '\n'
        << CliContext::tr("Expected, P10, P50, P90: the month demand first exceeds usable capacity (P10: one run in "
                          "ten has run out by then); –: not within the horizon. Chance: the share of runs that run "
                          "out within the horizon.")
        << '\n'
        << CliContext::tr("Decide by: the month it runs out at %1 risk, less the lead time of the next expansion "
                          "(or the scenario's default).")
               .arg(percentText(locale, result.decisionRisk))
        << '\n';
}

void printOutlook(QTextStream &out, const QLocale &locale, const GrowthResult &result)
{
    using A = TextTable::Align;
    TextTable table;
    table.setHeader({CliContext::tr("Scope"), CliContext::tr("Resource"), CliContext::tr("Unit"),
                     CliContext::tr("Usable now"), CliContext::tr("Expected"), CliContext::tr("P10"),
                     CliContext::tr("P50"), CliContext::tr("P90"), CliContext::tr("Chance"),
                     CliContext::tr("Decide by"), CliContext::tr("Lead (months)")},
                    {A::Left, A::Left, A::Left, A::Right, A::Left, A::Left, A::Left, A::Left, A::Right, A::Left,
                     A::Right});
    std::vector<const ScopeOutlook *> scopes{&result.site};
    for (const ScopeOutlook &hall : result.halls)
        scopes.push_back(&hall);
    for (const ScopeOutlook *scope : scopes)
        for (const ResourceOutlook &o : scope->resources)
            table.addRow({scopeName(*scope), resourceDisplayName(o.resource), resourceUnitName(o.resource),
                          locale.toString(o.capacity.front(), 'f', decimalsFor(o.resource)),
                          monthText(result, o.expectedExhaustion), monthText(result, o.exhaustionP10),
                          monthText(result, o.exhaustionP50), monthText(result, o.exhaustionP90),
                          result.runs > 0 ? percentText(locale, o.exhaustedShare) : QStringLiteral("–"),
                          decisionText(result, o), locale.toString(o.leadTimeMonths)});
    table.print(out);
}

QString triggerText(const SiteModel &model, const GrowthResult &result, const ExpansionOutcome &e)
{
    if (!e.whenNeeded)
        return CliContext::tr("planned");
    if (!e.triggerResource)
        return CliContext::tr("when needed: not needed within the horizon");
    const Hall *hall = model.hall(e.triggerHallId);
    const QString where = hall ? CliContext::tr("hall \"%1\"").arg(hall->name) : CliContext::tr("site");
    return CliContext::tr("when needed: %1 (%2) exhausted in %3")
        .arg(resourceDisplayName(*e.triggerResource), where, monthText(result, e.triggerMonth));
}

void printExpansions(QTextStream &out, const QLocale &locale, const SiteModel &model, const GrowthResult &result)
{
    if (result.expansions.empty())
        return;
    using A = TextTable::Align;
    TextTable table;
    table.setHeader({CliContext::tr("Expansion"), CliContext::tr("Kind"), CliContext::tr("Online"),
                     CliContext::tr("Decide by"), CliContext::tr("Lead (months)"),
                     CliContext::tr("Capex (%1)").arg(model.site.currency), CliContext::tr("Why")},
                    {A::Left, A::Left, A::Left, A::Left, A::Right, A::Right, A::Left});
    for (const ExpansionOutcome &e : result.expansions) {
        QString decision = monthText(result, e.decisionMonth);
        if (e.decisionMonth && *e.decisionMonth < 0)
            decision = CliContext::tr("%1 (late)").arg(decision);
        table.addRow({e.name, displayName(e.kind), monthText(result, e.onlineMonth), decision,
                      locale.toString(e.leadTimeMonths), locale.toString(e.capexXof), triggerText(model, result, e)});
    }
    out << '\n';
    table.print(out);
}

// Two scenarios side by side: A's and B's exhaustion percentiles and decision dates.
void printComparison(QTextStream &out, const QLocale &locale, const SiteModel &model, const GrowthResult &a,
                     const GrowthResult &b)
{
    out << CliContext::tr("%1: scenario A \"%2\" and scenario B \"%3\"").arg(model.site.name, a.scenarioName, b.scenarioName);
    if (a.runs > 0)
        out << CliContext::tr(", %1 runs, seed %2").arg(locale.toString(a.runs), QString::number(a.seed));
    out << "\n\n";
    using A = TextTable::Align;
    TextTable table;
    table.setHeader({CliContext::tr("Scope"), CliContext::tr("Resource"), CliContext::tr("A P10"),
                     CliContext::tr("A P50"), CliContext::tr("A P90"), CliContext::tr("A decide by"),
                     CliContext::tr("B P10"), CliContext::tr("B P50"), CliContext::tr("B P90"),
                     CliContext::tr("B decide by")},
                    {A::Left, A::Left, A::Left, A::Left, A::Left, A::Left, A::Left, A::Left, A::Left, A::Left});
    std::vector<std::pair<const ScopeOutlook *, const ScopeOutlook *>> scopes{{&a.site, &b.site}};
    for (std::size_t h = 0; h < a.halls.size() && h < b.halls.size(); ++h)
        scopes.emplace_back(&a.halls[h], &b.halls[h]);
    for (const auto &[sa, sb] : scopes)
        for (const ResourceOutlook &oa : sa->resources) {
            const ResourceOutlook *ob = sb->resource(oa.resource);
            if (!ob)
                continue;
            table.addRow({scopeName(*sa), resourceDisplayName(oa.resource), monthText(a, oa.exhaustionP10),
                          monthText(a, oa.exhaustionP50), monthText(a, oa.exhaustionP90), decisionText(a, oa),
                          monthText(b, ob->exhaustionP10), monthText(b, ob->exhaustionP50),
                          monthText(b, ob->exhaustionP90), decisionText(b, *ob)});
        }
    table.print(out);
}

// The scenario called `name`, or the document's first, or (for a document without scenarios)
// the contracts alone from this month.
std::optional<Scenario> findScenario(const SiteModel &model, const QString &name, CliContext &context)
{
    if (!name.isEmpty()) {
        if (const Scenario *scenario = model.scenarioByName(name))
            return *scenario;
        context.fail(Error{CliContext::tr("Scenario \"%1\"").arg(name), CliContext::tr("not found in this document")});
        return std::nullopt;
    }
    if (!model.scenarios.empty())
        return model.scenarios.front();
    Scenario contractsOnly;
    contractsOnly.name = CliContext::tr("Contracts only");
    const QDate today = QDate::currentDate();
    contractsOnly.start = QDate(today.year(), today.month(), 1);
    return contractsOnly;
}

bool parseNumber(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 min, qint64 max,
                 qint64 &value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    value = parser.value(option).toLongLong(&ok);
    return ok && value >= min && value <= max;
}

} // namespace

int runGrowth(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "When each hall and the site run out of space, power, cooling and generator capacity under a growth "
        "scenario, with what probability, and by when to decide on the next expansion."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("A .hectare document (default: the sample site)."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                            CliContext::tr("The scenario (default: the document's first)."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption compareOption(QStringLiteral("compare"), CliContext::tr("Two scenarios side by side."),
                                           QStringLiteral("A,B"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        CliContext::tr("Monte Carlo runs (default 10000; 0: expected values only)."),
                                        QStringLiteral("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), CliContext::tr("Random seed (default 1)."),
                                        QStringLiteral("S"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           CliContext::tr("Threads (default: one per core); the result is the same."),
                                           QStringLiteral("T"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), CliContext::tr("The monthly series as CSV."));
    parser.addOptions({scenarioOption, compareOption, runsOption, seedOption, threadsOption, csvOption});
    int exitCode = kOk;
    if (!parseCommandLine(parser, QStringLiteral("growth"), args, context, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() > 1)
        return context.usage(CliContext::tr("growth takes at most one FILE"));

    GrowthRequest request;
    request.csv = parser.isSet(csvOption);
    if (request.csv && context.json)
        return context.usage(CliContext::tr("--json and --csv cannot be combined"));
    qint64 runs = request.options.runs, threads = 0, seed = 1;
    if (!parseNumber(parser, runsOption, 0, 100000, runs))
        return context.usage(CliContext::tr("--runs must be a whole number from 0 to 100000"));
    if (!parseNumber(parser, threadsOption, 0, 1024, threads))
        return context.usage(CliContext::tr("--threads must be a whole number from 0 to 1024"));
    if (!parseNumber(parser, seedOption, 0, std::numeric_limits<qint64>::max(), seed))
        return context.usage(CliContext::tr("--seed must be a whole number of 0 or more"));
    request.options.runs = int(runs);
    request.options.threads = int(threads);
    request.options.seed = quint64(seed);
    if (parser.isSet(compareOption)) {
        if (parser.isSet(scenarioOption))
            return context.usage(CliContext::tr("--compare and --scenario cannot be combined"));
        request.scenarioNames = parser.value(compareOption).split(QLatin1Char(','));
        if (request.scenarioNames.size() != 2 || request.scenarioNames.contains(QString()))
            return context.usage(CliContext::tr("--compare needs two scenario names: --compare A,B"));
    } else {
        request.scenarioNames = {parser.value(scenarioOption)};
    }

    std::unique_ptr<Document> document = context.openDocument(parser.positionalArguments().value(0));
    if (!document)
        return kBadInput;
    const SiteModel &model = document->model();
    std::vector<GrowthResult> results;
    for (const QString &name : request.scenarioNames) {
        const std::optional<Scenario> scenario = findScenario(model, name, context);
        if (!scenario)
            return kBadInput;
        Result<GrowthResult> result = hectare::runGrowth(model, *scenario, request.options);
        if (!result)
            return context.fail(result.error());
        results.push_back(std::move(result.value()));
    }

    if (request.csv) {
        std::vector<const GrowthResult *> pointers;
        for (const GrowthResult &r : results)
            pointers.push_back(&r);
        return writeOutput(QString(), growthCsv(pointers), context) ? kOk : kBadInput;
    }
    if (context.json) {
        QJsonDocument json(growthToJson(results.front()));
        if (results.size() == 2)
            json = QJsonDocument(QJsonObject{
                {QStringLiteral("compare"), QJsonArray{growthToJson(results[0]), growthToJson(results[1])}}});
        return writeOutput(QString(), json.toJson(), context) ? kOk : kBadInput;
    }
    const QLocale locale;
    if (results.size() == 2) {
        printComparison(context.out, locale, model, results[0], results[1]);
        printLegend(context.out, locale, results[0]);
        return kOk;
    }
    printHeading(context.out, locale, model.site.name, results.front());
    printOutlook(context.out, locale, results.front());
    printLegend(context.out, locale, results.front());
    printExpansions(context.out, locale, model, results.front());
    return kOk;
}

} // namespace hectare::cli
