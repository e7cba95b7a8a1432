#include "quoting/placement.h"
#include "quoting/placement_text.h"
#include "quoting/reservations.h"

#include "capacity/capacity_budget.h"
#include "capacity/plant_ratings.h"
#include "growth/growth_inputs.h"
#include "growth/growth_result.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace hectare {
using namespace placement;
namespace {

constexpr double kEps = 1e-9;

// One position that could take one of the customer's racks, in row order.
struct Slot
{
    const Rack *rack = nullptr;
    bool eligible = false;
};

struct HallScan
{
    std::vector<std::vector<Slot>> rows;   // per row of the hall, positions in order along it
    std::vector<const Row *> rowOf;
    Eligibility count;
};

bool hasFeed(const SiteModel &model, Id pduId, FeedPath path)
{
    if (pduId == kNoId)
        return false;
    const Pdu *pdu = model.pdu(pduId);
    return pdu && (path == FeedPath::None || pdu->path == path || pdu->path == FeedPath::None);
}

bool isEligible(const SiteModel &model, const Hall &hall, const Rack &rack, const QuoteRequirement &r,
                Eligibility &count)
{
    ++count.free;
    if (rack.designKw + kEps < r.kwPerRack) {
        ++count.tooLowKw;
        return false;
    }
    if (r.abFeeds) {
        const bool ab =
            (hasFeed(model, rack.feedAPduId, FeedPath::A) && hasFeed(model, rack.feedBPduId, FeedPath::B)) ||
            (hasFeed(model, rack.feedAPduId, FeedPath::B) && hasFeed(model, rack.feedBPduId, FeedPath::A));
        if (!ab || rack.feedAPduId == rack.feedBPduId) {
            ++count.noAbFeeds;
            return false;
        }
    } else if (!hasFeed(model, rack.feedAPduId, FeedPath::None) && !hasFeed(model, rack.feedBPduId, FeedPath::None)) {
        ++count.noFeed;
        return false;
    }
    if (r.weightKgPerRack > 0 && allowedWeightKg(rack, hall.floorLoadKgPerM2) + kEps < r.weightKgPerRack) {
        ++count.tooHeavy;
        return false;
    }
    ++count.eligible;
    return true;
}

// Month of `date` in the forecast (month 0 = its start), clipped to its horizon.
int forecastMonth(const GrowthResult &f, QDate date)
{
    return std::clamp(monthIndex(f.start, date), 0, std::max(0, f.months - 1));
}

const std::vector<double> &demandSeries(const ResourceOutlook &o, bool p90)
{
    if (p90)
        return o.p90.empty() ? o.expected : o.p90;
    return o.p50.empty() ? o.expected : o.p50;
}

// The first month of the term when `need` more of resource `res` no longer fits in `scope` at the
// P50 (or P90) demand, and the least headroom over the term.
struct TermCheck
{
    std::optional<Shortfall> shortfall;
    double minHeadroom = std::numeric_limits<double>::infinity();
};

// `scale` turns the requirement's unit into the outlook's (kVA per IT kW for the generators); the
// shortfall is given back in the requirement's unit.
TermCheck checkTerm(const ScopeOutlook &scope, Resource res, double need, const GrowthResult &f,
                    const QuoteRequirement &r, bool p90, double scale = 1)
{
    TermCheck check;
    const ResourceOutlook *o = scope.resource(res);
    if (!o || o->capacity.empty())
        return check;
    const std::vector<double> &demand = demandSeries(*o, p90);
    const int first = forecastMonth(f, r.start);
    const int last = forecastMonth(f, r.start.addMonths(r.termMonths - 1));
    for (int m = first; m <= last && m < int(demand.size()) && m < int(o->capacity.size()); ++m) {
        const double headroom = (o->capacity[std::size_t(m)] - demand[std::size_t(m)]) / scale;
        check.minHeadroom = std::min(check.minHeadroom, headroom - need);
        if (!check.shortfall && need > headroom + kEps)
            check.shortfall = Shortfall{res, need, std::max(0.0, headroom), m - first, true};
    }
    return check;
}

PositionRun makeRun(const Row &row, const std::vector<Slot> &slots, std::size_t from, std::size_t count)
{
    PositionRun run;
    run.rowId = row.id;
    run.rowName = row.name;
    for (std::size_t i = from; i < from + count; ++i)
        run.rackIds.push_back(slots[i].rack->id);
    run.firstRack = slots[from].rack->name;
    run.lastRack = slots[from + count - 1].rack->name;
    return run;
}

// The best window of `n` eligible positions in one row: contiguous, the least design power left
// unused, and the fewest free positions left in fragments too short for another such customer.
struct Window
{
    std::size_t row = 0, from = 0;
    double stranded = 0;
    int orphaned = 0;
    bool found = false;

