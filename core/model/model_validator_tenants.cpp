#include "model_validator.h"

#include <QSet>

#include <map>

namespace hectare {

void ModelValidator::checkTenants()
{
    QSet<QString> names;
    for (const Tenant &tenant : m_model.tenants) {
        if (full())
            return;
        const QString object = tenantPath(tenant.id);
        if (tenant.name.isEmpty())
            add(object, tr("name"), tr("must not be empty"));
        else if (names.contains(tenant.name))
            add(object, tr("name"), tr("another tenant has the same name"));
        names.insert(tenant.name);
    }
}

void ModelValidator::checkContracts()
{
    for (const Contract &contract : m_model.contracts) {
        if (full())
            return;
        const QString object = contractPath(contract);
        if (!m_model.tenant(contract.tenantId))
            add(object, tr("tenant"), tr("refers to tenant #%1, which does not exist").arg(contract.tenantId));
        if (!m_model.hall(contract.hallId))
            add(object, tr("hall"), tr("refers to hall #%1, which does not exist").arg(contract.hallId));
        requireNotNegative(object, tr("committed kW"), contract.committedKw);
        if (contract.racks < 0)
            add(object, tr("racks"), tr("must be 0 or more (got %1)").arg(number(qint64(contract.racks))));
        requireNotNegative(object, tr("cage area"), contract.cageM2);
        requireBetween(object, tr("ramp start"), contract.rampStartPct, 0, 100);
        if (contract.rampMonths < 0)
            add(object, tr("ramp months"), tr("must be 0 or more (got %1)").arg(number(qint64(contract.rampMonths))));
        requireBetween(object, tr("draw ratio"), contract.drawRatio, 0, 1.5);
        if (contract.start.isValid() && contract.end.isValid() && !(contract.end > contract.start))
            add(object, tr("end"),
                tr("must be after the start, %1 (got %2)")
                    .arg(contract.start.toString(Qt::ISODate), contract.end.toString(Qt::ISODate)));
    }
}

// A tenant may hold (reserve or occupy) in a hall at most the racks its live contracts there
// grant: every contract except quoted and ended ones.
void ModelValidator::checkAllocation()
{
    struct Count
    {
        qint64 held = 0;
        qint64 granted = 0;
    };
    std::map<std::pair<Id, Id>, Count> counts;   // (tenant, hall)
    for (const Rack &rack : m_model.racks) {
        if ((rack.state != RackState::Occupied && rack.state != RackState::Reserved) || rack.tenantId == kNoId)
            continue;
        const Id hallId = m_model.hallOfRack(rack);
        if (hallId != kNoId)
            ++counts[{rack.tenantId, hallId}].held;
    }
    for (const Contract &contract : m_model.contracts) {
        if (contract.status == ContractStatus::Quoted || contract.status == ContractStatus::Ended)
            continue;
        const auto it = counts.find({contract.tenantId, contract.hallId});
        if (it != counts.end())
            it->second.granted += contract.racks;
    }
    for (const auto &[key, count] : counts) {
        if (full())
            return;
        const Hall *hall = m_model.hall(key.second);
        if (count.held <= count.granted || !m_model.tenant(key.first) || !hall)
            continue;   // a missing tenant or hall is reported on the rack or its row
        const QString inHall = hall->name.isEmpty() ? tr("hall #%1").arg(key.second)
                                                    : tr("hall %1").arg(quoted(hall->name));
        add(tenantPath(key.first) + QStringLiteral(", ") + inHall, tr("racks"),
            tr("holds %n rack(s) but its contracts in this hall grant %1", nullptr, int(count.held))
                .arg(number(count.granted)));
    }
}

} // namespace hectare
