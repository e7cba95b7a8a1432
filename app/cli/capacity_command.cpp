#include "commands.h"
#include "text_table.h"

#include "capacity/capacity_budget.h"
#include "capacity/capacity_json.h"

#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace hectare::cli {
namespace {

int decimalsFor(Resource r) { return r == Resource::Power || r == Resource::Cooling ? 1 : 0; }

QString number(const QLocale &locale, double value, int decimals)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    return locale.toString(value, 'f', decimals);
}

void addBudgetRow(TextTable &table, const QLocale &locale, Resource r, const Budget &b, double freeRacks)
{
    const int d = decimalsFor(r);
    table.addRow({resourceDisplayName(r), resourceUnitName(r), number(locale, b.installed, d),
                  number(locale, b.usable, d), number(locale, b.committed, d), number(locale, b.reserved, d),
                  number(locale, b.expectedDraw, d), number(locale, b.free, d), number(locale, freeRacks, 1)});
}

TextTable budgetTable()
{
    using A = TextTable::Align;
    TextTable table;
    table.setHeader({CliContext::tr("Resource"), CliContext::tr("Unit"), CliContext::tr("Installed"),
                     CliContext::tr("Usable"), CliContext::tr("Committed"), CliContext::tr("Reserved"),
                     CliContext::tr("Expected draw"), CliContext::tr("Free"), CliContext::tr("Free racks")},
                    {A::Left, A::Left, A::Right, A::Right, A::Right, A::Right, A::Right, A::Right, A::Right});
    return table;
}

QString strandedText(const QLocale &locale, const StrandedCapacity &s)
{
    QStringList parts;
    if (s.positions > 0)
        parts << CliContext::tr("%1 positions").arg(locale.toString(s.positions));
    if (s.powerKw > 0.05)
        parts << CliContext::tr("%1 kW of power").arg(locale.toString(s.powerKw, 'f', 1));
    if (s.coolingKw > 0.05)
        parts << CliContext::tr("%1 kW of cooling").arg(locale.toString(s.coolingKw, 'f', 1));
    return parts.isEmpty() ? CliContext::tr("none") : parts.join(QStringLiteral(", "));
}

QString bindingText(const QLocale &locale, Resource binding, const RackEquivalents &racks)
{
    return CliContext::tr("%1 runs out first (%2 racks left at the average density)")
        .arg(resourceDisplayName(binding), number(locale, racks[resourceIndex(binding)], 1));
}

void printHall(QTextStream &out, const QLocale &locale, const HallCapacity &hall)
{
    out << CliContext::tr("Hall \"%1\": %2 m², %3 positions (%4 blocked), average design %5 kW per position")
               .arg(hall.hallName, locale.toString(hall.floorAreaM2, 'f', 0), locale.toString(hall.positions),
                    locale.toString(hall.blockedPositions), locale.toString(hall.averageDesignKw, 'f', 2))
        << '\n';
    TextTable table = budgetTable();
    for (Resource r : {Resource::Space, Resource::Power, Resource::Cooling, Resource::Weight})
        addBudgetRow(table, locale, r, *hallBudget(hall, r), hall.freeRacks[resourceIndex(r)]);
    table.print(out);
    out << CliContext::tr("Binding constraint: %1").arg(bindingText(locale, hall.binding, hall.freeRacks)) << '\n';
    out << CliContext::tr("Stranded: %1").arg(strandedText(locale, hall.stranded)) << "\n\n";
}

void printSite(QTextStream &out, const QLocale &locale, const CapacityReport &report, double designAmbientC)
{
    out << CliContext::tr("Site: %1 positions, average design %2 kW per position")
               .arg(locale.toString(report.space.installed, 'f', 0), locale.toString(report.averageDesignKw, 'f', 2))
        << '\n';
    TextTable table = budgetTable();
    for (Resource r : kAllResources)
        addBudgetRow(table, locale, r, report.budget(r), report.freeRacks[resourceIndex(r)]);
    table.print(out);
    out << CliContext::tr("Binding constraint: %1").arg(bindingText(locale, report.binding, report.freeRacks)) << '\n';
    out << CliContext::tr("Stranded: %1").arg(strandedText(locale, report.stranded)) << '\n';
    out << CliContext::tr("Generators can carry %1 kW of IT load with their redundancy (all cooling and losses "
                          "included); transformers %2 kW.")
               .arg(number(locale, report.itKwSupportedByGenerators, 0),
                    number(locale, report.itKwSupportedByTransformers, 0))
        << '\n';
    out << CliContext::tr("Facility at committed load: %1 kW incoming for %2 kW IT, PUE %3 "
                          "(UPS efficiency %4 %, chiller COP %5 at %6 °C).")
               .arg(number(locale, report.incomingKwAtCommitted, 0), number(locale, report.power.committed, 0),
                    number(locale, report.pueAtCommitted, 2), number(locale, report.upsEfficiency * 100, 1),
                    number(locale, report.chillerCop, 2), number(locale, designAmbientC, 0))
        << '\n';
}

} // namespace

int runCapacity(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Shows installed, usable, committed, reserved, expected and free space, power, cooling, "
                       "floor weight and generator capacity, per hall and for the site."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("A .hectare document (default: the sample site)."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption hallOption(QStringLiteral("hall"), CliContext::tr("Only this hall (and the site)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        CliContext::tr("Expected draw at this date (YYYY-MM-DD; default today)."),
                                        QStringLiteral("DATE"));
    parser.addOption(hallOption);
    parser.addOption(dateOption);
    int exitCode = kOk;
    if (!parseCommandLine(parser, QStringLiteral("capacity"), args, context, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() > 1)
        return context.usage(CliContext::tr("capacity takes at most one FILE"));
    QDate asOf = QDate::currentDate();
    if (parser.isSet(dateOption)) {
        asOf = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!asOf.isValid())
            return context.usage(CliContext::tr("--date must be a date like 2026-11-25"));
    }
    std::unique_ptr<Document> document = context.openDocument(parser.positionalArguments().value(0));
    if (!document)
        return kBadInput;
    const SiteModel &model = document->model();
    const QString hallName = parser.value(hallOption);
    if (!hallName.isEmpty() && !model.hallByName(hallName))
        return context.fail(Error{CliContext::tr("Hall \"%1\"").arg(hallName), CliContext::tr("not found in this site")});

    CapacityReport report = computeCapacity(model, asOf);
    if (!hallName.isEmpty())
        std::erase_if(report.halls, [&](const HallCapacity &h) { return h.hallName != hallName; });

    if (context.json)
        return writeOutput(QString(), QJsonDocument(capacityToJson(report)).toJson(), context) ? kOk : kBadInput;

    const QLocale locale;
    QTextStream &out = context.out;
    out << CliContext::tr("%1: capacity on %2").arg(model.site.name, locale.toString(asOf, QLocale::ShortFormat))
        << "\n\n";
    for (const HallCapacity &hall : report.halls)
        printHall(out, locale, hall);
    printSite(out, locale, report, model.site.designAmbientC);
    return kOk;
}

} // namespace hectare::cli
