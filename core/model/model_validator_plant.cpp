#include "model_validator.h"

namespace hectare {

void ModelValidator::checkPowerChain()
{
    for (const UtilityFeed &feed : m_model.utilityFeeds) {
        if (full())
            return;
        requireGreaterThanZero(tr("Utility feed %1").arg(quoted(feed.name)), tr("kVA"), feed.kva);
    }
    for (const TransformerGroup &group : m_model.transformers) {
        if (full())
            return;
        const QString object = tr("Transformer group %1").arg(quoted(group.name));
        requireGreaterThanZero(object, tr("unit kVA"), group.unitKva);
        requireUnitCount(object, tr("count"), group.count, group.redundancy);
        requireFraction(object, tr("efficiency"), group.efficiency);
    }
    for (const GeneratorGroup &group : m_model.generators) {
        if (full())
            return;
        const QString object = tr("Generator group %1").arg(quoted(group.name));
        requireGreaterThanZero(object, tr("unit kVA"), group.unitKva);
        requireUnitCount(object, tr("count"), group.count, group.redundancy);
        requireFraction(object, tr("power factor"), group.powerFactor);
    }
    for (const UpsGroup &group : m_model.upsGroups) {
        if (full())
            return;
        const QString object = tr("UPS group %1").arg(quoted(group.name));
        requireGreaterThanZero(object, tr("module kW"), group.moduleKw);
        requireUnitCount(object, tr("module count"), group.moduleCount, group.redundancy);
        requireFraction(object, tr("efficiency"), group.efficiency);
    }
    for (const Pdu &pdu : m_model.pdus) {
        if (full())
            return;
        const QString object = m_model.hall(pdu.hallId)
                                   ? hallPath(pdu.hallId) + QStringLiteral(", ") + tr("PDU %1").arg(quoted(pdu.name))
                                   : tr("PDU %1").arg(quoted(pdu.name));
        if (!m_model.hall(pdu.hallId))
            add(object, tr("hall"), tr("refers to hall #%1, which does not exist").arg(pdu.hallId));
        if (pdu.upsGroupId != kNoId && !m_model.upsGroup(pdu.upsGroupId))
            add(object, tr("UPS group"), tr("refers to UPS group #%1, which does not exist").arg(pdu.upsGroupId));
        requireGreaterThanZero(object, tr("breaker"), pdu.breakerA);
        requireGreaterThanZero(object, tr("voltage"), pdu.voltageV);
        if (pdu.phases != 1 && pdu.phases != 3)
            add(object, tr("phases"), tr("must be 1 or 3 (got %1)").arg(number(qint64(pdu.phases))));
    }
}

void ModelValidator::checkCooling()
{
    for (const ChillerGroup &group : m_model.chillers) {
        if (full())
            return;
        const QString object = tr("Chiller group %1").arg(quoted(group.name));
        requireGreaterThanZero(object, tr("unit kW"), group.unitRatedKw);
        requireBetween(object, tr("rated ambient"), group.ratedAmbientC, -40, 60);
        requireBetween(object, tr("derating"), group.deratePctPerC, 0, 10);
        requireGreaterThanZero(object, tr("COP"), group.cop);
        requireUnitCount(object, tr("count"), group.count, group.redundancy);
    }
    for (const CrahGroup &group : m_model.crahs) {
        if (full())
            return;
        const QString object = m_model.hall(group.hallId)
                                   ? hallPath(group.hallId) + QStringLiteral(", ")
                                         + tr("CRAH group %1").arg(quoted(group.name))
                                   : tr("CRAH group %1").arg(quoted(group.name));
        if (!m_model.hall(group.hallId))
            add(object, tr("hall"), tr("refers to hall #%1, which does not exist").arg(group.hallId));
        requireGreaterThanZero(object, tr("unit kW"), group.unitKw);
        requireUnitCount(object, tr("count"), group.count, group.redundancy);
    }
}

} // namespace hectare
