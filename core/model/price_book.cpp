#include "price_book.h"

#include <algorithm>
#include <array>
#include <utility>

namespace hectare {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr std::array kKinds{std::pair{PriceKind::Monthly, "mrc"_L1}, std::pair{PriceKind::OneTime, "nrc"_L1}};

constexpr std::array kUnits{
    std::pair{PriceUnit::Rack, "rack"_L1},
    std::pair{PriceUnit::HalfRack, "half-rack"_L1},
    std::pair{PriceUnit::QuarterRack, "quarter-rack"_L1},
    std::pair{PriceUnit::SquareMetre, "m2"_L1},
    std::pair{PriceUnit::Kilowatt, "kW"_L1},
    std::pair{PriceUnit::CrossConnect, "cross-connect"_L1},
    std::pair{PriceUnit::Hour, "hour"_L1},
    std::pair{PriceUnit::OneOff, "one-off"_L1},
};

template<typename E, std::size_t N>
QString keyOf(E v, const std::array<std::pair<E, QLatin1StringView>, N> &table)
{
    for (const auto &[value, key] : table)
        if (value == v)
            return key;
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const QString &key, const std::array<std::pair<E, QLatin1StringView>, N> &table)
{
    for (const auto &[value, k] : table)
        if (k == key)
            return value;
    return std::nullopt;
}

} // namespace

QString toKey(PriceKind v) { return keyOf(v, kKinds); }
QString toKey(PriceUnit v) { return keyOf(v, kUnits); }
std::optional<PriceKind> priceKindFromKey(const QString &key) { return valueOf(key, kKinds); }
std::optional<PriceUnit> priceUnitFromKey(const QString &key) { return valueOf(key, kUnits); }

const PriceItem *PriceBook::item(const QString &key) const
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const PriceItem &i) { return i.key == key; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace hectare
