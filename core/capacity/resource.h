#pragma once

#include <QString>

#include <array>

namespace hectare {

// What a colocation site sells and can run out of. The order is the tie-break order when
// two resources bind at the same number of racks: space first, because it is what a
// customer sees.
enum class Resource { Space, Power, Cooling, Weight, Generator };

inline constexpr int kResourceCount = 5;
inline constexpr std::array<Resource, kResourceCount> kAllResources{
    Resource::Space, Resource::Power, Resource::Cooling, Resource::Weight, Resource::Generator};

constexpr int resourceIndex(Resource r) { return static_cast<int>(r); }

// Stable, untranslated key for files, JSON and the CLI: "space", "power", "cooling", "weight", "generator".
QString resourceKey(Resource r);
// Untranslated unit symbol used in JSON: "positions", "kW", "kW", "kg", "kVA".
QString resourceUnitKey(Resource r);

// Translated, for people.
QString resourceDisplayName(Resource r);
QString resourceUnitName(Resource r);

} // namespace hectare
