#pragma once

#include "capacity/facility_load.h"
#include "capacity/resource.h"
#include "model/scenario.h"
#include "model/site_model.h"

#include <QDate>

#include <array>
#include <vector>

namespace hectare {

// The resources the growth model follows, in this order. Weight is left out: growth is sold in
// racks and kW. The generator plant is site-wide, so halls have no generator figure.
inline constexpr int kGrowthResourceCount = 4;
inline constexpr std::array<Resource, kGrowthResourceCount> kGrowthResources{Resource::Space, Resource::Power,
                                                                             Resource::Cooling, Resource::Generator};
inline constexpr int kSpace = 0;
inline constexpr int kPower = 1;
inline constexpr int kCooling = 2;
inline constexpr int kGenerator = 3;

// Demand is kept as two series per scope: positions (space) and IT kW (power and cooling, since
// the IT load's heat is its power; generator kVA follows from the site's kW).
inline constexpr int kRacksSeries = 0;
inline constexpr int kKwSeries = 1;

// A contract whose demand can leave before the horizon (churn), with its demand curve.
struct ChurnableContract
{
    int hall = 0;              // scope index
    int firstEndMonth = -1;    // month of its end date, −1: open-ended or past the horizon
    int termMonths = 12;       // a renewal runs this long
    std::size_t curve = 0;     // offset of its months in contractKw / contractRacks
};

struct ProspectInput
{
    int hall = -1;             // scope index; −1: the hall with the most free power when it signs
    double probability = 0;
    int signMonth = 0;
    int spreadMonths = 0;
    double racks = 0;          // 0: committed kW at the design kW per new rack of the month it signs
    double committedKw = 0;
    std::size_t curve = 0;     // offset in prospectKw: kW drawn m months after signing
};

struct ExpansionInput
{
    int scope = 0;                                   // a hall's scope index, or the site's
    std::array<double, kGrowthResourceCount> amount{};   // positions, kW, kW, kVA
    int leadTimeMonths = 0;
    int fixedOnlineMonth = -1;                       // −1: when needed
};

// A scenario over a model, flattened once into plain arrays for the projection and the runs.
// Scopes are the model's halls (0 … hallCount − 1, in model order), then the site.
struct GrowthInputs
{
    QDate start;
    int months = 0;
    int hallCount = 0;
    std::vector<Id> hallIds;
    std::vector<QString> hallNames;

    // Usable capacity before any expansion, [scope × kGrowthResourceCount + resource]; a hall's
    // generator figure is +∞ (it has none).
    std::vector<double> baseCapacity;
    FacilityLoadModel facility;   // turns the site's IT kW into generator kVA

    // Demand of every contract held at the start as if none left: [hall × months + month].
    std::vector<double> baseKw;
    std::vector<double> baseRacks;
    std::vector<ChurnableContract> churnable;
    std::vector<double> contractKw;      // curves of the churnable contracts, `months` each
    std::vector<double> contractRacks;
    std::vector<double> earlySurvival;   // (1 − early exit per year)^(t / 12), per month
    double nonRenewalProbability = 0;

    std::vector<ProspectInput> prospects;
    std::vector<double> prospectKw;      // `months` per prospect
    std::vector<double> densityKw;       // design kW per new rack, per month

    std::vector<ExpansionInput> expansions;

    int scopeCount() const { return hallCount + 1; }
    int siteScope() const { return hallCount; }
    bool hasResource(int scope, int resource) const { return resource != kGenerator || scope == siteScope(); }
    std::size_t demandIndex(int scope, int series, int month) const
    {
        return (std::size_t(scope) * 2 + std::size_t(series)) * std::size_t(months) + std::size_t(month);
    }
    std::size_t capacityIndex(int scope, int resource, int month) const
    {
        return (std::size_t(scope) * kGrowthResourceCount + std::size_t(resource)) * std::size_t(months)
               + std::size_t(month);
    }
    std::size_t demandSize() const { return std::size_t(scopeCount()) * 2 * std::size_t(months); }
    std::size_t capacitySize() const { return std::size_t(scopeCount()) * kGrowthResourceCount * std::size_t(months); }
};

// Flattens (model, scenario). The scenario's start must be valid and its horizon ≥ 1
// (validateModel() checks both). Capacity comes from computeCapacity() at the start; contracts
// held then (signed, active or reserved) ramp, draw and grow as docs/growth-model.md says.
GrowthInputs flattenGrowthInputs(const SiteModel &model, const Scenario &scenario);

// Month index of `date` counted from `start` (calendar months; the day is ignored).
int monthIndex(QDate start, QDate date);

} // namespace hectare
