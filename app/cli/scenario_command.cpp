// hectare-cli scenario: replays a failure scenario stored in the document over the site's power and
// cooling topology (reliability/stored_scenario.h) and says which loads lose power or cooling,
// when, for how long, whose racks they are and why.
#include "commands.h"
#include "reliability_basis.h"
#include "text_table.h"

#include "model/enums.h"
#include "reliability/stored_scenario.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <variant>

namespace hectare::cli {
namespace {

using reliability::CauseChain;
using reliability::CauseKind;
using reliability::CauseStep;
using reliability::CompiledSite;
using reliability::LoadLoss;
using reliability::LoadRef;
using reliability::LoadTimeline;
using reliability::ScenarioSample;
using reliability::ScenarioTimeline;
using reliability::StoredScenarioRun;

constexpr int kJsonSampleMinutes = 15;

QJsonValue finiteOrNull(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }

// "0:05:30", "72:00:00": a time in the scenario, hours from its start.
QString clockText(double hours)
{
    const qint64 seconds = std::llround(hours * 3600);
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// "5.5 min", "71.9 h".
QString spanText(const QLocale &locale, double hours)
{
    return hours < 1 ? CliContext::tr("%1 min").arg(locale.toString(hours * 60, 'f', 1))
                     : CliContext::tr("%1 h").arg(locale.toString(hours, 'f', 1));
}

QString hoursText(const QLocale &locale, double hours)
{
    return CliContext::tr("%1 h").arg(locale.toString(hours, 'g', 6));
}

QString causeKey(CauseKind kind)
{
    switch (kind) {
    case CauseKind::GridOutage: return QStringLiteral("grid-outage");
    case CauseKind::GeneratorsStarting: return QStringLiteral("generators-starting");
    case CauseKind::FailedToStart: return QStringLiteral("failed-to-start");
    case CauseKind::UnitFailed: return QStringLiteral("unit-failed");
    case CauseKind::UnitInMaintenance: return QStringLiteral("unit-in-maintenance");
    case CauseKind::CapacityDerated: return QStringLiteral("capacity-derated");
    case CauseKind::GroupShort: return QStringLiteral("group-short");
    case CauseKind::FuelExhausted: return QStringLiteral("fuel-exhausted");
    case CauseKind::SourceLost: return QStringLiteral("source-lost");
    case CauseKind::BatteryExhausted: return QStringLiteral("battery-exhausted");
    case CauseKind::PathDown: return QStringLiteral("path-down");
    case CauseKind::CoolingRestarting: return QStringLiteral("cooling-restarting");
    case CauseKind::RideThroughExhausted: return QStringLiteral("ride-through-exhausted");
    case CauseKind::CoolingLost: return QStringLiteral("cooling-lost");
    }
    return {};
}

QString tenantName(const SiteModel &model, Id tenantId)
{
    const Tenant *tenant = model.tenant(tenantId);
    return tenant ? tenant->name : CliContext::tr("(no tenant)");
}

// What the event does, in the network's names: "Air-cooled chillers CH1–CH3 unit 3 fails at 1 h".
QString eventText(const QLocale &locale, const CompiledSite &site, const FailureScenarioSpec &spec, std::size_t i)
{
    const ScenarioEventSpec &e = spec.events[i];
    const int unit = site.findUnit(e.componentKind, e.componentId, e.member);
    const QString name = unit >= 0 ? site.network.units[std::size_t(unit)].name : QString();
    switch (e.kind) {
    case ScenarioEventKind::GridOutage:
        return CliContext::tr("grid outage at %1 for %2").arg(hoursText(locale, e.atHours), hoursText(locale, e.durationHours));
    case ScenarioEventKind::ComponentFails:
        return e.durationHours > 0
                   ? CliContext::tr("%1 fails at %2, repaired in %3")
                         .arg(name, hoursText(locale, e.atHours), hoursText(locale, e.durationHours))
                   : CliContext::tr("%1 fails at %2, repaired in its MTTR (%3)")
                         .arg(name, hoursText(locale, e.atHours),
                              hoursText(locale, unit >= 0 ? site.network.units[std::size_t(unit)].mttrHours : 0));
    case ScenarioEventKind::ComponentInMaintenance:
        return CliContext::tr("%1 in maintenance from %2 to %3")
            .arg(name, hoursText(locale, e.atHours), hoursText(locale, e.atHours + e.durationHours));
    case ScenarioEventKind::GeneratorFailsToStart:
        return CliContext::tr("%1 fails to start on every grid outage from %2").arg(name, hoursText(locale, e.atHours));
    }
    return {};
}

// The series' summary: the least over the horizon, and when.
struct Summary
{
    double itKw = 0;
    double droppedKwHours = 0;
    int loadsAffected = 0;
    int generatorSets = 0;
    bool gridOutage = false;   // without one the generators are not called on and burn no fuel
    int generatorsRunningMax = 0;
    double fuelLowHours = std::numeric_limits<double>::infinity();
    double fuelLowAtHours = 0;
};

Summary summarise(const StoredScenarioRun &run)
{
    const reliability::Network &n = run.site.network;
    const ScenarioTimeline &t = run.timeline;
    Summary s;
    for (const reliability::Load &load : n.loads)
        s.itKw += load.kw;
    s.droppedKwHours = t.droppedKwHours();
    s.loadsAffected = int(std::ranges::count_if(t.loads, [](const LoadTimeline &l) { return !l.losses.empty(); }));
    if (n.generators >= 0)
        s.generatorSets = int(n.groups[std::size_t(n.generators)].units.size());
    s.gridOutage = std::ranges::any_of(run.scenario.events, [](const reliability::ScenarioEvent &e) {
        return std::holds_alternative<reliability::GridOutage>(e.what);
    });
    if (!s.gridOutage)
        return s;
    for (const ScenarioSample &sample : t.samples) {
        s.generatorsRunningMax = std::max(s.generatorsRunningMax, sample.generatorsRunning);
        if (sample.fuelHoursLeft < s.fuelLowHours) {
            s.fuelLowHours = sample.fuelHoursLeft;
            s.fuelLowAtHours = sample.hours;
        }
    }
    return s;
}

double minOf(const std::vector<double> &values)
{
    double least = std::numeric_limits<double>::infinity();
    for (double v : values)
        least = std::min(least, v);
    return least;
}

QJsonObject scenarioJson(const CompiledSite &site, const FailureScenarioSpec &spec)
{
    const QLocale c = QLocale::c();
    QJsonArray events;
    for (std::size_t i = 0; i < spec.events.size(); ++i) {
        const ScenarioEventSpec &e = spec.events[i];
        const int unit = site.findUnit(e.componentKind, e.componentId, e.member);
        events.append(QJsonObject{
            {QStringLiteral("kind"), toKey(e.kind)},
            {QStringLiteral("atHours"), e.atHours},
            {QStringLiteral("durationHours"), e.durationHours},
            {QStringLiteral("componentKind"), e.componentKind},
            {QStringLiteral("componentId"), e.componentId == kNoId ? QJsonValue(QJsonValue::Null) : QJsonValue(e.componentId)},
            {QStringLiteral("member"), e.member},
            {QStringLiteral("unit"), unit >= 0 ? QJsonValue(site.network.units[std::size_t(unit)].name) : QJsonValue()},
            {QStringLiteral("text"), eventText(c, site, spec, i)},
        });
    }
    return QJsonObject{
        {QStringLiteral("id"), spec.id},
        {QStringLiteral("name"), spec.name},
        {QStringLiteral("description"), spec.description},
        {QStringLiteral("horizonHours"), spec.horizonHours},
        {QStringLiteral("ambientC"), spec.ambientC ? QJsonValue(*spec.ambientC) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("refuel"), spec.refuel},
        {QStringLiteral("events"), events},
    };
}

QJsonObject lossJson(const SiteModel &model, const CompiledSite &site, const LoadTimeline &load, const LoadLoss &loss)
{
    const LoadRef &ref = site.loads[std::size_t(load.load)];
    QJsonArray racks;
    for (Id id : ref.rackIds)
        racks.append(id);
    QJsonArray tenants;
    for (const LoadRef::TenantShare &share : ref.tenants)
        tenants.append(QJsonObject{
            {QStringLiteral("tenantId"), share.tenantId == kNoId ? QJsonValue(QJsonValue::Null) : QJsonValue(share.tenantId)},
            {QStringLiteral("name"), tenantName(model, share.tenantId)},
            {QStringLiteral("kw"), share.kw},
            {QStringLiteral("racks"), share.racks},
        });
    QJsonArray causes;
    for (const CauseChain &chain : loss.causes) {
        QJsonArray steps;
        for (const CauseStep &step : chain.steps)
            steps.append(QJsonObject{{QStringLiteral("kind"), causeKey(step.kind)},
                                     {QStringLiteral("text"), reliability::describe(site.network, step)}});
        causes.append(steps);
    }
    QStringList chains;
    for (const CauseChain &chain : loss.causes)
        chains << reliability::describe(site.network, chain);
    return QJsonObject{
        {QStringLiteral("load"), load.loadId},
        {QStringLiteral("name"), site.network.loads[std::size_t(load.load)].name},
        {QStringLiteral("hallId"), ref.hallId},
        {QStringLiteral("what"), loss.what == LoadLoss::What::Power ? QStringLiteral("power") : QStringLiteral("cooling")},
        {QStringLiteral("startHours"), loss.startHours},
        {QStringLiteral("endHours"), loss.endHours},
        {QStringLiteral("kw"), loss.kw},
        {QStringLiteral("rackIds"), racks},
        {QStringLiteral("tenants"), tenants},
        {QStringLiteral("cause"), chains.join(QStringLiteral("; "))},
        {QStringLiteral("causes"), causes},
    };
}

QJsonObject runJson(const SiteModel &model, const FailureScenarioSpec &spec, const StoredScenarioRun &run)
{
    const CompiledSite &site = run.site;
    QJsonArray losses;
    for (const LoadTimeline &load : run.timeline.loads)
        for (const LoadLoss &loss : load.losses)
            losses.append(lossJson(model, site, load, loss));
    // One sample every 15 minutes of the replay's minute series.
    QJsonArray samples;
    for (const ScenarioSample &s : run.timeline.samples) {
        if (std::llround(s.hours * 60) % kJsonSampleMinutes != 0)
            continue;
        samples.append(QJsonObject{
            {QStringLiteral("hours"), s.hours},
            {QStringLiteral("itKwCarried"), s.itKwCarried},
            {QStringLiteral("fuelHoursLeft"), finiteOrNull(s.fuelHoursLeft)},
            {QStringLiteral("generatorsRunning"), s.generatorsRunning},
            {QStringLiteral("batteryMinutesMin"), finiteOrNull(minOf(s.batteryMinutesLeft))},
            {QStringLiteral("rideThroughMinutesMin"), finiteOrNull(minOf(s.rideThroughMinutesLeft))},
        });
    }
    const Summary sum = summarise(run);
    QJsonObject root = basisJson(site);   // basis, asOf, itKw, racks, ambientC (the chillers')
    const QJsonObject rest{
        {QStringLiteral("site"), model.site.name},
        {QStringLiteral("scenario"), scenarioJson(site, spec)},
        {QStringLiteral("losses"), losses},
        {QStringLiteral("summary"),
         QJsonObject{
             {QStringLiteral("itKw"), sum.itKw},
             {QStringLiteral("droppedKwHours"), sum.droppedKwHours},
             {QStringLiteral("loadsAffected"), sum.loadsAffected},
             {QStringLiteral("gridOutage"), sum.gridOutage},
             {QStringLiteral("generatorSets"), sum.generatorSets},
             {QStringLiteral("generatorsRunningMax"), sum.generatorsRunningMax},
             {QStringLiteral("fuelLowHours"), finiteOrNull(sum.fuelLowHours)},
             {QStringLiteral("fuelLowAtHours"), std::isfinite(sum.fuelLowHours) ? QJsonValue(sum.fuelLowAtHours)
                                                                                : QJsonValue(QJsonValue::Null)},
         }},
        {QStringLiteral("sampleMinutes"), kJsonSampleMinutes},
        {QStringLiteral("samples"), samples},
    };
    for (auto it = rest.begin(); it != rest.end(); ++it)
        root.insert(it.key(), it.value());
    return root;
}

void printRun(QTextStream &out, const QLocale &locale, const SiteModel &model, const FailureScenarioSpec &spec,
              const StoredScenarioRun &run)
{
    const CompiledSite &site = run.site;
    const Summary sum = summarise(run);
    out << CliContext::tr("%1: failure scenario \"%2\"").arg(model.site.name, spec.name) << '\n';
    if (!spec.description.isEmpty())
        out << spec.description << '\n';
    out << basisLine(site) << '\n'
        << (spec.ambientC ? CliContext::tr("Horizon %1 at %2 °C outside; %3.")
                          : CliContext::tr("Horizon %1 at the site's design ambient (%2 °C); %3."))
               .arg(hoursText(locale, spec.horizonHours), locale.toString(site.ambientC, 'g', 4),
                    spec.refuel ? CliContext::tr("fuel delivered every tank's lead time")
                                : CliContext::tr("no fuel delivery"))
        << "\n\n"
        << CliContext::tr("Events:") << '\n';
    for (std::size_t i = 0; i < spec.events.size(); ++i)
        out << QStringLiteral("  %1. ").arg(i + 1) << eventText(locale, site, spec, i) << '\n';

    out << '\n';
    if (sum.loadsAffected == 0) {
        out << CliContext::tr("No load loses power or cooling.") << '\n';
    } else {
        out << CliContext::tr("Loads that lose power or cooling:") << '\n';
        for (const LoadTimeline &load : run.timeline.loads) {
            if (load.losses.empty())
                continue;
            const LoadRef &ref = site.loads[std::size_t(load.load)];
            QStringList tenants;
            for (const LoadRef::TenantShare &share : ref.tenants)
                tenants << CliContext::tr("%1 (%2 kW)").arg(tenantName(model, share.tenantId),
                                                              locale.toString(share.kw, 'f', 1));
            out << QStringLiteral("  ") << site.network.loads[std::size_t(load.load)].name << '\n'
                << QStringLiteral("    ") << CliContext::tr("Tenants: %1").arg(tenants.join(QStringLiteral(", ")))
                << '\n';
            for (const LoadLoss &loss : load.losses) {
                QStringList chains;
                for (const CauseChain &chain : loss.causes)
                    chains << reliability::describe(site.network, chain);
                const QString what = loss.what == LoadLoss::What::Power ? CliContext::tr("no power")
                                                                        : CliContext::tr("no cooling");
                out << QStringLiteral("    ")
                    << CliContext::tr("%1 from %2 to %3 (%4), %5 kW")
                           .arg(what, clockText(loss.startHours), clockText(loss.endHours),
                                spanText(locale, loss.endHours - loss.startHours), locale.toString(loss.kw, 'f', 1))
                    << '\n'
                    << QStringLiteral("      ") << CliContext::tr("why: %1").arg(chains.join(QStringLiteral("; "))) << '\n';
            }
        }
    }

    out << '\n'
        << CliContext::tr("IT load dropped: %1 kW·h over %2 of %3 loads.")
               .arg(locale.toString(sum.droppedKwHours, 'f', 1))
               .arg(sum.loadsAffected)
               .arg(run.site.network.loads.size())
        << '\n';
    if (!sum.gridOutage)
        out << CliContext::tr("No grid outage: the generators are not called on.") << '\n';
    else if (sum.generatorSets > 0)
        out << CliContext::tr("Generators: at most %1 of %2 sets running.").arg(sum.generatorsRunningMax).arg(sum.generatorSets)
            << '\n';
    if (std::isfinite(sum.fuelLowHours))
        out << CliContext::tr("Fuel low point: %1 of tank left at %2.")
                   .arg(spanText(locale, sum.fuelLowHours), clockText(sum.fuelLowAtHours))
            << '\n';
}

void printList(QTextStream &out, const QLocale &locale, const SiteModel &model)
{
    if (model.failureScenarios.empty()) {
        out << CliContext::tr("%1 has no failure scenarios.").arg(model.site.name) << '\n';
        return;
    }
    using A = TextTable::Align;
    TextTable table;
    table.setHeader({CliContext::tr("Failure scenario"), CliContext::tr("Horizon (h)"), CliContext::tr("Ambient (°C)"),
                     CliContext::tr("Events"), CliContext::tr("Refuel")},
                    {A::Left, A::Right, A::Right, A::Right, A::Left});
    for (const FailureScenarioSpec &spec : model.failureScenarios)
        table.addRow({spec.name, locale.toString(spec.horizonHours, 'g', 6),
                      spec.ambientC ? locale.toString(*spec.ambientC, 'g', 4)
                                    : CliContext::tr("%1 (site)").arg(locale.toString(model.site.designAmbientC, 'g', 4)),
                      locale.toString(qint64(spec.events.size())),
                      spec.refuel ? CliContext::tr("yes") : CliContext::tr("no")});
    table.print(out);
}

QJsonObject listJson(const SiteModel &model)
{
    QJsonArray list;
    for (const FailureScenarioSpec &spec : model.failureScenarios)
        list.append(QJsonObject{
            {QStringLiteral("id"), spec.id},
            {QStringLiteral("name"), spec.name},
            {QStringLiteral("description"), spec.description},
            {QStringLiteral("horizonHours"), spec.horizonHours},
            {QStringLiteral("ambientC"), spec.ambientC ? QJsonValue(*spec.ambientC) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("refuel"), spec.refuel},
            {QStringLiteral("events"), qint64(spec.events.size())},
        });
    return QJsonObject{{QStringLiteral("site"), model.site.name}, {QStringLiteral("failureScenarios"), list}};
}

} // namespace

int runScenario(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Replays a failure scenario stored in the document over the site's power and cooling: which loads lose "
        "power or cooling, when, for how long, whose racks they are and why."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("A .hectare document (default: the sample site)."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption nameOption(QStringLiteral("name"), CliContext::tr("The failure scenario to replay."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption listOption(QStringLiteral("list"), CliContext::tr("The document's failure scenarios."));
    parser.addOptions({nameOption, listOption});
    const ReliabilityBasisOptions basisOptions;
    basisOptions.addTo(parser);
    int exitCode = kOk;
    if (!parseCommandLine(parser, QStringLiteral("scenario"), args, context, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() > 1)
        return context.usage(CliContext::tr("scenario takes at most one FILE"));
    const bool list = parser.isSet(listOption);
    if (list == parser.isSet(nameOption))
        return context.usage(CliContext::tr("scenario needs either --name NAME or --list"));

    reliability::CompileOptions options;
    if (QString problem; !basisOptions.read(parser, options, problem))
        return context.usage(problem);

    std::unique_ptr<Document> document = context.openDocument(parser.positionalArguments().value(0));
    if (!document)
        return kBadInput;
    const SiteModel &model = document->model();
    const QLocale locale;
    if (list) {
        if (context.json)
            return writeOutput(QString(), QJsonDocument(listJson(model)).toJson(), context) ? kOk : kBadInput;
        printList(context.out, locale, model);
        return kOk;
    }

    const QString name = parser.value(nameOption);
    const FailureScenarioSpec *spec = model.failureScenarioByName(name);
    if (!spec) {
        QStringList names;
        for (const FailureScenarioSpec &s : model.failureScenarios)
            names << QLatin1Char('"') + s.name + QLatin1Char('"');
        return context.fail(Error{CliContext::tr("Failure scenario \"%1\"").arg(name),
                                  names.isEmpty() ? CliContext::tr("not found: the document has no failure scenarios")
                                                  : CliContext::tr("not found in this document (it has %1)")
                                                        .arg(names.join(QStringLiteral(", ")))});
    }
    Result<StoredScenarioRun> run = reliability::replayStored(model, *spec, options);
    if (!run)
        return context.fail(run.error());
    if (context.json)
        return writeOutput(QString(), QJsonDocument(runJson(model, *spec, run.value())).toJson(), context) ? kOk
                                                                                                         : kBadInput;
    printRun(context.out, locale, model, *spec, run.value());
    return kOk;
}

} // namespace hectare::cli
