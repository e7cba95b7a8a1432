#pragma once

// A site's Network (topology_compile.h) with what its indices are in the document: the component
// each unit is a member of, the PDU of each path, the hall of each cooling, and the racks and
// tenants of each load. The checks and the Monte Carlo read the Network only; reports, the CLI and
// the views use these to name components, show racks on the plan and sum availability per tenant.

#include "reliability_network.h"

#include "model/ids.h"

#include <QDate>
#include <QString>

#include <vector>

namespace hectare::reliability {

enum class LoadBasis {
    Contracted,   // committed and reserved contract kW, spread over the tenant's positions in the hall
    Design,       // the design kW of every position that is not blocked
};

// Reliability library kind keys of the units a site compiles to.
namespace kinds {
inline const char *const kTransformer = "transformer";
inline const char *const kAts = "ats";
inline const char *const kSwitchgear = "lv-switchgear";
inline const char *const kUpsModule = "ups-module";
inline const char *const kPdu = "pdu-rpp";
inline const char *const kChiller = "chiller";
inline const char *const kPump = "chw-pump";
inline const char *const kCrah = "crah-crac";
inline const char *const kGenerator = "diesel-generator";
} // namespace kinds

// A unit is member `member` (1-based, over the whole document group: a 2N group's B half goes on
// after its A half) of the document component `componentId` of kind `kind`.
struct UnitRef
{
    QString kind;
    Id componentId = kNoId;
    int member = 0;
};

struct GroupRef
{
    QString kind;
    Id componentId = kNoId;
};

struct LoadRef
{
    Id hallId = kNoId;
    Id pduA = kNoId;                  // the PDUs of its A and B feeds (kNoId: none)
    Id pduB = kNoId;
    std::vector<Id> rackIds;          // positions carrying load at the basis, by id
    struct TenantShare
    {
        Id tenantId = kNoId;          // kNoId: positions without a tenant (design basis)
        double kw = 0;
        int racks = 0;
    };
    std::vector<TenantShare> tenants; // by tenant id
};

struct CompiledSite
{
    Network network;
    std::vector<UnitRef> units;        // as network.units
    std::vector<GroupRef> groups;      // as network.groups
    std::vector<Id> pathPdu;           // as network.paths
    std::vector<Id> coolingHall;       // as network.coolings
    std::vector<LoadRef> loads;        // as network.loads
    LoadBasis basis = LoadBasis::Contracted;
    QDate asOf;
    double ambientC = 0;               // the chillers' capacities are derated to it

    // The unit that is member `member` of (kind, componentId); -1 when there is none.
    int findUnit(const QString &kind, Id componentId, int member) const;
    // Loads holding racks of the tenant, or in the hall.
    std::vector<int> loadsOfTenant(Id tenantId) const;
    std::vector<int> loadsOfHall(Id hallId) const;
    // The racks the given loads carry, in `hallId` when it is not kNoId.
    std::vector<Id> racksOf(const std::vector<int> &loads, Id hallId = kNoId) const;
};

// "Contracted load" / "Design load", translated.
QString loadBasisName(LoadBasis basis);

} // namespace hectare::reliability
