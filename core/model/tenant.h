#pragma once

#include "enums.h"
#include "ids.h"

#include <QDate>
#include <QString>

namespace hectare {

struct Tenant
{
    Id id = kNoId;
    QString name;
    QString sector;   // free text: "SME", "carrier", "government", …
    QString contact;

    bool operator==(const Tenant &) const = default;
};

// What a tenant has bought in one hall: racks or a cage, and committed kW that ramps in.
struct Contract
{
    Id id = kNoId;
    Id tenantId = kNoId;
    Id hallId = kNoId;
    int racks = 0;
    double cageM2 = 0;
    double committedKw = 0;
    double rampStartPct = 100;   // share of committed kW drawn at the start date
    int rampMonths = 0;          // months from start until the full commitment is drawn
    double drawRatio = 1;        // expected draw as a share of the (ramped) commitment
    QDate start;
    QDate end;                   // invalid: open-ended
    ContractStatus status = ContractStatus::Signed;

    bool operator==(const Contract &) const = default;
};

} // namespace hectare
