// hectare-cli quote and reservations: the salesperson's commands. Placement, prices, holds and
// the PDF all come from core/quoting and ui/quoting, as in the window.
#include "commands.h"
#include "text_table.h"

#include "growth/growth_engine.h"
#include "quoting/money_format.h"
#include "quoting/placement.h"
#include "quoting/quote_builder.h"
#include "quoting/quote_csv.h"
#include "quoting/quote_json.h"
#include "quoting/reservations.h"
#include "quoting/quote_pdf.h"

#include <QJsonDocument>
#include <QLocale>

#include <cmath>
#include <limits>

namespace hectare::cli {
namespace {

struct QuoteArguments
{
    QString file;
    QString customer;
    QString output;
    QuoteRequirement requirement;
    QDate today;
    bool reserve = false;
    int forecastRuns = 1000;
    quint64 seed = 1;
};

bool readInt(const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max, int &value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int parsed = parser.value(option).toInt(&ok);
    if (!ok || parsed < min || parsed > max)
        return false;
    value = parsed;
    return true;
}

bool readDouble(const QCommandLineParser &parser, const QCommandLineOption &option, double &value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const double parsed = parser.value(option).toDouble(&ok);
    if (!ok || !std::isfinite(parsed) || parsed < 0)
        return false;
    value = parsed;
    return true;
}

QString quoteLanguage(const CliContext &context)
{
    if (!context.language.isEmpty())
        return context.language;
    return QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

void printPlacement(QTextStream &out, const PlacementResult &placement)
{
    if (!placement.forecastScenario.isEmpty())
        out << CliContext::tr("Placement checked now and over the term against scenario \"%1\" (P50; P90 warns).")
                   .arg(placement.forecastScenario)
            << '\n';
    int rank = 1;
    for (const PlacementCandidate &c : placement.candidates) {
        out << CliContext::tr("%1. Hall \"%2\"").arg(rank++).arg(c.hallName) << '\n';
        for (const QString &reason : c.reasons)
            out << "     - " << reason << '\n';
    }
    if (!placement.refusals.empty()) {
        out << CliContext::tr("Halls that cannot take it:") << '\n';
        for (const HallRefusal &r : placement.refusals)
            out << "   - " << r.reason << '\n';
    }
}

void printQuote(QTextStream &out, const QLocale &locale, const SiteModel &model, const Quote &quote,
                const QuoteTotals &totals)
{
    using A = TextTable::Align;
    out << '\n'
        << CliContext::tr("Quote %1 for %2, valid until %3 (%4)")
               .arg(quote.number, quote.customer, locale.toString(quote.validUntil, QLocale::ShortFormat),
                    displayName(quote.status))
        << '\n';
    TextTable table;
    table.setHeader({CliContext::tr("Line"), CliContext::tr("Billed"), CliContext::tr("Quantity"),
                     CliContext::tr("Unit price"), CliContext::tr("Amount")},
                    {A::Left, A::Left, A::Right, A::Right, A::Right});
    for (std::size_t i = 0; i < quote.lines.size(); ++i) {
        const QuoteLineRecord &l = quote.lines[i];
        table.addRow({l.label, l.monthly ? CliContext::tr("monthly") : CliContext::tr("once"),
                      locale.toString(l.quantity), formatXof(l.unitPrice, locale),
                      formatXof(totals.lineAmounts[i], locale)});
    }
    table.print(out);
    out << CliContext::tr("Monthly: %1, term discount %2 → %3 per month")
               .arg(formatXof(totals.mrcSubtotal, locale), formatXof(totals.termDiscount, locale),
                    formatXof(totals.mrcNet, locale))
        << '\n';
    for (const ContractYear &y : totals.years)
        out << CliContext::tr("  year %1: %2 months × %3 = %4")
                   .arg(y.year)
                   .arg(y.months)
                   .arg(formatXof(y.monthly, locale), formatXof(y.total, locale))
            << '\n';
    out << CliContext::tr("One-time: %1").arg(formatXof(totals.nrcTotal, locale)) << '\n'
        << CliContext::tr("Total excl. VAT: %1").arg(formatXof(totals.totalExVat, locale)) << '\n'
        << CliContext::tr("VAT %1 %: %2")
               .arg(locale.toString(double(totals.vatRate) / 100.0, 'f', 2), formatXof(totals.vat, locale))
        << '\n'
        << CliContext::tr("Total incl. VAT: %1 (%2)")
               .arg(formatXof(totals.totalIncVat, locale), formatEurEquivalent(totals.totalIncVat, locale))
        << '\n';
    if (quote.requirement.costPerKwMonth > 0 && quote.requirement.committedKw() > 0) {
        if (Result<MarginPerKw> m = marginPerKw(totals.mrcNet, quote.requirement.committedKw(),
                                                quote.requirement.costPerKwMonth))
            out << CliContext::tr("Revenue %1 and margin %2 per kW per month")
                       .arg(formatXof(m->revenuePerKwMonth, locale), formatXof(m->marginPerKwMonth, locale))
                << '\n';
    }
    Q_UNUSED(model);
}

Status writeQuoteFile(const SiteModel &model, const Quote &quote, const QString &path, CliContext &context)
{
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        Result<QByteArray> csv = quoteCsv(quote);
        if (!csv)
            return csv.error();
        if (!writeOutput(path, csv.value(), context))
            return Error{path, CliContext::tr("could not be written")};
        return {};
    }
    return ui::writeQuotePdf(model, quote, path);
}

} // namespace

int runQuote(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Prices a colocation requirement from the site's price book, places it in the hall that fits best now and "
        "over the term (against the base growth scenario), and writes the quote as PDF or CSV. --reserve holds the "
        "positions and kW until the quote's validity ends."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("A .hectare document (default: the sample site)."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption customerOption(QStringLiteral("customer"), CliContext::tr("The customer's name."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption racksOption(QStringLiteral("racks"), CliContext::tr("Full racks."), QStringLiteral("N"));
    const QCommandLineOption kwOption(QStringLiteral("kw"), CliContext::tr("Committed kW per rack."), QStringLiteral("KW"));
    const QCommandLineOption termOption(QStringLiteral("term"), CliContext::tr("Term in months (default 12)."),
                                        QStringLiteral("MONTHS"));
    const QCommandLineOption abOption(QStringLiteral("ab"), CliContext::tr("A and B power feeds to every rack."));
    const QCommandLineOption startOption(QStringLiteral("start"),
                                         CliContext::tr("Service start (YYYY-MM-DD; default the first of next month)."),
                                         QStringLiteral("DATE"));
    const QCommandLineOption cageOption(QStringLiteral("cage"), CliContext::tr("A cage of this many m² around the racks."),
                                        QStringLiteral("M2"));
    const QCommandLineOption weightOption(QStringLiteral("weight"), CliContext::tr("Weight per rack in kg."),
                                          QStringLiteral("KG"));
    const QCommandLineOption fibreOption(QStringLiteral("fibre"), CliContext::tr("Fibre cross-connects."),
                                         QStringLiteral("N"));
    const QCommandLineOption copperOption(QStringLiteral("copper"), CliContext::tr("Copper cross-connects."),
                                          QStringLiteral("N"));
    const QCommandLineOption handsOption(QStringLiteral("remote-hands"), CliContext::tr("Hours of remote hands."),
                                         QStringLiteral("H"));
    const QCommandLineOption costOption(QStringLiteral("cost-per-kw"),
                                        CliContext::tr("Cost of one kW for a month, in francs (shows the margin)."),
                                        QStringLiteral("XOF"));
    const QCommandLineOption reserveOption(QStringLiteral("reserve"),
                                           CliContext::tr("Hold the positions and kW until the quote expires."));
    const QCommandLineOption todayOption(QStringLiteral("today"), CliContext::tr("The issue date (default today)."),
                                         QStringLiteral("DATE"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        CliContext::tr("Monte Carlo runs of the forecast (default 1000; 0: expected "
                                                       "values only)."),
                                        QStringLiteral("N"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          CliContext::tr("Write the quote to OUT.pdf or OUT.csv."), QStringLiteral("OUT"));
    parser.addOptions({customerOption, racksOption, kwOption, termOption, abOption, startOption, cageOption,
                       weightOption, fibreOption, copperOption, handsOption, costOption, reserveOption, todayOption,
                       runsOption, outputOption});
    int exitCode = kOk;
    if (!parseCommandLine(parser, QStringLiteral("quote"), args, context, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() > 1)
        return context.usage(CliContext::tr("quote takes at most one FILE"));

    QuoteArguments a;
    a.file = parser.positionalArguments().value(0);
    a.customer = parser.value(customerOption);
    a.output = parser.value(outputOption);
    a.reserve = parser.isSet(reserveOption);
    if (a.customer.trimmed().isEmpty())
        return context.usage(CliContext::tr("quote needs --customer NAME"));
    QuoteRequirement &r = a.requirement;
    if (!readInt(parser, racksOption, 0, 100000, r.racks))
        return context.usage(CliContext::tr("--racks must be a whole number, 0 or more"));
    if (!readDouble(parser, kwOption, r.kwPerRack))
        return context.usage(CliContext::tr("--kw must be a number of kW, 0 or more"));
    if (!readInt(parser, termOption, 1, kMaxTermMonths, r.termMonths))
        return context.usage(CliContext::tr("--term must be 1 to %1 months").arg(kMaxTermMonths));
    if (!readDouble(parser, cageOption, r.cageM2) || !readDouble(parser, weightOption, r.weightKgPerRack))
        return context.usage(CliContext::tr("--cage and --weight must be numbers, 0 or more"));
    if (!readInt(parser, fibreOption, 0, 10000, r.fibreCrossConnects)
        || !readInt(parser, copperOption, 0, 10000, r.copperCrossConnects)
        || !readInt(parser, handsOption, 0, 100000, r.remoteHandsHours))
        return context.usage(CliContext::tr("--fibre, --copper and --remote-hands must be whole numbers, 0 or more"));
    int cost = 0;
    if (!readInt(parser, costOption, 0, std::numeric_limits<int>::max(), cost))
        return context.usage(CliContext::tr("--cost-per-kw must be a whole number of francs"));
    r.costPerKwMonth = cost;
    if (!readInt(parser, runsOption, 0, 100000, a.forecastRuns))
        return context.usage(CliContext::tr("--runs must be 0 to 100000"));
    r.abFeeds = parser.isSet(abOption);
    a.today = QDate::currentDate();
    if (parser.isSet(todayOption)) {
        a.today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!a.today.isValid())
            return context.usage(CliContext::tr("--today must be a date like 2026-11-25"));
    }
    r.start = QDate(a.today.year(), a.today.month(), 1).addMonths(1);
    if (parser.isSet(startOption)) {
        r.start = QDate::fromString(parser.value(startOption), Qt::ISODate);
        if (!r.start.isValid())
            return context.usage(CliContext::tr("--start must be a date like 2027-01-01"));
    }
    if (Status valid = validateRequirement(r); !valid)
        return context.fail(valid.error());

    std::unique_ptr<Document> document = context.openDocument(a.file);
    if (!document)
        return kBadInput;
    if (a.reserve && document->isReadOnly())
        return context.fail(Error{document->path(), CliContext::tr("is read-only (%1): nothing can be reserved in it")
                                                        .arg(document->readOnlyReason())});
    const SiteModel &model = document->model();

    // The forecast placement checks against: the base scenario, run once.
    std::optional<GrowthResult> forecast;
    if (const Scenario *base = baseScenario(model)) {
        GrowthOptions options;
        options.runs = a.forecastRuns;
        options.seed = a.seed;
        Result<GrowthResult> run = runGrowth(model, *base, options);
        if (!run)
            return context.fail(run.error());
        forecast = std::move(run.value());
    }
    PlacementOptions placementOptions;
    placementOptions.asOf = a.today;
    placementOptions.forecast = forecast ? &*forecast : nullptr;
    const PlacementResult placement = r.racks > 0 ? findPlacements(model, r, placementOptions) : PlacementResult{};
    if (r.racks > 0 && !placement.placed()) {
        if (context.json)
            context.out << QJsonDocument(QJsonObject{{QStringLiteral("placement"), placementToJson(placement)}})
                               .toJson(QJsonDocument::Indented);
        else
            printPlacement(context.out, placement);
        return context.fail(Error{CliContext::tr("Quote for %1").arg(a.customer),
                                  CliContext::tr("no hall can take %1 racks at %2 kW each")
                                      .arg(r.racks)
                                      .arg(QLocale().toString(r.kwPerRack))});
    }

    Result<Quote> built = buildQuote(model, a.customer, r, placement.placed() ? &placement.candidates.front() : nullptr,
                                     a.today, quoteLanguage(context));
    if (!built)
        return context.fail(built.error());
    Quote quote = std::move(built.value());
    if (a.reserve)
        quote.status = QuoteStatus::Reserved;
    // Recorded in the file (a file given); the sample site lives in memory only.
    if (!a.file.isEmpty() && !document->isReadOnly()) {
        const QuoteChange change = issueQuoteChange(quote);
        if (Status status = document->change([&](SqliteConnection &db) { return applyQuoteChange(db, change, a.today); });
            !status)
            return context.fail(status.error());
    }
    Result<QuoteTotals> totals = quoteTotals(quote);
    if (!totals)
        return context.fail(totals.error());

    if (context.json) {
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("placement"), placementToJson(placement)},
                                                 {QStringLiteral("quote"), quoteToJson(document->model(), quote)}})
                           .toJson(QJsonDocument::Indented);
    } else {
        printPlacement(context.out, placement);
        printQuote(context.out, QLocale(), document->model(), quote, totals.value());
        if (a.reserve)
            context.out << CliContext::tr("Held until %1.").arg(QLocale().toString(quote.validUntil, QLocale::ShortFormat))
                        << '\n';
    }
    if (!a.output.isEmpty()) {
        if (Status written = writeQuoteFile(document->model(), quote, a.output, context); !written)
            return context.fail(written.error());
    }
    return kOk;
}

int runReservations(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Lists the positions and kW that quotes hold, with the day each hold expires."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("A .hectare document (default: the sample site)."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption todayOption(QStringLiteral("today"), CliContext::tr("Holds live at this date (default today)."),
                                         QStringLiteral("DATE"));
    parser.addOption(todayOption);
    int exitCode = kOk;
    if (!parseCommandLine(parser, QStringLiteral("reservations"), args, context, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() > 1)
        return context.usage(CliContext::tr("reservations takes at most one FILE"));
    QDate today = QDate::currentDate();
    if (parser.isSet(todayOption)) {
        today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!today.isValid())
            return context.usage(CliContext::tr("--today must be a date like 2026-11-25"));
    }
    std::unique_ptr<Document> document = context.openDocument(parser.positionalArguments().value(0));
    if (!document)
        return kBadInput;
    const SiteModel &model = document->model();
    if (context.json) {
        context.out << QJsonDocument(reservationsToJson(model, today)).toJson(QJsonDocument::Indented);
        return kOk;
    }
    const std::vector<const Quote *> holds = liveHolds(model, today);
    if (holds.empty()) {
        context.out << CliContext::tr("No quote holds capacity on %1.").arg(QLocale().toString(today, QLocale::ShortFormat))
                    << '\n';
        return kOk;
    }
    using A = TextTable::Align;
    TextTable table;
    table.setHeader({CliContext::tr("Quote"), CliContext::tr("Customer"), CliContext::tr("Hall"),
                     CliContext::tr("Positions"), CliContext::tr("kW"), CliContext::tr("Held until"),
                     CliContext::tr("Days left")},
                    {A::Left, A::Left, A::Left, A::Left, A::Right, A::Left, A::Right});
    const QLocale locale;
    for (const Quote *q : holds) {
        QStringList racks;
        for (Id id : q->rackIds) {
            const Rack *rack = model.rack(id);
            racks << (rack ? rack->name : QString::number(id));
        }
        const Hall *hall = model.hall(q->hallId);
        table.addRow({q->number, q->customer, hall ? hall->name : QString(), racks.join(QStringLiteral(", ")),
                      locale.toString(q->requirement.committedKw(), 'f', 1),
                      locale.toString(q->validUntil, QLocale::ShortFormat), locale.toString(today.daysTo(q->validUntil))});
    }
    table.print(context.out);
    return kOk;
}

} // namespace hectare::cli
