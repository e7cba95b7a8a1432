#pragma once

// Private to core/model: the pieces of validateModel(), shared by its .cpp files.

#include "error.h"
#include "site_model.h"

#include <QCoreApplication>

#include <vector>

namespace hectare {

// Walks a SiteModel once per kind of object and collects Errors, stopping at maxErrors.
// Split by subject: model_validator.cpp (site, halls, rows, helpers), model_validator_racks.cpp
// (rack fields, placement and overlaps), model_validator_tenants.cpp (tenants, contracts,
// allocation), model_validator_plant.cpp (power chain and cooling), model_validator_scenarios.cpp
// (growth scenarios, their prospects and expansions), model_validator_layout.cpp (clearance rules,
// obstacles on the floor and what they stand on, tenants' cages), model_validator_pricing.cpp
// (the price book), model_validator_quotes.cpp (quotes and what reserved ones hold),
// model_validator_topology.cpp (grid profile, fuel, switchgear, pumps, buffers, reliability overrides),
// model_validator_failure_scenarios.cpp (named failure scenarios and their events' components).
class ModelValidator
{
    Q_DECLARE_TR_FUNCTIONS(hectare::ModelValidation)

public:
    ModelValidator(const SiteModel &model, int maxErrors);

    std::vector<Error> run();

private:
    void checkSite();
    void checkHalls();
    void checkRows();
    void checkRacks();
    void checkRackPlacement();
    void checkRackOverlaps();
    void checkClearanceRules();
    void checkObstacles();
    void checkObstacleOverlaps();
    void checkCages();
    void checkCageOverlaps();
    void checkTenants();
    void checkContracts();
    void checkAllocation();
    void checkPowerChain();
    void checkCooling();
    void checkTopology();
    void checkComponentReliability();
    void checkFailureScenarios();
    void checkScenarios();
    void checkPriceBook();
    void checkPriceItems();
    void checkTermDiscounts();
    void checkQuotes();

    bool full() const { return m_maxErrors > 0 && int(m_errors.size()) >= m_maxErrors; }
    void add(const QString &object, const QString &field, const QString &message);

    // Object paths that name things the way a user sees them: `Hall "B", row "3", rack "12"`.
    QString hallPath(Id hallId) const;
    QString rowPath(const Row &row) const;
    QString rackPath(const Rack &rack) const;
    QString sitePath() const;
    QString obstaclePath(const Obstacle &obstacle) const;
    QString cagePath(const Cage &cage) const;
    QString tenantPath(Id tenantId) const;
    QString contractPath(const Contract &contract) const;
    QString priceItemPath(const PriceItem &item) const;

    // Range checks that add an error and return false when the value is out of range.
    // They are written so that NaN fails them.
    bool requireGreaterThanZero(const QString &object, const QString &field, double value);
    bool requireNotNegative(const QString &object, const QString &field, double value);
    bool requireBetween(const QString &object, const QString &field, double value, double lo, double hi);
    bool requireFraction(const QString &object, const QString &field, double value);   // (0, 1]
    void requireUnitCount(const QString &object, const QString &field, int count, Redundancy redundancy);

    static QString number(double value);
    static QString number(qint64 value);
    static QString quoted(const QString &name);
    static QString componentLabel(const QString &kind, Id id);   // a failure scenario event's component

    const SiteModel &m_model;
    int m_maxErrors;
    std::vector<Error> m_errors;
};

} // namespace hectare
