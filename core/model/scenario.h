#pragma once

#include "ids.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace hectare {

struct SiteModel;

// A growth scenario: a named layer of assumptions over the base site (docs/growth-model.md).
// Running it (core/growth) never changes the base site. Months are counted from the
// scenario's start: month 0 is the start month itself.

// A tenant whose existing contracts grow at their own rate instead of the scenario's default.
struct TenantGrowth
{
    Id id = kNoId;
    Id tenantId = kNoId;
    double growthPctPerYear = 0;

    bool operator==(const TenantGrowth &) const = default;
};

// A customer who may sign: with `probability`, around `signMonth` (± signSpreadMonths,
// triangular), then ramps in like a contract.
struct Prospect
{
    Id id = kNoId;
    QString name;
    Id hallId = kNoId;            // kNoId: any hall, the one with the most free power when it signs
    int racks = 0;                // 0: committedKw at the scenario's design kW per new rack
    double committedKw = 0;
    bool dualCorded = true;       // A and B feeds
    double probability = 0.5;     // of signing at all
    int signMonth = 0;            // expected month of signing, from the scenario's start
    int signSpreadMonths = 0;     // the month is signMonth + k, |k| ≤ spread, weight spread + 1 − |k|
    double rampStartPct = 100;    // as for a contract
    int rampMonths = 0;
    double drawRatio = 1;

    bool operator==(const Prospect &) const = default;
};

enum class ExpansionKind { Hall, PowerBlock, Chiller, Generator };

// Capacity that can be added: each amount is usable capacity (after its own redundancy) added
// to the named hall and to the site, or to the site alone when hallId is kNoId.
struct Expansion
{
    Id id = kNoId;
    QString name;
    ExpansionKind kind = ExpansionKind::PowerBlock;
    Id hallId = kNoId;
    int positions = 0;
    double powerKw = 0;           // IT kW
    double coolingKw = 0;         // kW of heat
    double generatorKva = 0;
    qint64 capexXof = 0;
    int leadTimeMonths = 12;      // from the decision to build until it is online
    std::optional<int> onlineMonth;   // from the scenario's start; nullopt: "when needed"

    bool whenNeeded() const { return !onlineMonth.has_value(); }
    bool operator==(const Expansion &) const = default;
};

struct Scenario
{
    Id id = kNoId;
    QString name;
    QString notes;
    QDate start;                         // first day of the first month (the report date)
    int horizonMonths = 120;

    // Organic growth of existing tenants' draw, compounded monthly.
    double growthPctPerYear = 0;
    std::vector<TenantGrowth> tenantGrowth;

    // Churn: the chance a contract is not renewed at the end of a term, and of leaving early.
    double nonRenewalProbability = 0;
    double earlyExitPerYear = 0;         // probability per year, 0–1

    // Density of new racks (organic growth and prospects given in kW only).
    double newRackDesignKw = 0;          // 0: the site's average design kW per position
    double densityGrowthPctPerYear = 0;

    double decisionRisk = 0.1;           // exhaustion month at this risk (P10) sets the decision date
    int defaultLeadTimeMonths = 18;      // lead time when no expansion is planned for a resource

    std::vector<Prospect> prospects;
    std::vector<Expansion> expansions;

    bool operator==(const Scenario &) const = default;
};

// Stable, untranslated keys: "hall", "power-block", "chiller", "generator".
QString toKey(ExpansionKind v);
std::optional<ExpansionKind> expansionKindFromKey(const QString &key);
QString displayName(ExpansionKind v);

// A copy of `source` called `name`, with ids (its own and its children's) that no object of
// `model` uses, ready for insertScenario(). What "Duplicate scenario" does.
Scenario duplicateScenario(const SiteModel &model, const Scenario &source, const QString &name);
// The first of "Base (copy)", "Base (copy 2)", … that no scenario of `model` is called.
QString scenarioCopyName(const SiteModel &model, const QString &name);

} // namespace hectare