    double cost() const { return orphaned * 10.0 + stranded; }
};

Window bestWindowInRow(const std::vector<Slot> &slots, std::size_t rowIndex, int n, double kwPerRack)
{
    Window best;
    std::size_t i = 0;
    while (i < slots.size()) {
        if (!slots[i].eligible) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < slots.size() && slots[end].eligible)
            ++end;
        const std::size_t length = end - i;
        if (length >= std::size_t(n)) {
            // Sliding sum of design kW over the run's windows.
            double sum = 0;
            for (std::size_t k = i; k < i + std::size_t(n); ++k)
                sum += slots[k].rack->designKw;
            for (std::size_t from = i; from + std::size_t(n) <= end; ++from) {
                if (from > i)
                    sum += slots[from + std::size_t(n) - 1].rack->designKw - slots[from - 1].rack->designKw;
                const int before = int(from - i);
                const int after = int(end - from - std::size_t(n));
                Window w;
                w.row = rowIndex;
                w.from = from;
                w.stranded = sum - n * kwPerRack;
                w.orphaned = (before > 0 && before < n ? before : 0) + (after > 0 && after < n ? after : 0);
                w.found = true;
                if (!best.found || w.cost() < best.cost() - kEps)
                    best = w;
            }
        }
        i = end;
    }
    return best;
}

// When no row has n positions side by side: the longest runs first, so the fewest rows.
std::vector<PositionRun> spreadPlacement(const HallScan &scan, int n, double &stranded)
{
    struct RunRef { std::size_t row, from, length; };
    std::vector<RunRef> runs;
    for (std::size_t r = 0; r < scan.rows.size(); ++r) {
        const auto &slots = scan.rows[r];
        for (std::size_t i = 0; i < slots.size();) {
            if (!slots[i].eligible) { ++i; continue; }
            std::size_t end = i;
            while (end < slots.size() && slots[end].eligible) ++end;
            runs.push_back({r, i, end - i});
            i = end;
        }
    }
    std::stable_sort(runs.begin(), runs.end(), [](const RunRef &a, const RunRef &b) { return a.length > b.length; });
    std::vector<PositionRun> chosen;
    int left = n;
    for (const RunRef &run : runs) {
        if (left <= 0)
            break;
        const std::size_t take = std::min<std::size_t>(run.length, std::size_t(left));
        chosen.push_back(makeRun(*scan.rowOf[run.row], scan.rows[run.row], run.from, take));
        for (std::size_t k = run.from; k < run.from + take; ++k)
            stranded += scan.rows[run.row][k].rack->designKw;
        left -= int(take);
    }
    return chosen;
}

const ScopeOutlook *hallScope(const GrowthResult &f, Id hallId)
{
    for (const ScopeOutlook &s : f.halls) {
        if (s.hallId == hallId)
            return &s;
    }
    return nullptr;
}

} // namespace

const Scenario *baseScenario(const SiteModel &model)
{
    for (const Scenario &s : model.scenarios) {
        if (s.name.compare(QLatin1String("Base"), Qt::CaseInsensitive) == 0)
            return &s;
    }
    return model.scenarios.empty() ? nullptr : &model.scenarios.front();
}

