#include "growth_inputs.h"

#include "capacity/capacity_budget.h"
#include "capacity/contract_load.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace hectare {
namespace {

// (1 + pct / 100)^(t / 12) for t = 0 … months − 1: a yearly rate compounded monthly.
std::vector<double> compounded(double pctPerYear, int months)
{
    std::vector<double> factors(std::size_t(months), 1.0);
    const double yearly = std::max(0.0, 1.0 + pctPerYear / 100.0);
    for (int t = 0; t < months; ++t)
        factors[std::size_t(t)] = std::pow(yearly, t / 12.0);
    return factors;
}

void setBaseCapacity(GrowthInputs &in, const CapacityReport &report)
{
    const double none = std::numeric_limits<double>::infinity();
    in.baseCapacity.assign(std::size_t(in.scopeCount()) * kGrowthResourceCount, none);
    for (int h = 0; h < in.hallCount; ++h) {
        const HallCapacity &hall = report.halls[std::size_t(h)];
        double *c = &in.baseCapacity[std::size_t(h) * kGrowthResourceCount];
        c[kSpace] = hall.space.usable;
        c[kPower] = hall.power.usable;
        c[kCooling] = hall.cooling.usable;
    }
    double *site = &in.baseCapacity[std::size_t(in.siteScope()) * kGrowthResourceCount];
    site[kSpace] = report.space.usable;
    site[kPower] = report.power.usable;
    site[kCooling] = report.cooling.usable;
    site[kGenerator] = report.generator.usable;
}

struct ContractCurves
{
    std::vector<double> kw;
    std::vector<double> racks;
};

// Draw: committed × draw ratio × ramp × growth. Growth also takes racks: each month's increase
// of the grown commitment, committed × ramp × (growth − 1), at that month's design kW per new rack.
ContractCurves contractCurves(const Contract &c, const std::vector<QDate> &dates, const std::vector<double> &growth,
                              const std::vector<double> &densityKw)
{
    const std::size_t months = dates.size();
    ContractCurves curves{std::vector<double>(months), std::vector<double>(months)};
    double previousExtra = 0, growthRacks = 0;
    for (std::size_t t = 0; t < months; ++t) {
        const double ramp = rampFactor(c, dates[t]);
        curves.kw[t] = c.committedKw * c.drawRatio * ramp * growth[t];
        const double extra = c.committedKw * ramp * (growth[t] - 1.0);
        if (extra > previousExtra && densityKw[t] > 0)
            growthRacks += (extra - previousExtra) / densityKw[t];
        previousExtra = std::max(previousExtra, extra);
        curves.racks[t] = c.racks + growthRacks;
    }
    return curves;
}

void addContracts(GrowthInputs &in, const SiteModel &model, const Scenario &scenario, const QHash<Id, int> &hallIndex,
                  const std::vector<QDate> &dates)
{
    QHash<Id, double> tenantRate;
    for (const TenantGrowth &g : scenario.tenantGrowth)
        tenantRate.insert(g.tenantId, g.growthPctPerYear);
    std::map<double, std::vector<double>> growthByRate;
    const std::size_t months = std::size_t(in.months);
    in.baseKw.assign(std::size_t(in.hallCount) * months, 0.0);
    in.baseRacks.assign(std::size_t(in.hallCount) * months, 0.0);

    // A live quote hold is demand like a reservation: it will be signed or released, and until
    // then nobody else may sell its capacity.
    std::vector<Contract> contracts = model.contracts;
    for (const Quote &quote : model.quotes) {
        if (holdsCapacity(quote, in.start))
            contracts.push_back(heldAsContract(quote));
    }
    for (const Contract &c : contracts) {
        if (!isCommitted(c, in.start) && !isReserved(c))
            continue;
        const auto hall = hallIndex.constFind(c.hallId);
        if (hall == hallIndex.constEnd())
            continue;   // the validator reports it
        const double rate = tenantRate.value(c.tenantId, scenario.growthPctPerYear);
        auto growth = growthByRate.find(rate);
        if (growth == growthByRate.end())
            growth = growthByRate.emplace(rate, compounded(rate, in.months)).first;
        const ContractCurves curves = contractCurves(c, dates, growth->second, in.densityKw);
        const std::size_t row = std::size_t(hall.value()) * months;
        for (std::size_t t = 0; t < months; ++t) {
            in.baseKw[row + t] += curves.kw[t];
            in.baseRacks[row + t] += curves.racks[t];
        }

        ChurnableContract churn;
        churn.hall = hall.value();
        if (c.end.isValid()) {
            const int endMonth = std::max(0, monthIndex(in.start, c.end));
            churn.firstEndMonth = endMonth < in.months - 1 ? endMonth : -1;
        }
        if (c.start.isValid() && c.end.isValid())
            churn.termMonths = std::max(1, wholeMonthsBetween(c.start, c.end));
        const bool canLeave = scenario.earlyExitPerYear > 0
                              || (scenario.nonRenewalProbability > 0 && churn.firstEndMonth >= 0);
        if (!canLeave)
            continue;
        churn.curve = in.contractKw.size();
        in.contractKw.insert(in.contractKw.end(), curves.kw.begin(), curves.kw.end());
        in.contractRacks.insert(in.contractRacks.end(), curves.racks.begin(), curves.racks.end());
        in.churnable.push_back(churn);
    }
}

void addProspects(GrowthInputs &in, const Scenario &scenario, const QHash<Id, int> &hallIndex,
                  const std::vector<QDate> &dates)
{
    for (const Prospect &p : scenario.prospects) {
        ProspectInput input;
        input.hall = hallIndex.value(p.hallId, -1);
        input.probability = p.probability;
        input.signMonth = p.signMonth;
        input.spreadMonths = std::max(0, p.signSpreadMonths);
        input.racks = std::max(0, p.racks);
        input.committedKw = p.committedKw;
        input.curve = in.prospectKw.size();
        // The contract it would sign, starting at the scenario's start: its ramp m months in.
        Contract contract;
        contract.start = in.start;
        contract.rampStartPct = p.rampStartPct;
        contract.rampMonths = p.rampMonths;
        for (const QDate &date : dates)
            in.prospectKw.push_back(p.committedKw * p.drawRatio * rampFactor(contract, date));
        in.prospects.push_back(input);
    }
}

void addExpansions(GrowthInputs &in, const Scenario &scenario, const QHash<Id, int> &hallIndex)
{
    for (const Expansion &e : scenario.expansions) {
        ExpansionInput input;
        input.scope = hallIndex.value(e.hallId, in.siteScope());
        input.amount = {double(std::max(0, e.positions)), e.powerKw, e.coolingKw, e.generatorKva};
        input.leadTimeMonths = std::max(0, e.leadTimeMonths);
        input.fixedOnlineMonth = e.onlineMonth ? std::max(0, *e.onlineMonth) : -1;
        in.expansions.push_back(input);
    }
}

} // namespace

