#include "hall_tally.h"

#include "contract_load.h"
#include "plant_ratings.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace hectare {
namespace {

template<typename T>
QHash<Id, int> indexById(const std::vector<T> &items)
{
    QHash<Id, int> index;
    index.reserve(qsizetype(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i)
        index.insert(items[i].id, int(i));
    return index;
}

void makeDistinct(std::vector<int> &indices)
{
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
}

void addRack(HallTally &t, Rack rack, double floorLoadKgPerM2, const QSet<Id> &held)
{
    // A free position a live quote holds is counted as reserved, like one reserved by hand.
    if (rack.state == RackState::Free && held.contains(rack.id))
        rack.state = RackState::Reserved;
    ++t.positions;
    t.footprintM2 += footprintM2(rack);
    t.maxWeightKg += rack.maxWeightKg;
    if (rack.state == RackState::Blocked) {
        ++t.blocked;
        return;
    }
    const double allowedKg = allowedWeightKg(rack, floorLoadKgPerM2);
    t.designKwNonBlocked += rack.designKw;
    t.allowedKgNonBlocked += allowedKg;
    switch (rack.state) {
    case RackState::Free: ++t.free; break;
    case RackState::Reserved:
        ++t.reserved;
        t.allowedKgReserved += allowedKg;
        break;
    case RackState::Occupied:
        ++t.occupied;
        t.allowedKgOccupied += allowedKg;
        break;
    case RackState::Blocked: break;
    }
}

void addPdu(HallTally &t, const Pdu &pdu, const QHash<Id, int> &upsIndex)
{
    t.pduRatingKw += pduRatingKw(pdu);
    const double usable = pduUsableKw(pdu);
    switch (pdu.path) {
    case FeedPath::A:
        t.pduUsableKwA += usable;
        ++t.pdusOnA;
        break;
    case FeedPath::B:
        t.pduUsableKwB += usable;
        ++t.pdusOnB;
        break;
    case FeedPath::None: t.pduUsableKwNoPath += usable; break;
    }
    const auto ups = upsIndex.constFind(pdu.upsGroupId);
    if (ups == upsIndex.constEnd())
        return;
    t.upsGroups.push_back(ups.value());
    if (pdu.path != FeedPath::B)
        t.upsGroupsSideA.push_back(ups.value());
    if (pdu.path != FeedPath::A)
        t.upsGroupsSideB.push_back(ups.value());
}

} // namespace

std::vector<HallTally> tallyHalls(const SiteModel &model, QDate asOf)
{
    std::vector<HallTally> tallies(model.halls.size());
    const QHash<Id, int> hallIndex = indexById(model.halls);
    const QHash<Id, int> upsIndex = indexById(model.upsGroups);

    // Racks know their row, rows know their hall: resolve rows once, not per rack.
    QHash<Id, int> rowHall;
    rowHall.reserve(qsizetype(model.rows.size()));
    for (const Row &row : model.rows) {
        const auto hall = hallIndex.constFind(row.hallId);
        if (hall != hallIndex.constEnd())
            rowHall.insert(row.id, hall.value());
    }

    QSet<Id> held;
    for (const Quote &quote : model.quotes) {
        if (!holdsCapacity(quote, asOf))
            continue;
        for (Id rackId : quote.rackIds)
            held.insert(rackId);
        const auto hall = hallIndex.constFind(quote.hallId);
        if (hall != hallIndex.constEnd())
            tallies[hall.value()].reservedKw += quote.requirement.committedKw();
    }

    for (const Rack &rack : model.racks) {
        const auto hall = rowHall.constFind(rack.rowId);
        if (hall != rowHall.constEnd())
            addRack(tallies[hall.value()], rack, model.halls[hall.value()].floorLoadKgPerM2, held);
    }

    for (const Pdu &pdu : model.pdus) {
        const auto hall = hallIndex.constFind(pdu.hallId);
        if (hall != hallIndex.constEnd())
            addPdu(tallies[hall.value()], pdu, upsIndex);
    }
    // A UPS group feeding several PDUs of a hall counts once for that hall.
    for (HallTally &t : tallies) {
        makeDistinct(t.upsGroups);
        makeDistinct(t.upsGroupsSideA);
        makeDistinct(t.upsGroupsSideB);
    }

    for (const CrahGroup &crah : model.crahs) {
        const auto hall = hallIndex.constFind(crah.hallId);
        if (hall == hallIndex.constEnd())
            continue;
        tallies[hall.value()].crahInstalledKw += crahInstalledKw(crah);
        tallies[hall.value()].crahUsableKw += crahUsableKw(crah);
    }

    for (const Contract &contract : model.contracts) {
        const auto hall = hallIndex.constFind(contract.hallId);
        if (hall == hallIndex.constEnd())
            continue;
        HallTally &t = tallies[hall.value()];
        if (isCommitted(contract, asOf)) {
            t.committedKw += contract.committedKw;
            t.expectedDrawKw += expectedDrawKw(contract, asOf);
        } else if (isReserved(contract)) {
            t.reservedKw += contract.committedKw;
        }
    }
    return tallies;
}

} // namespace hectare
