#include "model_validator.h"

#include <QSet>

namespace hectare {
namespace {

// Limits that catch typing slips (120 % a month, a horizon in days) without judging a plan.
constexpr int kMaxHorizonMonths = 600;   // 50 years
constexpr double kMinGrowthPct = -100;
constexpr double kMaxGrowthPct = 1000;
constexpr double kMaxDrawRatio = 1.5;    // as for contracts

} // namespace

void ModelValidator::checkScenarios()
{
    QSet<QString> scenarioNames;
    for (const Scenario &scenario : m_model.scenarios) {
        if (full())
            return;
        const QString object = scenario.name.isEmpty() ? tr("Scenario #%1").arg(scenario.id)
                                                       : tr("Scenario %1").arg(quoted(scenario.name));
        if (scenario.name.isEmpty())
            add(object, tr("name"), tr("must not be empty"));
        else if (scenarioNames.contains(scenario.name))
            add(object, tr("name"), tr("another scenario has the same name"));
        scenarioNames.insert(scenario.name);

        if (!scenario.start.isValid())
            add(object, tr("start"), tr("must be set"));
        else if (scenario.start.day() != 1)
            add(object, tr("start"),
                tr("must be the first day of a month (got %1)").arg(scenario.start.toString(Qt::ISODate)));
        if (scenario.horizonMonths < 1 || scenario.horizonMonths > kMaxHorizonMonths)
            add(object, tr("horizon"), tr("must be between 1 and %1 months (got %2)")
                                           .arg(number(qint64(kMaxHorizonMonths)), number(qint64(scenario.horizonMonths))));
        requireBetween(object, tr("growth"), scenario.growthPctPerYear, kMinGrowthPct, kMaxGrowthPct);
        requireBetween(object, tr("non-renewal probability"), scenario.nonRenewalProbability, 0, 1);
        requireBetween(object, tr("early exit per year"), scenario.earlyExitPerYear, 0, 1);
        requireNotNegative(object, tr("design kW per new rack"), scenario.newRackDesignKw);
        requireBetween(object, tr("density growth"), scenario.densityGrowthPctPerYear, kMinGrowthPct, kMaxGrowthPct);
        requireFraction(object, tr("decision risk"), scenario.decisionRisk);
        if (scenario.defaultLeadTimeMonths < 0)
            add(object, tr("default lead time"),
                tr("must be 0 or more (got %1)").arg(number(qint64(scenario.defaultLeadTimeMonths))));

        QSet<Id> grownTenants;
        for (const TenantGrowth &growth : scenario.tenantGrowth) {
            const Tenant *tenant = m_model.tenant(growth.tenantId);
            const QString growthObject = object + QStringLiteral(", ")
                + (tenant ? tr("growth of tenant %1").arg(quoted(tenant->name))
                          : tr("growth of tenant #%1").arg(growth.tenantId));
            if (!tenant)
                add(growthObject, tr("tenant"), tr("refers to tenant #%1, which does not exist").arg(growth.tenantId));
            else if (grownTenants.contains(growth.tenantId))
                add(growthObject, tr("tenant"), tr("the tenant's growth is already set in this scenario"));
            grownTenants.insert(growth.tenantId);
            requireBetween(growthObject, tr("growth"), growth.growthPctPerYear, kMinGrowthPct, kMaxGrowthPct);
        }

        QSet<QString> prospectNames;
        for (const Prospect &prospect : scenario.prospects) {
            if (full())
                return;
            const QString p = object + QStringLiteral(", ") + tr("prospect %1").arg(quoted(prospect.name));
            if (prospect.name.isEmpty())
                add(p, tr("name"), tr("must not be empty"));
            else if (prospectNames.contains(prospect.name))
                add(p, tr("name"), tr("another prospect of this scenario has the same name"));
            prospectNames.insert(prospect.name);
            if (prospect.hallId != kNoId && !m_model.hall(prospect.hallId))
                add(p, tr("hall"), tr("refers to hall #%1, which does not exist").arg(prospect.hallId));
            if (prospect.racks < 0)
                add(p, tr("racks"), tr("must be 0 or more (got %1)").arg(number(qint64(prospect.racks))));
            if (requireNotNegative(p, tr("committed kW"), prospect.committedKw) && prospect.racks == 0
                && prospect.committedKw == 0)
                add(p, tr("committed kW"), tr("a prospect needs racks or kW"));
            requireBetween(p, tr("probability"), prospect.probability, 0, 1);
            if (prospect.signMonth < 0)
                add(p, tr("sign month"), tr("must be 0 or more (got %1)").arg(number(qint64(prospect.signMonth))));
            if (prospect.signSpreadMonths < 0)
                add(p, tr("spread"), tr("must be 0 or more (got %1)").arg(number(qint64(prospect.signSpreadMonths))));
            requireBetween(p, tr("ramp start"), prospect.rampStartPct, 0, 100);
            if (prospect.rampMonths < 0)
                add(p, tr("ramp months"), tr("must be 0 or more (got %1)").arg(number(qint64(prospect.rampMonths))));
            requireBetween(p, tr("draw ratio"), prospect.drawRatio, 0, kMaxDrawRatio);
        }

        QSet<QString> expansionNames;
        for (const Expansion &expansion : scenario.expansions) {
            if (full())
                return;
            const QString e = object + QStringLiteral(", ") + tr("expansion %1").arg(quoted(expansion.name));
            if (expansion.name.isEmpty())
                add(e, tr("name"), tr("must not be empty"));
            else if (expansionNames.contains(expansion.name))
                add(e, tr("name"), tr("another expansion of this scenario has the same name"));
            expansionNames.insert(expansion.name);
            if (expansion.hallId != kNoId) {
                if (!m_model.hall(expansion.hallId))
                    add(e, tr("hall"), tr("refers to hall #%1, which does not exist").arg(expansion.hallId));
                else if (expansion.kind == ExpansionKind::Chiller || expansion.kind == ExpansionKind::Generator)
                    add(e, tr("hall"), tr("chillers and generators serve the whole site: leave the hall empty"));
            }
            if (expansion.positions < 0)
                add(e, tr("positions"), tr("must be 0 or more (got %1)").arg(number(qint64(expansion.positions))));
            bool amountsOk = requireNotNegative(e, tr("power kW"), expansion.powerKw);
            amountsOk = requireNotNegative(e, tr("cooling kW"), expansion.coolingKw) && amountsOk;
            amountsOk = requireNotNegative(e, tr("generator kVA"), expansion.generatorKva) && amountsOk;
            if (amountsOk && expansion.positions <= 0 && expansion.powerKw == 0 && expansion.coolingKw == 0
                && expansion.generatorKva == 0)
                add(e, tr("capacity"), tr("must add positions, kW or kVA"));
            if (expansion.capexXof < 0)
                add(e, tr("capex"), tr("must be 0 or more (got %1)").arg(number(expansion.capexXof)));
            if (expansion.leadTimeMonths < 0)
                add(e, tr("lead time"),
                    tr("must be 0 or more (got %1)").arg(number(qint64(expansion.leadTimeMonths))));
            if (expansion.onlineMonth && *expansion.onlineMonth < 0)
                add(e, tr("online month"), tr("must be 0 or more (got %1)").arg(number(qint64(*expansion.onlineMonth))));
        }
    }
}

} // namespace hectare