int monthIndex(QDate start, QDate date)
{
    return (date.year() - start.year()) * 12 + (date.month() - start.month());
}

GrowthInputs flattenGrowthInputs(const SiteModel &model, const Scenario &scenario)
{
    GrowthInputs in;
    in.start = QDate(scenario.start.year(), scenario.start.month(), 1);
    in.months = std::max(1, scenario.horizonMonths);
    in.hallCount = int(model.halls.size());
    QHash<Id, int> hallIndex;
    for (int h = 0; h < in.hallCount; ++h) {
        in.hallIds.push_back(model.halls[std::size_t(h)].id);
        in.hallNames.push_back(model.halls[std::size_t(h)].name);
        hallIndex.insert(model.halls[std::size_t(h)].id, h);
    }
    const CapacityReport report = computeCapacity(model, in.start);
    setBaseCapacity(in, report);
    in.facility = facilityLoadModel(model);

    std::vector<QDate> dates;
    for (int t = 0; t < in.months; ++t)
        dates.push_back(in.start.addMonths(t));
    const double densityKw = scenario.newRackDesignKw > 0 ? scenario.newRackDesignKw : report.averageDesignKw;
    in.densityKw = compounded(scenario.densityGrowthPctPerYear, in.months);
    for (double &d : in.densityKw)
        d *= densityKw;
    in.earlySurvival = compounded(-100.0 * std::clamp(scenario.earlyExitPerYear, 0.0, 1.0), in.months);
    in.nonRenewalProbability = std::clamp(scenario.nonRenewalProbability, 0.0, 1.0);

    addContracts(in, model, scenario, hallIndex, dates);
    addProspects(in, scenario, hallIndex, dates);
    addExpansions(in, scenario, hallIndex);
    return in;
}

} // namespace hectare