PlacementResult findPlacements(const SiteModel &model, const QuoteRequirement &r, const PlacementOptions &options)
{
    PlacementResult result;
    if (r.racks <= 0)
        return result;
    const GrowthResult *forecast = options.forecast;
    if (forecast)
        result.forecastScenario = forecast->scenarioName;

    // Today's budgets, with every live hold but the one being re-placed.
    const SiteModel *budgetModel = &model;
    SiteModel withoutQuote;
    const QSet<Id> held = heldRackIds(model, options.asOf, options.excludeQuoteId);
    if (options.excludeQuoteId != kNoId && model.quote(options.excludeQuoteId)) {
        withoutQuote = model;
        std::erase_if(withoutQuote.quotes, [&](const Quote &q) { return q.id == options.excludeQuoteId; });
        budgetModel = &withoutQuote;
    }
    const CapacityReport report = computeCapacity(*budgetModel, options.asOf);

    // Rows and positions of every hall, in order along each row.
    QHash<Id, int> hallIndex;
    for (std::size_t i = 0; i < model.halls.size(); ++i)
        hallIndex.insert(model.halls[i].id, int(i));
    std::vector<HallScan> scans(model.halls.size());
    QHash<Id, std::pair<int, int>> rowSlot;   // row id → (hall index, row index in its scan)
    for (const Row &row : model.rows) {
        const auto h = hallIndex.constFind(row.hallId);
        if (h == hallIndex.constEnd())
            continue;
        HallScan &scan = scans[std::size_t(h.value())];
        rowSlot.insert(row.id, {h.value(), int(scan.rows.size())});
        scan.rows.emplace_back();
        scan.rowOf.push_back(&row);
    }
    for (const Rack &rack : model.racks) {
        const auto slot = rowSlot.constFind(rack.rowId);
        if (slot != rowSlot.constEnd())
            scans[std::size_t(slot->first)].rows[std::size_t(slot->second)].push_back(Slot{&rack, false});
    }

    const double needKw = r.committedKw();
    const ScopeOutlook *siteScope = forecast ? &forecast->site : nullptr;

    for (std::size_t h = 0; h < model.halls.size(); ++h) {
        const Hall &hall = model.halls[h];
        HallScan &scan = scans[h];
        for (auto &slots : scan.rows) {
            std::sort(slots.begin(), slots.end(), [](const Slot &a, const Slot &b) {
                return a.rack->offsetMm < b.rack->offsetMm;
            });
            for (Slot &s : slots) {
                if (s.rack->state == RackState::Free && !held.contains(s.rack->id))
                    s.eligible = isEligible(model, hall, *s.rack, r, scan.count);
            }
        }

        HallRefusal refusal;
        refusal.hallId = hall.id;
        refusal.hallName = hall.name;
        const bool notBuilt = hall.status == HallStatus::Planned
                              && !(hall.commissioned.isValid() && hall.commissioned <= r.start);
        if (notBuilt) {
            refusal.reason =
                QCoreApplication::translate("hectare::Placement", "Hall %1 is planned, not built by the start date")
                    .arg(quoted(hall.name));
            result.refusals.push_back(refusal);
            continue;
        }

        const HallCapacity *cap = nullptr;
        for (const HallCapacity &c : report.halls) {
            if (c.hallId == hall.id)
                cap = &c;
        }
        if (scan.count.eligible < r.racks)
            refusal.shortfalls.push_back(
                Shortfall{Resource::Space, double(r.racks), double(scan.count.eligible), {}, false});
        if (cap && needKw > cap->power.free + kEps)
            refusal.shortfalls.push_back(Shortfall{Resource::Power, needKw, std::max(0.0, cap->power.free), {}, false});
        if (cap && needKw > cap->cooling.free + kEps)
            refusal.shortfalls.push_back(
                Shortfall{Resource::Cooling, needKw, std::max(0.0, cap->cooling.free), {}, false});
        // The generators back every hall: what they can still carry, in IT kW, is the site's limit.
        if (needKw > report.generatorFreeItKw + kEps)
            refusal.shortfalls.push_back(
                Shortfall{Resource::Generator, needKw, std::max(0.0, report.generatorFreeItKw), {}, false});

        // Over the term, at the forecast's median (a refusal) and its P90 (a warning).
        double powerHeadroom = cap ? cap->power.free - needKw : 0;
        double coolingHeadroom = cap ? cap->cooling.free - needKw : 0;
        double spaceHeadroom = scan.count.eligible - r.racks;
        std::vector<Shortfall> warnings;
        if (forecast) {
            const ScopeOutlook *scope = hallScope(*forecast, hall.id);
            for (const ScopeOutlook *s : {scope, siteScope}) {
                if (!s)
                    continue;
                for (Resource res : {Resource::Space, Resource::Power, Resource::Cooling}) {
                    if (s == siteScope && res == Resource::Space)
                        continue;   // space is a hall's
                    const double need = res == Resource::Space ? double(r.racks) : needKw;
                    const TermCheck p50 = checkTerm(*s, res, need, *forecast, r, false);
                    if (p50.shortfall)
                        refusal.shortfalls.push_back(*p50.shortfall);
                    else if (const TermCheck p90 = checkTerm(*s, res, need, *forecast, r, true); p90.shortfall)
                        warnings.push_back(*p90.shortfall);
                    if (std::isfinite(p50.minHeadroom)) {
                        double &headroom = res == Resource::Space ? spaceHeadroom
                                           : res == Resource::Power ? powerHeadroom : coolingHeadroom;
                        headroom = std::min(headroom, p50.minHeadroom);
                    }
                }
            }
            // The generator plant, forecast in kVA: IT kW turned into kVA at today's margin.
            if (siteScope && report.generatorFreeItKw > kEps && report.generator.free > kEps) {
                const double kvaPerItKw = report.generator.free / report.generatorFreeItKw;
                const TermCheck p50 =
                    checkTerm(*siteScope, Resource::Generator, needKw, *forecast, r, false, kvaPerItKw);
                if (p50.shortfall)
                    refusal.shortfalls.push_back(*p50.shortfall);
                else if (const TermCheck p90 = checkTerm(*siteScope, Resource::Generator, needKw, *forecast, r, true,
                                                         kvaPerItKw);
                         p90.shortfall)
                    warnings.push_back(*p90.shortfall);
            }
        }

        if (!refusal.shortfalls.empty()) {
            QStringList parts;
            for (const Shortfall &s : refusal.shortfalls) {
                QString text = shortfallText(s, r, forecast);
                if (s.resource == Resource::Space && !s.forecast)
                    text += spaceDetail(scan.count);
                parts << text;
            }
            refusal.reason = QCoreApplication::translate("hectare::Placement", "Hall %1: %2")
                                 .arg(quoted(hall.name), parts.join(QStringLiteral("; ")));
            result.refusals.push_back(refusal);
            continue;
        }

        // Candidate positions: the best window of each row, else spread over the fewest rows.
        std::vector<PlacementCandidate> hallCandidates;
        for (std::size_t row = 0; row < scan.rows.size(); ++row) {
            const Window w = bestWindowInRow(scan.rows[row], row, r.racks, r.kwPerRack);
            if (!w.found)
                continue;
            PlacementCandidate c;
            c.runs.push_back(makeRun(*scan.rowOf[row], scan.rows[row], w.from, std::size_t(r.racks)));
            c.contiguous = true;
            c.strandedDesignKw = w.stranded;
            c.orphanedPositions = w.orphaned;
            hallCandidates.push_back(std::move(c));
        }
        if (hallCandidates.empty()) {
            PlacementCandidate c;
            double design = 0;
            c.runs = spreadPlacement(scan, r.racks, design);
            c.strandedDesignKw = design - needKw;
            hallCandidates.push_back(std::move(c));
        }
        for (PlacementCandidate &c : hallCandidates) {
            c.hallId = hall.id;
            c.hallName = hall.name;
            for (const PositionRun &run : c.runs)
                c.rackIds.insert(c.rackIds.end(), run.rackIds.begin(), run.rackIds.end());
            c.powerHeadroomKw = powerHeadroom;
            c.coolingHeadroomKw = coolingHeadroom;
            c.spaceHeadroom = spaceHeadroom;
            c.p90Warnings = warnings;
            // Contiguity first, then P90 safety, then the fewest orphaned positions and the least
            // design power stranded; last, the hall left most balanced (kW that one resource
            // strands once another runs out at this density).
            const double spaceKw = spaceHeadroom * r.kwPerRack;
            const double hallStranded = std::max({powerHeadroom, coolingHeadroom, spaceKw})
                                        - std::min({powerHeadroom, coolingHeadroom, spaceKw});
            c.score = (c.contiguous ? 0 : 100000) + 10000.0 * double(warnings.size()) + 10.0 * c.orphanedPositions
                      + c.strandedDesignKw + 0.01 * hallStranded;

            c.reasons = candidateReasons(c, r, forecast);
        }
        result.candidates.insert(result.candidates.end(), hallCandidates.begin(), hallCandidates.end());
    }

    std::stable_sort(result.candidates.begin(), result.candidates.end(),
                     [](const PlacementCandidate &a, const PlacementCandidate &b) { return a.score < b.score; });
    if (int(result.candidates.size()) > options.maxCandidates)
        result.candidates.resize(std::size_t(std::max(0, options.maxCandidates)));
    return result;
}

} // namespace hectare
