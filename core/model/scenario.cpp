#include "scenario.h"

#include "site_model.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>

namespace hectare {
namespace {

constexpr std::array<std::pair<ExpansionKind, const char *>, 4> kExpansionKind{
    {{ExpansionKind::Hall, "hall"},
     {ExpansionKind::PowerBlock, "power-block"},
     {ExpansionKind::Chiller, "chiller"},
     {ExpansionKind::Generator, "generator"}}};

template<typename T, typename Items>
Id maxIdOf(const Items &scenarios, const std::vector<T> Scenario::*children)
{
    Id max = kNoId;
    for (const Scenario &s : scenarios)
        for (const T &child : s.*children)
            max = std::max(max, child.id);
    return max;
}

template<typename T>
void renumber(std::vector<T> &items, Id after)
{
    for (T &item : items)
        item.id = ++after;
}

} // namespace

QString toKey(ExpansionKind v)
{
    for (const auto &[kind, key] : kExpansionKind)
        if (kind == v)
            return QString::fromLatin1(key);
    return {};
}

std::optional<ExpansionKind> expansionKindFromKey(const QString &key)
{
    for (const auto &[kind, k] : kExpansionKind)
        if (key == QLatin1String(k))
            return kind;
    return std::nullopt;
}

QString displayName(ExpansionKind v)
{
    switch (v) {
    case ExpansionKind::Hall: return QCoreApplication::translate("hectare::Enums", "new hall");
    case ExpansionKind::PowerBlock: return QCoreApplication::translate("hectare::Enums", "power block");
    case ExpansionKind::Chiller: return QCoreApplication::translate("hectare::Enums", "chiller");
    case ExpansionKind::Generator: return QCoreApplication::translate("hectare::Enums", "generator");
    }
    return {};
}

Scenario duplicateScenario(const SiteModel &model, const Scenario &source, const QString &name)
{
    Scenario copy = source;
    copy.name = name;
    Id maxScenario = kNoId;
    for (const Scenario &s : model.scenarios)
        maxScenario = std::max(maxScenario, s.id);
    copy.id = maxScenario + 1;
    renumber(copy.tenantGrowth, maxIdOf(model.scenarios, &Scenario::tenantGrowth));
    renumber(copy.prospects, maxIdOf(model.scenarios, &Scenario::prospects));
    renumber(copy.expansions, maxIdOf(model.scenarios, &Scenario::expansions));
    return copy;
}

QString scenarioCopyName(const SiteModel &model, const QString &name)
{
    const auto taken = [&](const QString &candidate) {
        return std::any_of(model.scenarios.begin(), model.scenarios.end(),
                           [&](const Scenario &s) { return s.name == candidate; });
    };
    QString candidate = QCoreApplication::translate("hectare::Scenario", "%1 (copy)").arg(name);
    for (int n = 2; taken(candidate); ++n)
        candidate = QCoreApplication::translate("hectare::Scenario", "%1 (copy %2)").arg(name).arg(n);
    return candidate;
}

} // namespace hectare
