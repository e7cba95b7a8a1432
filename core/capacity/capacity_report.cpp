#include "capacity_report.h"

namespace hectare {

const Budget &CapacityReport::budget(Resource r) const
{
    switch (r) {
    case Resource::Space: return space;
    case Resource::Power: return power;
    case Resource::Cooling: return cooling;
    case Resource::Weight: return weight;
    case Resource::Generator: return generator;
    }
    return space;
}

const Budget *hallBudget(const HallCapacity &hall, Resource r)
{
    switch (r) {
    case Resource::Space: return &hall.space;
    case Resource::Power: return &hall.power;
    case Resource::Cooling: return &hall.cooling;
    case Resource::Weight: return &hall.weight;
    case Resource::Generator: return nullptr;
    }
    return nullptr;
}

} // namespace hectare
