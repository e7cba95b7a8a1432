// hectare-cli availability: the availability Monte Carlo on a document (core/reliability/
// site_availability.h), per tenant, per hall and for the site, against Tier III's 99.982 %, with the
// components ranked by the downtime they cause. The figures do not depend on --threads.
#include "commands.h"
#include "reliability_basis.h"
#include "text_table.h"

#include "reliability/downtime_histogram.h"
#include "reliability/site_availability.h"
#include "reliability/topology_compile.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QThread>

#include <algorithm>
#include <limits>

namespace hectare::cli {
namespace {

using namespace reliability;

constexpr int kImportanceShown = 10;

QString key(const char *text) { return QString::fromLatin1(text); }

QString kindName(AvailabilityRow::Kind kind)
{
    switch (kind) {
    case AvailabilityRow::Kind::Tenant: return CliContext::tr("Tenant");
    case AvailabilityRow::Kind::Hall: return CliContext::tr("Hall");
    case AvailabilityRow::Kind::Site: return CliContext::tr("Site");
    }
    return {};
}

QString kindKey(AvailabilityRow::Kind kind)
{
    switch (kind) {
    case AvailabilityRow::Kind::Tenant: return QStringLiteral("tenant");
    case AvailabilityRow::Kind::Hall: return QStringLiteral("hall");
    case AvailabilityRow::Kind::Site: return QStringLiteral("site");
    }
    return {};
}

std::vector<const AvailabilityRow *> rowsOf(const SiteAvailability &a)
{
    std::vector<const AvailabilityRow *> rows;
    for (const AvailabilityRow &row : a.tenants)
        rows.push_back(&row);
    for (const AvailabilityRow &row : a.halls)
        rows.push_back(&row);
    rows.push_back(&a.site);
    return rows;
}

void printRows(QTextStream &out, const QLocale &locale, const SiteAvailability &a)
{
    using A = TextTable::Align;
    TextTable table;
    table.setHeader({CliContext::tr("Scope"), CliContext::tr("Name"), CliContext::tr("IT kW"), CliContext::tr("Racks"),
                     CliContext::tr("Availability"), CliContext::tr("Downtime h/yr"), CliContext::tr("P90 h/yr"),
                     CliContext::tr("No-outage years"), CliContext::tr("Outages/yr"), CliContext::tr("Tier III")},
                    {A::Left, A::Left, A::Right, A::Right, A::Right, A::Right, A::Right, A::Right, A::Right, A::Left});
    for (const AvailabilityRow *row : rowsOf(a)) {
        const AvailabilityFigures &f = row->figures;
        table.addRow({kindName(row->kind), row->name, locale.toString(row->itKw, 'f', 1), locale.toString(row->racks),
                      locale.toString(f.availability * 100, 'f', 4) + QStringLiteral(" %"),
                      locale.toString(f.downtimeHoursPerYear, 'f', 3), locale.toString(f.downtimeP90Hours, 'f', 2),
                      locale.toString(f.noOutageYearShare * 100, 'f', 1) + QStringLiteral(" %"),
                      locale.toString(f.interruptionsPerYear, 'f', 3),
                      row->meetsTier3() ? CliContext::tr("yes") : CliContext::tr("no")});
    }
    table.print(out);
}

void printImportance(QTextStream &out, const QLocale &locale, const SiteAvailability &a)
{
    out << '\n'
        << CliContext::tr("Importance: the share of the site's downtime that would not have happened had the component "
                          "never failed (shares need not add up to 100 %).")
        << '\n';
    if (a.importance.empty()) {
        out << CliContext::tr("No component caused site downtime.") << '\n';
        return;
    }
    using A = TextTable::Align;
    TextTable table;
    table.setHeader({QStringLiteral("#"), CliContext::tr("Component"), CliContext::tr("Share"), CliContext::tr("h/yr")},
                    {A::Right, A::Left, A::Right, A::Right});
    for (std::size_t i = 0; i < a.importance.size() && i < std::size_t(kImportanceShown); ++i) {
        const ImportanceRow &row = a.importance[i];
        table.addRow({locale.toString(int(i) + 1), row.name, locale.toString(row.downtimeShare * 100, 'f', 1) + QStringLiteral(" %"),
                      locale.toString(row.hoursPerYear, 'f', 3)});
    }
    table.print(out);
}

void printReport(QTextStream &out, const SiteModel &model, const CompiledSite &site, const SiteAvailability &a,
                 const AvailabilityOptions &options, double seconds)
{
    const QLocale locale;
    out << CliContext::tr("%1: availability over %2 simulated years (seed %3, threads: %4, %5 s)")
               .arg(model.site.name, locale.toString(a.years), QString::number(options.seed),
                    locale.toString(options.threads), locale.toString(seconds, 'f', 2))
        << '\n'
        << basisLine(site) << '\n'
        << CliContext::tr("Tier III: at least %1 % availability, at most %2 h of downtime a year. Down: any of the "
                          "racks without power or cooling.")
               .arg(locale.toString(kTier3Availability * 100, 'f', 3),
                    locale.toString((1 - kTier3Availability) * kHoursPerYear, 'f', 2))
        << "\n\n";
    printRows(out, locale, a);
    printImportance(out, locale, a);
}

QJsonObject rowJson(const AvailabilityRow &row)
{
    const AvailabilityFigures &f = row.figures;
    QJsonObject o{{key("scope"), kindKey(row.kind)},
                  {key("name"), row.name},
                  {key("itKw"), row.itKw},
                  {key("racks"), row.racks},
                  {key("availability"), f.availability},
                  {key("availabilitySigma"), f.availabilitySigma()},
                  {key("downtimeHoursPerYear"), f.downtimeHoursPerYear},
                  {key("downtimeSigma"), f.downtimeSigma},
                  {key("downtimeP90Hours"), f.downtimeP90Hours},
                  {key("noOutageYearShare"), f.noOutageYearShare},
                  {key("interruptionsPerYear"), f.interruptionsPerYear},
                  {key("meetsTier3"), row.meetsTier3()}};
    if (row.id != kNoId)
        o.insert(key("id"), qint64(row.id));
    return o;
}

QJsonObject availabilityJson(const SiteModel &model, const CompiledSite &site, const SiteAvailability &a,
                             const AvailabilityOptions &options, double seconds)
{
    QJsonArray tenants, halls, importance, histogram;
    for (const AvailabilityRow &row : a.tenants)
        tenants.append(rowJson(row));
    for (const AvailabilityRow &row : a.halls)
        halls.append(rowJson(row));
    for (const ImportanceRow &row : a.importance) {
        QJsonObject o{{key("name"), row.name},
                      {key("kind"), row.kind},
                      {key("share"), row.downtimeShare},
                      {key("hoursPerYear"), row.hoursPerYear}};
        if (row.unit >= 0) {
            o.insert(key("componentId"), qint64(row.componentId));
            o.insert(key("member"), site.units[std::size_t(row.unit)].member);
        }
        importance.append(o);
    }
    // Years with downtime by how much, in the non-empty logarithmic bins (years without are apart:
    // the site row's noOutageYearShare).
    for (std::size_t bin = 0; bin < a.siteDowntimeHistogram.size(); ++bin)
        if (const qint64 years = a.siteDowntimeHistogram[bin]; years > 0)
            histogram.append(QJsonObject{{key("fromHours"), bin == 0 ? 0.0 : downtimeBinLowerHours(int(bin))},
                                         {key("toHours"), downtimeBinUpperHours(int(bin))},
                                         {key("years"), years}});
    QJsonObject out = basisJson(site);
    out.insert(key("siteName"), model.site.name);
    out.insert(key("years"), a.years);
    out.insert(key("seed"), QString::number(options.seed));
    out.insert(key("threads"), options.threads);
    out.insert(key("seconds"), seconds);
    out.insert(key("tier3Availability"), kTier3Availability);
    out.insert(key("tenants"), tenants);
    out.insert(key("halls"), halls);
    out.insert(key("site"), rowJson(a.site));
    out.insert(key("importance"), importance);
    out.insert(key("siteDowntimeHistogram"), histogram);
    return out;
}

bool readNumber(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 min, qint64 max, qint64 &value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    value = parser.value(option).toLongLong(&ok);
    return ok && value >= min && value <= max;
}

} // namespace

int runAvailability(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "The availability Monte Carlo: simulated years of failures, repairs, grid outages, generator starts and "
        "fuel; availability and downtime per tenant, hall and site against Tier III's 99.982 %, and the components "
        "ranked by the downtime they cause."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("A .hectare document (default: the sample site)."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption yearsOption(QStringLiteral("years"), CliContext::tr("Simulated years (default 100000)."),
                                         QStringLiteral("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), CliContext::tr("Random seed (default 1)."), QStringLiteral("S"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           CliContext::tr("Threads (default: one per core); the result is the same."),
                                           QStringLiteral("T"));
    parser.addOptions({yearsOption, seedOption, threadsOption});
    const ReliabilityBasisOptions basisOptions;
    basisOptions.addTo(parser);
    int exitCode = kOk;
    if (!parseCommandLine(parser, QStringLiteral("availability"), args, context, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() > 1)
        return context.usage(CliContext::tr("availability takes at most one FILE"));
    qint64 years = 100000, seed = 1, threads = 0;
    if (!readNumber(parser, yearsOption, 1, 100000000, years))
        return context.usage(CliContext::tr("--years must be a whole number from 1 to 100000000"));
    if (!readNumber(parser, seedOption, 0, std::numeric_limits<qint64>::max(), seed))
        return context.usage(CliContext::tr("--seed must be a whole number of 0 or more"));
    if (!readNumber(parser, threadsOption, 0, 1024, threads))
        return context.usage(CliContext::tr("--threads must be a whole number from 0 to 1024"));
    CompileOptions compileOptions;
    if (QString problem; !basisOptions.read(parser, compileOptions, problem))
        return context.usage(problem);

    std::unique_ptr<Document> document = context.openDocument(parser.positionalArguments().value(0));
    if (!document)
        return kBadInput;
    const SiteModel &model = document->model();
    const Result<CompiledSite> site = compileSite(model, compileOptions);
    if (!site)
        return context.fail(site.error());
    AvailabilityOptions options;
    options.years = int(years);
    options.seed = quint64(seed);
    options.threads = threads > 0 ? int(threads) : std::max(1, QThread::idealThreadCount());
    QElapsedTimer timer;
    timer.start();
    const Result<SiteAvailability> result = runSiteAvailability(site.value(), model, options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!result)
        return context.fail(result.error());

    if (context.json) {
        const QJsonObject json = availabilityJson(model, site.value(), result.value(), options, seconds);
        return writeOutput(QString(), QJsonDocument(json).toJson(), context) ? kOk : kBadInput;
    }
    printReport(context.out, model, site.value(), result.value(), options, seconds);
    return kOk;
}

} // namespace hectare::cli
