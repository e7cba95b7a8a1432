#pragma once

#include "capacity/resource.h"
#include "model/ids.h"
#include "model/scenario.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace hectare {

// What runGrowth() found for one resource of one hall or of the site. Months count from the
// scenario's start (month 0 = the start month); every series has one value per month.
struct ResourceOutlook
{
    Resource resource = Resource::Space;

    std::vector<double> capacity;     // usable, with the expansions online by each month
    std::vector<double> expected;     // expected demand (deterministic projection of the means)
    std::vector<double> p10, p50, p90;   // Monte Carlo demand percentiles; empty when runs = 0
    std::vector<double> exceedance;   // share of runs whose demand exceeds capacity; empty when runs = 0

    // Exhaustion: the first month demand exceeds usable capacity; nullopt: not within the horizon.
    std::optional<int> expectedExhaustion;   // of the expected demand
    std::optional<int> exhaustionP10;        // 10 % of runs have run out by then (the early date)
    std::optional<int> exhaustionP50;
    std::optional<int> exhaustionP90;
    double exhaustedShare = 0;               // share of runs that run out within the horizon
    std::vector<int> exhaustionRuns;         // runs running out in each month; empty when runs = 0

    // Latest decision date: the exhaustion month at the scenario's decision risk, less the lead
    // time of the next expansion adding this resource here (or the scenario's default). Negative
    // when the decision is already late; nullopt when nothing runs out within the horizon.
    std::optional<int> exhaustionAtRisk;
    std::optional<int> decisionMonth;
    int leadTimeMonths = 0;
    Id nextExpansionId = kNoId;              // kNoId: the scenario's default lead time was used

    bool lateDecision() const { return decisionMonth && *decisionMonth < 0; }
};

// A hall (hallId set) or the site (hallId kNoId). Halls have space, power and cooling; the site
// also has the generator plant.
struct ScopeOutlook
{
    Id hallId = kNoId;
    QString name;
    std::vector<ResourceOutlook> resources;

    const ResourceOutlook *resource(Resource r) const;
};

// When each expansion of the scenario comes online, and by when it must be decided.
struct ExpansionOutcome
{
    Id expansionId = kNoId;
    QString name;
    ExpansionKind kind = ExpansionKind::PowerBlock;
    Id hallId = kNoId;
    bool whenNeeded = false;
    std::optional<int> onlineMonth;      // nullopt: not needed (or not online) within the horizon
    std::optional<int> decisionMonth;    // onlineMonth − lead time; negative: late
    int leadTimeMonths = 0;
    qint64 capexXof = 0;
    // For "when needed": what it answered, the exhaustion (at the decision risk) that triggered it.
    std::optional<Resource> triggerResource;
    Id triggerHallId = kNoId;            // kNoId with a trigger: the site
    std::optional<int> triggerMonth;
};

struct GrowthResult
{
    QString scenarioName;
    QDate start;          // first day of month 0
    int months = 0;       // the horizon
    int runs = 0;
    quint64 seed = 0;
    double decisionRisk = 0.1;

    ScopeOutlook site;
    std::vector<ScopeOutlook> halls;
    std::vector<ExpansionOutcome> expansions;

    QDate monthDate(int month) const { return start.addMonths(month); }
};

} // namespace hectare
